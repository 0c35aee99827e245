#include "app/canvas.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"

namespace filmquiz::app {

namespace {

constexpr std::size_t kMaxCachedTextures = 400;
constexpr double kPi = 3.14159265358979323846;

SDL_Color sdl_color(Rgb c, std::uint8_t a = 255) {
    return SDL_Color{c.r, c.g, c.b, a};
}

std::uint32_t pack(Rgb c) {
    return (static_cast<std::uint32_t>(c.r) << 16) | (static_cast<std::uint32_t>(c.g) << 8) | c.b;
}

// Splits into words, keeping explicit line breaks as their own "\n" tokens.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (c == ' ' || c == '\n') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
            if (c == '\n')
                words.emplace_back("\n");
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

std::vector<TextLine> wrap(FontSet& fonts, Face face, int size, std::string_view text, int max_w) {
    std::vector<TextLine> lines;
    std::string current;
    const int space = fonts.width(face, size, " ");
    int current_w = 0;
    auto flush = [&] {
        lines.push_back({current, current_w});
        current.clear();
        current_w = 0;
    };
    for (const std::string& word : words_of(text)) {
        if (word == "\n") {
            flush();
            continue;
        }
        int w = fonts.width(face, size, word);
        if (!current.empty() && current_w + space + w <= max_w) {
            current += ' ';
            current += word;
            current_w += space + w;
            continue;
        }
        if (!current.empty())
            flush();
        if (w <= max_w) {
            current = word;
            current_w = w;
            continue;
        }
        // A word wider than the box is broken between characters.
        const std::u32string cps = core::decode_utf8(word);
        std::string piece;
        for (const char32_t cp : cps) {
            std::string next = piece;
            core::append_utf8(next, cp);
            const int next_w = fonts.width(face, size, next);
            if (next_w > max_w && !piece.empty()) {
                lines.push_back({piece, fonts.width(face, size, piece)});
                piece.clear();
                core::append_utf8(piece, cp);
            } else {
                piece = std::move(next);
            }
        }
        current = piece;
        current_w = fonts.width(face, size, piece);
    }
    if (!current.empty() || lines.empty())
        flush();
    return lines;
}

}  // namespace

FontSet::FontSet(const std::filesystem::path& dir)
    : paths_{dir / "NotoSerifDisplay-Bold.ttf", dir / "NotoSans-Regular.ttf",
             dir / "NotoSans-Bold.ttf"} {}

TTF_Font* FontSet::font(Face face, int size) {
    const auto key = std::make_pair(face, size);
    if (auto it = open_.find(key); it != open_.end())
        return it->second.get();
    if (open_.size() > 40)
        open_.clear();  // sizes change with the window; keep few
    FontPtr f(TTF_OpenFont(paths_[static_cast<int>(face)].c_str(), size));
    if (!f)
        throw SdlError("cannot open font " + paths_[static_cast<int>(face)].string());
    TTF_Font* raw = f.get();
    open_.emplace(key, std::move(f));
    return raw;
}

int FontSet::width(Face face, int size, std::string_view text) {
    if (text.empty())
        return 0;
    int w = 0;
    int h = 0;
    TTF_SizeUTF8(font(face, size), std::string(text).c_str(), &w, &h);
    return w;
}

int FontSet::line_height(Face face, int size) {
    return TTF_FontLineSkip(font(face, size));
}

int shared_text_size(Canvas& canvas, const std::vector<std::pair<std::string, Rect>>& texts,
                     const TextStyle& style) {
    TextStyle at = style;
    for (const auto& [text, box] : texts) {
        const Rect sized{0, 0, std::max(1, box.w), std::max(1, box.h)};
        at.size = canvas.measure(text, sized, at).size;
    }
    return std::max(at.size, std::min(style.size, style.min_size));
}

TextLayout layout_text(FontSet& fonts, std::string_view text, int box_w, int box_h,
                       const TextStyle& style) {
    const int smallest = style.min_size > 0 ? std::min(style.min_size, style.size) : style.size;
    TextLayout layout;
    for (int size = style.size;;) {
        layout = TextLayout{};
        layout.size = size;
        layout.line_height = fonts.line_height(style.face, size);
        layout.lines = wrap(fonts, style.face, size, text, std::max(1, box_w));
        for (const auto& line : layout.lines)
            layout.width = std::max(layout.width, line.width);
        layout.height = layout.line_height * static_cast<int>(layout.lines.size());
        layout.fits = layout.width <= box_w && layout.height <= box_h;
        if (layout.fits || size <= smallest)
            break;
        size = std::max(smallest, std::min(size - 1, static_cast<int>(size * 0.92)));
    }
    if (!layout.fits && style.ellipsis && layout.line_height <= box_h) {
        // The longest start of the text that fits with the ellipsis after it.
        const std::string_view dots = "\u2026";
        std::string_view keep = text;
        std::string line;
        int width = 0;
        while (true) {
            line = std::string(core::trim(keep)) + std::string(dots);
            width = fonts.width(style.face, layout.size, line);
            if (width <= box_w || keep.empty())
                break;
            // Drop the last UTF-8 character.
            std::size_t cut = keep.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(keep[cut]) & 0xC0) == 0x80)
                --cut;
            keep = keep.substr(0, cut);
        }
        layout.lines = {TextLine{line, width}};
        layout.width = width;
        layout.height = layout.line_height;
        layout.fits = width <= box_w;
    }
    return layout;
}

void draw_check(Canvas& c, Rect b, int t, Rgb color) {
    c.thick_line({b.x + b.w * 15 / 100, b.y + b.h * 55 / 100},
                 {b.x + b.w * 40 / 100, b.y + b.h * 80 / 100}, t, color);
    c.thick_line({b.x + b.w * 40 / 100, b.y + b.h * 80 / 100},
                 {b.x + b.w * 85 / 100, b.y + b.h * 22 / 100}, t, color);
}

void draw_cross(Canvas& c, Rect b, int t, Rgb color) {
    c.thick_line({b.x + b.w / 5, b.y + b.h / 5}, {b.x + b.w * 4 / 5, b.y + b.h * 4 / 5}, t, color);
    c.thick_line({b.x + b.w * 4 / 5, b.y + b.h / 5}, {b.x + b.w / 5, b.y + b.h * 4 / 5}, t, color);
}

void draw_polyline(Canvas& c, const std::vector<Point>& points, int t, Rgb color) {
    for (std::size_t i = 1; i < points.size(); ++i)
        c.thick_line(points[i - 1], points[i], t, color);
    for (const Point& p : points)
        c.fill_circle(p, t, color);
}

SdlCanvas::SdlCanvas(SDL_Renderer* renderer, FontSet& fonts) : renderer_(renderer), fonts_(fonts) {
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

void SdlCanvas::set_size(int w, int h) {
    if (w != w_ || h != h_) {
        w_ = w;
        h_ = h;
        layouts_.clear();
    }
}

void SdlCanvas::forget_text() {
    textures_.clear();
    layouts_.clear();
}

void SdlCanvas::clear(Rgb c) {
    SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, 255);
    SDL_RenderClear(renderer_);
}

void SdlCanvas::fill_rect(Rect r, Rgb c, std::uint8_t a) {
    // Opaque fills skip blending, which the software renderer does per pixel.
    if (a == 255)
        SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, a);
    const SDL_Rect rect{r.x, r.y, r.w, r.h};
    SDL_RenderFillRect(renderer_, &rect);
    if (a == 255)
        SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

void SdlCanvas::geometry(const std::vector<SDL_Vertex>& v) {
    if (!v.empty())
        SDL_RenderGeometry(renderer_, nullptr, v.data(), static_cast<int>(v.size()), nullptr, 0);
}

void SdlCanvas::spans(const std::vector<SDL_Rect>& rects, Rgb c, std::uint8_t a) {
    if (rects.empty())
        return;
    if (a == 255)
        SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, a);
    SDL_RenderFillRects(renderer_, rects.data(), static_cast<int>(rects.size()));
    if (a == 255)
        SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

namespace {

// How far in from the side a rounded corner starts on row `dy` (0 = the top row).
int corner_inset(int radius, int dy) {
    const double y = radius - dy - 0.5;
    return radius - static_cast<int>(std::sqrt(std::max(0.0, radius * radius - y * y)) + 0.5);
}

}  // namespace

void SdlCanvas::fill_rounded(Rect r, int radius, Rgb c, std::uint8_t a) {
    radius = std::max(0, std::min({radius, r.w / 2, r.h / 2}));
    // Rows of spans, not triangles: the software renderer fills spans at memory speed and
    // the spans never overlap, so a translucent fill blends each pixel once.
    std::vector<SDL_Rect> rows;
    rows.reserve(static_cast<std::size_t>(2 * radius + 1));
    for (int dy = 0; dy < radius; ++dy) {
        const int in = corner_inset(radius, dy);
        rows.push_back({r.x + in, r.y + dy, r.w - 2 * in, 1});
        rows.push_back({r.x + in, r.bottom() - 1 - dy, r.w - 2 * in, 1});
    }
    rows.push_back({r.x, r.y + radius, r.w, r.h - 2 * radius});
    spans(rows, c, a);
}

void SdlCanvas::outline_rounded(Rect r, int radius, int t, Rgb c) {
    radius = std::max(0, std::min({radius, r.w / 2, r.h / 2}));
    std::vector<SDL_Rect> rows;
    const Rect inner = r.inset(t);
    const int inner_radius = std::max(0, radius - t);
    auto inset_at = [&](const Rect& box, int rad, int y) {
        // Inset of the rounded box `box` on absolute row y; -1 when y is outside the box.
        if (y < box.y || y >= box.bottom())
            return -1;
        const int from_top = y - box.y;
        const int from_bottom = box.bottom() - 1 - y;
        const int dy = std::min(from_top, from_bottom);
        return dy < rad ? corner_inset(rad, dy) : 0;
    };
    for (int y = r.y; y < r.bottom(); ++y) {
        const int outer = inset_at(r, radius, y);
        const int hole = inset_at(inner, inner_radius, y);
        if (hole < 0) {
            rows.push_back({r.x + outer, y, r.w - 2 * outer, 1});
            continue;
        }
        const int left_end = inner.x + hole;
        const int right_start = inner.right() - hole;
        if (left_end > r.x + outer)
            rows.push_back({r.x + outer, y, left_end - r.x - outer, 1});
        if (r.right() - outer > right_start) {
            rows.push_back({right_start, y, r.right() - outer - right_start, 1});
        }
    }
    spans(rows, c, 255);
}

void SdlCanvas::thick_line(Point a, Point b, int t, Rgb c) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len = std::max(1.0, std::hypot(dx, dy));
    const float nx = static_cast<float>(-dy / len * t / 2.0);
    const float ny = static_cast<float>(dx / len * t / 2.0);
    const SDL_Color color = sdl_color(c);
    const float ax = static_cast<float>(a.x), ay = static_cast<float>(a.y);
    const float bx = static_cast<float>(b.x), by = static_cast<float>(b.y);
    geometry({{{ax + nx, ay + ny}, color, {0, 0}},
              {{bx + nx, by + ny}, color, {0, 0}},
              {{bx - nx, by - ny}, color, {0, 0}},
              {{ax + nx, ay + ny}, color, {0, 0}},
              {{bx - nx, by - ny}, color, {0, 0}},
              {{ax - nx, ay - ny}, color, {0, 0}}});
    // Round joints so polylines and check marks look continuous.
    fill_circle(a, t / 2, c);
    fill_circle(b, t / 2, c);
}

void SdlCanvas::fill_polygon(Point, const std::vector<Point>& ring, Rgb c) {
    if (ring.size() < 3)
        return;
    // Scanline spans, like circles: exact in the software renderer, which can mistake a
    // pair of fan triangles for a rectangle.
    int top = ring.front().y;
    int bottom = top;
    for (const Point& p : ring) {
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    std::vector<SDL_Rect> rects;
    std::vector<double> xs;
    for (int y = std::max(0, top); y <= std::min(bottom, h_ - 1); ++y) {
        const double sy = y + 0.5;
        xs.clear();
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const Point a = ring[i];
            const Point b = ring[(i + 1) % ring.size()];
            if ((a.y <= sy && b.y > sy) || (b.y <= sy && a.y > sy))
                xs.push_back(a.x + (sy - a.y) * (b.x - a.x) / static_cast<double>(b.y - a.y));
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
            const int x0 = static_cast<int>(std::lround(xs[k]));
            const int x1 = static_cast<int>(std::lround(xs[k + 1]));
            if (x1 > x0)
                rects.push_back({x0, y, x1 - x0, 1});
        }
    }
    spans(rects, c, 255);
}

void SdlCanvas::fill_circle(Point center, int radius, Rgb c) {
    if (radius <= 0)
        return;
    // One opaque span per scanline: far cheaper in the software renderer than triangles
    // (two large background circles took 27 ms as a triangle fan, about 1 ms as spans).
    std::vector<SDL_Rect> spans;
    spans.reserve(static_cast<std::size_t>(2 * radius + 1));
    for (int dy = -radius; dy <= radius; ++dy) {
        const int y = center.y + dy;
        if (y < 0 || y >= h_)
            continue;
        const int half =
            static_cast<int>(std::sqrt(static_cast<double>(radius) * radius - dy * dy) + 0.5);
        const int x0 = std::max(0, center.x - half);
        const int x1 = std::min(w_, center.x + half + 1);
        if (x1 > x0)
            spans.push_back({x0, y, x1 - x0, 1});
    }
    if (spans.empty())
        return;
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, 255);
    SDL_RenderFillRects(renderer_, spans.data(), static_cast<int>(spans.size()));
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

TextLayout SdlCanvas::measure(std::string_view text, Rect box, const TextStyle& style) {
    const auto key = std::make_tuple(std::string(text), box.w, box.h, style.size, style.min_size,
                                     static_cast<int>(style.face));
    if (auto it = layouts_.find(key); it != layouts_.end())
        return it->second;
    TextLayout layout = layout_text(fonts_, text, box.w, box.h, style);
    if (layouts_.size() > 2000)
        layouts_.clear();
    layouts_.emplace(key, layout);
    return layout;
}

SDL_Texture* SdlCanvas::line_texture(const std::string& text, Face face, int size, Rgb color,
                                     int* w, int* h) {
    const auto key = std::make_tuple(text, static_cast<int>(face), size, pack(color));
    auto it = textures_.find(key);
    if (it == textures_.end()) {
        if (textures_.size() >= kMaxCachedTextures) {
            // Evict the least recently used half.
            std::vector<std::uint64_t> uses;
            for (const auto& [k, v] : textures_)
                uses.push_back(v.used);
            std::nth_element(uses.begin(), uses.begin() + static_cast<long>(uses.size() / 2),
                             uses.end());
            const std::uint64_t cutoff = uses[uses.size() / 2];
            for (auto e = textures_.begin(); e != textures_.end();) {
                e = e->second.used <= cutoff ? textures_.erase(e) : std::next(e);
            }
        }
        SurfacePtr surface(
            TTF_RenderUTF8_Blended(fonts_.font(face, size), text.c_str(), sdl_color(color)));
        if (!surface)
            return nullptr;
        CachedLine line;
        line.texture.reset(SDL_CreateTextureFromSurface(renderer_, surface.get()));
        line.w = surface->w;
        line.h = surface->h;
        it = textures_.emplace(key, std::move(line)).first;
    }
    it->second.used = ++clock_;
    *w = it->second.w;
    *h = it->second.h;
    return it->second.texture.get();
}

TextLayout SdlCanvas::text(std::string_view text, Rect box, const TextStyle& style) {
    const TextLayout layout = measure(text, box, style);
    int y = box.y;
    if (style.valign == VAlign::middle)
        y += (box.h - layout.height) / 2;
    if (style.valign == VAlign::bottom)
        y += box.h - layout.height;
    for (const TextLine& line : layout.lines) {
        if (!line.text.empty()) {
            int w = 0;
            int h = 0;
            SDL_Texture* tex =
                line_texture(line.text, style.face, layout.size, style.color, &w, &h);
            if (tex != nullptr) {
                int x = box.x;
                if (style.align == Align::center)
                    x += (box.w - w) / 2;
                if (style.align == Align::right)
                    x += box.w - w;
                const SDL_Rect dst{x, y, w, h};
                SDL_RenderCopy(renderer_, tex, nullptr, &dst);
            }
        }
        y += layout.line_height;
    }
    return layout;
}

}  // namespace filmquiz::app
