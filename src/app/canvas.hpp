// What screens draw on. The SDL canvas renders; a measuring canvas in the tests checks
// that every text fits its box. Text is wrapped and shrunk to fit here, in one place.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "app/sdl.hpp"
#include "app/theme.hpp"

namespace filmquiz::app {

struct Point {
    int x = 0;
    int y = 0;
};

struct Rect {
    int x = 0;
    int y = 0;
    int w = 0;
    int h = 0;
    bool contains(int px, int py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    bool contains(const Rect& r) const {
        return r.x >= x && r.y >= y && r.x + r.w <= x + w && r.y + r.h <= y + h;
    }
    Rect inset(int d) const {
        return {x + d, y + d, std::max(0, w - 2 * d), std::max(0, h - 2 * d)};
    }
    Rect inset(int dx, int dy) const {
        return {x + dx, y + dy, std::max(0, w - 2 * dx), std::max(0, h - 2 * dy)};
    }
    int right() const { return x + w; }
    int bottom() const { return y + h; }
};

enum class Face { display, text, bold };
enum class Align { left, center, right };
enum class VAlign { top, middle, bottom };

struct TextStyle {
    Face face = Face::text;
    int size = 24;
    Rgb color{};
    Align align = Align::left;
    VAlign valign = VAlign::top;
    int min_size = 0;  // may shrink down to this to fit; 0: never shrink
    // When even min_size does not fit: one line, cut short with "…" (for names, which
    // cannot wrap and must not overflow a chip).
    bool ellipsis = false;
};

struct TextLine {
    std::string text;
    int width = 0;
};

struct TextLayout {
    int size = 0;
    int line_height = 0;
    std::vector<TextLine> lines;
    int width = 0;
    int height = 0;
    bool fits = true;  // false: even the smallest size overflows the box
};

// The game's three fonts, opened at each pixel size on demand.
class FontSet {
  public:
    explicit FontSet(const std::filesystem::path& fonts_dir);
    TTF_Font* font(Face face, int size);
    int width(Face face, int size, std::string_view text);
    int line_height(Face face, int size);

  private:
    std::filesystem::path paths_[3];
    std::map<std::pair<Face, int>, FontPtr> open_;
};

// Wraps `text` into lines no wider than `box_w`, shrinking from style.size towards
// style.min_size until the lines fit `box_h`.
TextLayout layout_text(FontSet& fonts, std::string_view text, int box_w, int box_h,
                       const TextStyle& style);

class Canvas {
  public:
    virtual ~Canvas() = default;
    virtual int width() const = 0;
    virtual int height() const = 0;
    virtual void clear(Rgb color) = 0;
    virtual void fill_rect(Rect r, Rgb color, std::uint8_t alpha = 255) = 0;
    virtual void fill_rounded(Rect r, int radius, Rgb color, std::uint8_t alpha = 255) = 0;
    virtual void outline_rounded(Rect r, int radius, int thickness, Rgb color) = 0;
    virtual void thick_line(Point a, Point b, int thickness, Rgb color) = 0;
    virtual void fill_circle(Point center, int radius, Rgb color) = 0;
    // A shape whose every edge `center` can see (a star, a hexagon): a fan of triangles.
    virtual void fill_polygon(Point center, const std::vector<Point>& ring, Rgb color) = 0;
    // Lays out and draws text inside `box`; returns the layout used.
    virtual TextLayout text(std::string_view text, Rect box, const TextStyle& style) = 0;
    // Lays out without drawing (for sizing boxes).
    virtual TextLayout measure(std::string_view text, Rect box, const TextStyle& style) = 0;
};

// The largest size, from style.size down to style.min_size, at which every text fits its
// box: the tiles of one question share it, however long each one's text is.
int shared_text_size(Canvas& canvas, const std::vector<std::pair<std::string, Rect>>& texts,
                     const TextStyle& style);

// Shapes built from lines: never colour alone for right and wrong.
void draw_check(Canvas& canvas, Rect box, int thickness, Rgb color);
void draw_cross(Canvas& canvas, Rect box, int thickness, Rgb color);
void draw_polyline(Canvas& canvas, const std::vector<Point>& points, int thickness, Rgb color);

// Renders with an SDL_Renderer. Laid-out text lines are rendered once into textures and
// reused until the window or font sizes change.
class SdlCanvas final : public Canvas {
  public:
    SdlCanvas(SDL_Renderer* renderer, FontSet& fonts);
    void set_size(int w, int h);
    int width() const override { return w_; }
    int height() const override { return h_; }
    void clear(Rgb color) override;
    void fill_rect(Rect r, Rgb color, std::uint8_t alpha = 255) override;
    void fill_rounded(Rect r, int radius, Rgb color, std::uint8_t alpha = 255) override;
    void outline_rounded(Rect r, int radius, int thickness, Rgb color) override;
    void thick_line(Point a, Point b, int thickness, Rgb color) override;
    void fill_circle(Point center, int radius, Rgb color) override;
    void fill_polygon(Point center, const std::vector<Point>& ring, Rgb color) override;
    TextLayout text(std::string_view text, Rect box, const TextStyle& style) override;
    TextLayout measure(std::string_view text, Rect box, const TextStyle& style) override;
    // Drops cached textures and layouts (after a resize or a font-scale change).
    void forget_text();
    std::size_t cached_textures() const { return textures_.size(); }

  private:
    struct CachedLine {
        TexturePtr texture;
        int w = 0;
        int h = 0;
        std::uint64_t used = 0;
    };
    SDL_Texture* line_texture(const std::string& text, Face face, int size, Rgb color, int* w,
                              int* h);
    void geometry(const std::vector<SDL_Vertex>& vertices);
    void spans(const std::vector<SDL_Rect>& rects, Rgb color, std::uint8_t alpha);

    SDL_Renderer* renderer_;
    FontSet& fonts_;
    int w_ = 0;
    int h_ = 0;
    std::uint64_t clock_ = 0;
    std::map<std::tuple<std::string, int, int, std::uint32_t>, CachedLine> textures_;
    std::map<std::tuple<std::string, int, int, int, int, int>, TextLayout> layouts_;
};

}  // namespace filmquiz::app
