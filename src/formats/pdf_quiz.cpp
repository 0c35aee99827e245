#include "formats/pdf_quiz.hpp"

#include <algorithm>
#include <memory>
#include <set>
#include <string_view>
#include <utility>

#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "content/content_dir.hpp"

namespace filmquiz::formats {

namespace {

// ---- Owners for every Cairo, Pango and fontconfig handle ----------------------------------

template <typename T, auto Release>
struct Releaser {
    void operator()(T* handle) const noexcept { Release(handle); }
};
template <typename T, auto Release>
using Owned = std::unique_ptr<T, Releaser<T, Release>>;

using Surface = Owned<cairo_surface_t, cairo_surface_destroy>;
using Context = Owned<cairo_t, cairo_destroy>;
using FontOptions = Owned<cairo_font_options_t, cairo_font_options_destroy>;
using FontConfig = Owned<FcConfig, FcConfigDestroy>;
using FontDescription = Owned<PangoFontDescription, pango_font_description_free>;
using AttrList = Owned<PangoAttrList, pango_attr_list_unref>;
// Pango 1.50 keeps the fonts of a map's own fontconfig configuration alive after the map
// is gone unless the map gives the configuration back first.
struct FontMapReleaser {
    void operator()(PangoFontMap* map) const noexcept {
        if (PANGO_IS_FC_FONT_MAP(map))
            pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), nullptr);
        g_object_unref(map);
    }
};
using FontMap = std::unique_ptr<PangoFontMap, FontMapReleaser>;
using PangoContextOwner = Owned<PangoContext, g_object_unref>;
using Layout = Owned<PangoLayout, g_object_unref>;

// ---- Page geometry and type, in PDF points (1/72 inch) ------------------------------------

struct Geometry {
    double width = 0;
    double height = 0;
    double left = 0;     // left edge of the text column
    double measure = 0;  // width of the text column
    double top = 0;      // first line of text
    double bottom = 0;   // nothing but the footer below this
    double footer = 0;   // top of the footer line
    // Question numbers hang in this column, wide enough for the largest number.
    double number_column = 0;
};

// About 75 characters of body text per line: a full A4 or Letter width would give 95, too
// long to read comfortably, so the column is capped and centred.
constexpr double kMaxMeasure = 456;
constexpr double kMinSideMargin = 56;
constexpr double kTopMargin = 56;
constexpr double kBottomMargin = 64;
constexpr double kFooterFromBottom = 38;

Geometry geometry(Paper paper) {
    Geometry g;
    if (paper == Paper::letter) {
        g.width = 612;
        g.height = 792;
    } else {
        g.width = 595.2756;  // 210 x 297 mm
        g.height = 841.8898;
    }
    g.measure = std::min(g.width - 2 * kMinSideMargin, kMaxMeasure);
    g.left = (g.width - g.measure) / 2;
    g.top = kTopMargin;
    g.bottom = g.height - kBottomMargin;
    g.footer = g.height - kFooterFromBottom;
    return g;
}

struct Color {
    double r = 0, g = 0, b = 0;
};
constexpr Color kInk{0.08, 0.07, 0.09};
// Dark enough to print legibly on an office laser printer, light enough to step back.
constexpr Color kMuted{0.36, 0.35, 0.38};
constexpr Color kRuleColor{0.55, 0.54, 0.57};

struct Style {
    const char* family;
    PangoWeight weight;
    double size;
    Color color;
};
constexpr const char* kSerif = "Noto Serif Display";
constexpr const char* kSans = "Noto Sans";
constexpr Style kTitle{kSerif, PANGO_WEIGHT_BOLD, 26, kInk};
constexpr Style kHeading{kSerif, PANGO_WEIGHT_BOLD, 22, kInk};
constexpr Style kSubtitle{kSans, PANGO_WEIGHT_NORMAL, 12.5, kMuted};
constexpr Style kBody{kSans, PANGO_WEIGHT_NORMAL, 11, kInk};
constexpr Style kBodyBold{kSans, PANGO_WEIGHT_BOLD, 11, kInk};
constexpr Style kKeyText{kSans, PANGO_WEIGHT_NORMAL, 9.5, kInk};
constexpr Style kLabel{kSans, PANGO_WEIGHT_NORMAL, 9.5, kMuted};
constexpr Style kSmall{kSans, PANGO_WEIGHT_NORMAL, 8.5, kMuted};

// Horizontal positions inside a question, from the left of the text column.
constexpr double kMinNumberColumn = 26;
constexpr double kNumberGap = 7;       // between a number and its text
constexpr double kMarkerWidth = 15;    // the tick circle or the box to number
constexpr double kLetterWidth = 15;    // "A"
constexpr double kColumnGap = 18;      // between two columns of options
constexpr double kQuestionSpace = 15;  // above each question
constexpr double kKeySpace = 10;       // above each answer of the key
constexpr double kOptionSpace = 3;     // between option rows
constexpr double kRuleWidth = 0.6;

// ---- Blocks: what is laid out before anything is drawn ------------------------------------

struct TextPiece {
    Layout layout;
    double dx = 0;
    double dy = 0;
    Color color;
};

enum class ShapeKind { circle, box, rule };

struct Shape {
    ShapeKind kind = ShapeKind::rule;
    double dx = 0;
    double dy = 0;
    double w = 0;  // diameter of a circle, width of a box or length of a rule
    double h = 0;
};

// One unit that is never split across pages: the title block, a question, an answer.
struct Block {
    double height = 0;
    double space_before = 0;  // dropped at the top of a page
    bool page_break_before = false;
    bool keep_with_next = false;
    std::vector<TextPiece> texts;
    std::vector<Shape> shapes;
};

double pango_to_points(int units) {
    return static_cast<double>(units) / PANGO_SCALE;
}

// Makes Pango layouts in the game's fonts, at 72 units per inch so one unit is one point.
class Typesetter {
  public:
    explicit Typesetter(PangoContextOwner context) : context_(std::move(context)) {}

    Layout layout(std::string_view text, const Style& style, double width) {
        Layout layout(pango_layout_new(context_.get()));
        FontDescription font(pango_font_description_new());
        pango_font_description_set_family_static(font.get(), style.family);
        pango_font_description_set_weight(font.get(), style.weight);
        pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
        pango_layout_set_font_description(layout.get(), font.get());
        // Pango would hyphenate a word it has to break; names and quotes read better whole.
        AttrList attributes(pango_attr_list_new());
        pango_attr_list_insert(attributes.get(), pango_attr_insert_hyphens_new(FALSE));
        pango_layout_set_attributes(layout.get(), attributes.get());
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        if (width > 0)
            pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
        missing_glyphs_ += pango_layout_get_unknown_glyphs_count(layout.get());
        return layout;
    }

    int missing_glyphs() const { return missing_glyphs_; }

  private:
    PangoContextOwner context_;
    int missing_glyphs_ = 0;
};

double height_of(const Layout& layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return pango_to_points(logical.height);
}

double width_of(const Layout& layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return pango_to_points(logical.width);
}

// Distance from the top of a layout to the middle of its first line's lower-case letters:
// where a tick circle or a box sits beside the text. Noto Sans's x-height is 0.536 em.
double first_line_middle(const Layout& layout, const Style& style) {
    constexpr double kHalfXHeight = 0.268;
    return pango_to_points(pango_layout_get_baseline(layout.get())) - style.size * kHalfXHeight;
}

double baseline_of(const Layout& layout) {
    return pango_to_points(pango_layout_get_baseline(layout.get()));
}

void add_text(Block& block, Layout layout, double dx, double dy, const Style& style) {
    block.texts.push_back({std::move(layout), dx, dy, style.color});
}

std::string_view difficulty_word(int difficulty) {
    switch (difficulty) {
        case 1:
            return "easy";
        case 2:
            return "medium";
        default:
            return "hard";
    }
}

std::string letter(std::size_t i) {
    return std::string(1, static_cast<char>('A' + i));
}

// The game asks players to type; on paper they write.
std::string printed_prompt(const core::Question& q) {
    constexpr std::string_view kType = "Type ";
    if (q.type == core::QuestionType::type_in && q.prompt.starts_with(kType))
        return "Write " + q.prompt.substr(kType.size());
    return q.prompt;
}

// The question number, right-aligned in its column, level with the first line of text.
void add_number(Typesetter& type, const Geometry& g, Block& block, std::size_t index, double dy) {
    Layout number = type.layout(std::to_string(index + 1) + ".", kBodyBold, -1);
    const double dx = g.number_column - kNumberGap - width_of(number);
    add_text(block, std::move(number), std::max(0.0, dx), dy, kBodyBold);
}

// ---- The blocks of the quiz ---------------------------------------------------------------

Block title_block(Typesetter& type, const Geometry& g, const std::string& film, std::size_t count) {
    Block block;
    block.keep_with_next = true;
    double y = 0;
    Layout title = type.layout(film, kTitle, g.measure);
    const double title_height = height_of(title);
    add_text(block, std::move(title), 0, y, kTitle);
    y += title_height;
    Layout subtitle = type.layout(
        "Quiz \u2014 " + std::to_string(count) + (count == 1 ? " question" : " questions"),
        kSubtitle, g.measure);
    const double subtitle_height = height_of(subtitle);
    add_text(block, std::move(subtitle), 0, y, kSubtitle);
    y += subtitle_height + 22;

    // Name or team, and date, each with a rule to write on.
    Layout name = type.layout("Name or team", kLabel, -1);
    Layout date = type.layout("Date", kLabel, -1);
    const double label_baseline = baseline_of(name);
    const double date_x = g.measure * 0.68;
    const double name_end = date_x - 18;
    const double name_width = width_of(name);
    const double date_width = width_of(date);
    const double label_height = height_of(name);
    add_text(block, std::move(name), 0, y, kLabel);
    add_text(block, std::move(date), date_x, y, kLabel);
    block.shapes.push_back(
        {ShapeKind::rule, name_width + 6, y + label_baseline + 2, name_end - name_width - 6, 0});
    block.shapes.push_back({ShapeKind::rule, date_x + date_width + 6, y + label_baseline + 2,
                            g.measure - date_x - date_width - 6, 0});
    y += label_height + 12;
    block.shapes.push_back({ShapeKind::rule, 0, y, g.measure, 0});
    block.height = y + 1;
    return block;
}

// The options of a multiple-choice or true/false question: a circle to tick, a letter
// (none for true/false, whose words say enough), the text; in two columns when every
// option fits on one line of half the width.
double add_choices(Typesetter& type, const Geometry& g, Block& block, const core::Question& q,
                   double width, double y) {
    const bool lettered = q.type == core::QuestionType::multiple_choice;
    const double text_dx = kMarkerWidth + (lettered ? kLetterWidth : 3);
    const double column_width = (width - kColumnGap) / 2;
    auto lay_out = [&](double column) {
        std::vector<Layout> layouts;
        for (const std::string& choice : q.choices)
            layouts.push_back(type.layout(choice, kBody, column - text_dx));
        return layouts;
    };
    std::vector<Layout> layouts = lay_out(column_width);
    const bool two_columns = std::all_of(layouts.begin(), layouts.end(), [](const Layout& l) {
        return pango_layout_get_line_count(l.get()) == 1;
    });
    if (!two_columns)
        layouts = lay_out(width);
    const std::size_t per_row = two_columns ? 2 : 1;
    for (std::size_t row_start = 0; row_start < layouts.size(); row_start += per_row) {
        double row_height = 0;
        for (std::size_t i = row_start; i < std::min(layouts.size(), row_start + per_row); ++i) {
            const double x =
                g.number_column + static_cast<double>(i - row_start) * (column_width + kColumnGap);
            const double middle = first_line_middle(layouts[i], kBody);
            constexpr double kDiameter = 8.5;
            block.shapes.push_back(
                {ShapeKind::circle, x + kDiameter / 2 + 0.5, y + middle, kDiameter, 0});
            if (lettered) {
                add_text(block, type.layout(letter(i), kBodyBold, -1), x + kMarkerWidth, y,
                         kBodyBold);
            }
            row_height = std::max(row_height, height_of(layouts[i]));
            add_text(block, std::move(layouts[i]), x + text_dx, y, kBody);
        }
        y += row_height + kOptionSpace;
    }
    return y - kOptionSpace;
}

// Events to put in order: a box to write each one's number in, its letter, its text.
double add_ordering(Typesetter& type, const Geometry& g, Block& block, const core::Question& q,
                    double width, double y) {
    constexpr double kBoxWidth = 19;
    constexpr double kBoxHeight = 15;
    const double text_dx = kBoxWidth + 7 + kLetterWidth;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        Layout text = type.layout(q.choices[i], kBody, width - text_dx);
        const double middle = first_line_middle(text, kBody);
        block.shapes.push_back(
            {ShapeKind::box, g.number_column, y + middle - kBoxHeight / 2, kBoxWidth, kBoxHeight});
        add_text(block, type.layout(letter(i), kBodyBold, -1), g.number_column + kBoxWidth + 7, y,
                 kBodyBold);
        const double h = std::max(height_of(text), kBoxHeight);
        add_text(block, std::move(text), g.number_column + text_dx, y, kBody);
        y += h + kOptionSpace + 1;
    }
    return y - kOptionSpace - 1;
}

// A line to write the answer on, with room above it for handwriting.
double add_write_in(Typesetter& type, const Geometry& g, Block& block, double width, double y) {
    y += 10;
    Layout label = type.layout("Answer", kLabel, -1);
    const double baseline = baseline_of(label);
    const double label_width = width_of(label);
    const double height = height_of(label);
    add_text(block, std::move(label), g.number_column, y, kLabel);
    block.shapes.push_back({ShapeKind::rule, g.number_column + label_width + 6, y + baseline + 2,
                            width - label_width - 6, 0});
    return y + height;
}

Block question_block(Typesetter& type, const Geometry& g, const core::Question& q,
                     std::size_t index) {
    Block block;
    block.space_before = kQuestionSpace;
    const double width = g.measure - g.number_column;
    double y = 0;
    Layout kicker = type.layout(std::string(core::display_name(q.family)) + " \u00b7 " +
                                    std::string(difficulty_word(q.difficulty)),
                                kSmall, width);
    const double kicker_height = height_of(kicker);
    add_text(block, std::move(kicker), g.number_column, y, kSmall);
    y += kicker_height;
    add_number(type, g, block, index, y);
    Layout prompt = type.layout(printed_prompt(q), kBody, width);
    const double prompt_height = height_of(prompt);
    add_text(block, std::move(prompt), g.number_column, y, kBody);
    y += prompt_height + 5;
    switch (q.type) {
        case core::QuestionType::multiple_choice:
        case core::QuestionType::true_false:
            y = add_choices(type, g, block, q, width, y);
            break;
        case core::QuestionType::ordering:
            y = add_ordering(type, g, block, q, width, y);
            break;
        case core::QuestionType::type_in:
            y = add_write_in(type, g, block, width, y);
            break;
    }
    block.height = y;
    return block;
}

Block key_heading_block(Typesetter& type, const Geometry& g, const std::string& film,
                        std::size_t count) {
    Block block;
    block.page_break_before = true;
    block.keep_with_next = true;
    Layout heading = type.layout("Answer key", kHeading, g.measure);
    double y = height_of(heading);
    add_text(block, std::move(heading), 0, 0, kHeading);
    Layout subtitle = type.layout(film + " \u00b7 Quiz \u2014 " + std::to_string(count) +
                                      (count == 1 ? " question" : " questions"),
                                  kSubtitle, g.measure);
    const double subtitle_height = height_of(subtitle);
    add_text(block, std::move(subtitle), 0, y, kSubtitle);
    y += subtitle_height + 10;
    block.shapes.push_back({ShapeKind::rule, 0, y, g.measure, 0});
    block.height = y + 1;
    return block;
}

// The right answer as the players' sheet shows it: "C. Milly", "True", "A 3 · B 1 · ...".
std::string printed_answer(const core::Question& q) {
    switch (q.type) {
        case core::QuestionType::multiple_choice:
            return letter(static_cast<std::size_t>(q.answer)) + ". " +
                   q.choices[static_cast<std::size_t>(q.answer)];
        case core::QuestionType::true_false:
            return q.choices[static_cast<std::size_t>(q.answer)];
        case core::QuestionType::ordering: {
            // What each box should hold, in the order the boxes are printed.
            std::vector<std::string> boxes(q.choices.size());
            for (std::size_t place = 0; place < q.order.size(); ++place) {
                boxes[static_cast<std::size_t>(q.order[place])] =
                    letter(static_cast<std::size_t>(q.order[place])) + " " +
                    std::to_string(place + 1);
            }
            std::string out;
            for (const std::string& box : boxes)
                out += (out.empty() ? "" : " \u00b7 ") + box;
            return out;
        }
        case core::QuestionType::type_in: {
            std::string out = q.accept.front();
            if (q.accept.size() > 1) {
                out += " (also accepted: ";
                for (std::size_t i = 1; i < q.accept.size(); ++i)
                    out += (i > 1 ? ", " : "") + q.accept[i];
                out += ")";
            }
            return out;
        }
    }
    return {};
}

Block key_block(Typesetter& type, const Geometry& g, const core::Pack& pack,
                const core::Question& q, std::size_t index) {
    Block block;
    block.space_before = kKeySpace;
    const double width = g.measure - g.number_column;
    add_number(type, g, block, index, 0);
    Layout answer = type.layout(printed_answer(q), kBodyBold, width);
    double y = height_of(answer);
    add_text(block, std::move(answer), g.number_column, 0, kBodyBold);
    if (!q.explanation.empty()) {
        Layout explanation = type.layout(q.explanation, kKeyText, width);
        const double h = height_of(explanation);
        add_text(block, std::move(explanation), g.number_column, y + 1, kKeyText);
        y += h + 1;
    }
    block.height = y;
    if (!q.sources.empty()) {
        std::string source = "Source: " + core::source_line(pack, q.sources);
        if (!q.verified)
            source += " (unverified: only a low-reliability source says so)";
        Layout sources = type.layout(source, kSmall, width);
        const double h = height_of(sources);
        add_text(block, std::move(sources), g.number_column, y + 1.5, kSmall);
        block.height = y + 1.5 + h;
    }
    return block;
}

// ---- Pages ----------------------------------------------------------------------------------

struct Placed {
    const Block* block;
    double y;
};
using Page = std::vector<Placed>;

// Fills pages top to bottom; a block that does not fit starts a new page, and a block that
// must stay with the next one moves with it. `breaks` forces a new page before a block.
std::vector<Page> fill_pages(const std::vector<Block>& blocks, const Geometry& g,
                             const std::set<std::size_t>& breaks) {
    std::vector<Page> pages(1);
    double y = g.top;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& block = blocks[i];
        if ((block.page_break_before || breaks.contains(i)) && !pages.back().empty()) {
            pages.emplace_back();
            y = g.top;
        }
        double needed = (pages.back().empty() ? 0 : block.space_before) + block.height;
        if (block.keep_with_next && i + 1 < blocks.size())
            needed += blocks[i + 1].space_before + blocks[i + 1].height;
        if (y + needed > g.bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = g.top;
        }
        if (!pages.back().empty())
            y += block.space_before;
        pages.back().push_back({&block, y});
        y += block.height;
    }
    return pages;
}

// Pages without widows: when the questions or the key would end with a page holding one
// block, the page before gives it its last block for company.
std::vector<Page> paginate(const std::vector<Block>& blocks, const Geometry& g) {
    std::set<std::size_t> breaks;
    for (;;) {
        std::vector<Page> pages = fill_pages(blocks, g, breaks);
        bool moved = false;
        for (std::size_t p = 1; p < pages.size(); ++p) {
            const bool ends_section =
                p + 1 == pages.size() || pages[p + 1].front().block->page_break_before;
            if (!ends_section || pages[p].size() != 1 || pages[p - 1].size() < 3 ||
                pages[p].front().block->page_break_before) {
                continue;
            }
            const auto last = static_cast<std::size_t>(pages[p - 1].back().block - blocks.data());
            moved = breaks.insert(last).second || moved;
        }
        if (!moved)
            return pages;
    }
}

void set_color(cairo_t* cr, const Color& c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

void draw_block(cairo_t* cr, const Block& block, double x, double y) {
    cairo_set_line_width(cr, kRuleWidth);
    for (const Shape& s : block.shapes) {
        set_color(cr, s.kind == ShapeKind::rule ? kRuleColor : kInk);
        switch (s.kind) {
            case ShapeKind::circle:
                cairo_new_sub_path(cr);
                cairo_arc(cr, x + s.dx, y + s.dy, s.w / 2, 0, 2 * G_PI);
                break;
            case ShapeKind::box:
                cairo_rectangle(cr, x + s.dx, y + s.dy, s.w, s.h);
                break;
            case ShapeKind::rule:
                cairo_move_to(cr, x + s.dx, y + s.dy);
                cairo_line_to(cr, x + s.dx + s.w, y + s.dy);
                break;
        }
        cairo_stroke(cr);
    }
    for (const TextPiece& t : block.texts) {
        set_color(cr, t.color);
        cairo_move_to(cr, x + t.dx, y + t.dy);
        pango_cairo_show_layout(cr, t.layout.get());
    }
}

void draw_footer(cairo_t* cr, Typesetter& type, const Geometry& g, const std::string& text) {
    Layout footer = type.layout(text, kSmall, g.measure);
    pango_layout_set_alignment(footer.get(), PANGO_ALIGN_CENTER);
    // One line whatever the film's title, so the footer never runs off the page.
    pango_layout_set_ellipsize(footer.get(), PANGO_ELLIPSIZE_MIDDLE);
    set_color(cr, kSmall.color);
    cairo_move_to(cr, g.left, g.footer);
    pango_cairo_show_layout(cr, footer.get());
}

// ---- Fonts ----------------------------------------------------------------------------------

// A font map that knows the game's three fonts and nothing else, so the quiz looks the same
// on every machine and needs no system font.
std::variant<FontMap, std::string> load_fonts(const std::filesystem::path& font_dir) {
    FontConfig config(FcConfigCreate());
    if (!config)
        return std::string("cannot start fontconfig");
    for (const char* name :
         {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerifDisplay-Bold.ttf"}) {
        const std::filesystem::path path = font_dir / name;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            return "missing font " + content::display_path(path);
        const FcFontSet* before = FcConfigGetFonts(config.get(), FcSetApplication);
        const int count = before ? before->nfont : 0;
        const auto* file = reinterpret_cast<const FcChar8*>(path.c_str());
        const FcFontSet* after = nullptr;
        if (FcConfigAppFontAddFile(config.get(), file))
            after = FcConfigGetFonts(config.get(), FcSetApplication);
        if (after == nullptr || after->nfont <= count)
            return "cannot load font " + content::display_path(path) + ": not a font file";
    }
    FontMap map(pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT));
    if (!map || !PANGO_IS_FC_FONT_MAP(map.get()))
        return std::string("cannot create a Pango font map for Cairo");
    // The map takes its own reference to the configuration.
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map.get()), config.get());
    return map;
}

std::variant<PangoContextOwner, std::string> make_context(PangoFontMap* map) {
    PangoContextOwner context(pango_font_map_create_context(map));
    if (!context)
        return std::string("cannot create a Pango context");
    pango_cairo_context_set_resolution(context.get(), 72);
    // Outlines as designed: hinting is for screens and would change the line breaks.
    FontOptions font_options(cairo_font_options_create());
    if (cairo_font_options_status(font_options.get()) != CAIRO_STATUS_SUCCESS)
        return std::string("cannot create Cairo font options: out of memory");
    cairo_font_options_set_hint_style(font_options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(font_options.get(), CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context.get(), font_options.get());
    return context;
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string cairo_error(std::string_view what, cairo_status_t status) {
    return std::string(what) + ": " + cairo_status_to_string(status);
}

}  // namespace

std::variant<PdfQuiz, std::string> render_pdf_quiz(const core::Pack& pack,
                                                   const std::vector<core::Question>& questions,
                                                   const PdfQuizOptions& options) {
    auto fonts = load_fonts(options.font_dir);
    if (auto* error = std::get_if<std::string>(&fonts))
        return *error;
    const FontMap& map = std::get<FontMap>(fonts);
    auto context = make_context(map.get());
    if (auto* error = std::get_if<std::string>(&context))
        return *error;
    Typesetter type(std::move(std::get<PangoContextOwner>(context)));
    Geometry g = geometry(options.paper);
    const Layout widest_number = type.layout(std::to_string(questions.size()) + ".", kBodyBold, -1);
    g.number_column = std::max(kMinNumberColumn, width_of(widest_number) + kNumberGap);

    std::vector<Block> blocks;
    blocks.push_back(title_block(type, g, pack.title, questions.size()));
    for (std::size_t i = 0; i < questions.size(); ++i)
        blocks.push_back(question_block(type, g, questions[i], i));
    const std::size_t key_start = blocks.size();
    blocks.push_back(key_heading_block(type, g, pack.title, questions.size()));
    for (std::size_t i = 0; i < questions.size(); ++i)
        blocks.push_back(key_block(type, g, pack, questions[i], i));
    const std::vector<Page> pages = paginate(blocks, g);

    PdfQuiz quiz;
    quiz.pages = static_cast<int>(pages.size());
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (pages[p].front().block == &blocks[key_start])
            quiz.first_key_page = static_cast<int>(p + 1);
    }

    Surface surface(
        cairo_pdf_surface_create_for_stream(append_bytes, &quiz.bytes, g.width, g.height));
    if (const cairo_status_t s = cairo_surface_status(surface.get()); s != CAIRO_STATUS_SUCCESS)
        return cairo_error("cannot start the PDF", s);
    const std::string document_title = pack.title + " \u2014 Quiz";
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document_title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "filmquiz");
    Context cr(cairo_create(surface.get()));
    if (const cairo_status_t s = cairo_status(cr.get()); s != CAIRO_STATUS_SUCCESS)
        return cairo_error("cannot draw the PDF", s);

    for (std::size_t p = 0; p < pages.size(); ++p) {
        const bool key = quiz.first_key_page > 0 && static_cast<int>(p + 1) >= quiz.first_key_page;
        if (p == 0 || static_cast<int>(p + 1) == quiz.first_key_page) {
            const std::string link = "page=" + std::to_string(p + 1);
            cairo_pdf_surface_add_outline(surface.get(), CAIRO_PDF_OUTLINE_ROOT,
                                          key ? "Answer key" : "Questions", link.c_str(),
                                          CAIRO_PDF_OUTLINE_FLAG_OPEN);
        }
        for (const Placed& placed : pages[p])
            draw_block(cr.get(), *placed.block, g.left, placed.y);
        draw_footer(cr.get(), type, g,
                    pack.title + (key ? " \u00b7 Answer key" : " \u00b7 Quiz") + " \u00b7 page " +
                        std::to_string(p + 1) + " of " + std::to_string(pages.size()));
        cairo_show_page(cr.get());
        if (const cairo_status_t s = cairo_status(cr.get()); s != CAIRO_STATUS_SUCCESS)
            return cairo_error("cannot draw the PDF", s);
    }
    cr.reset();
    cairo_surface_finish(surface.get());
    if (const cairo_status_t s = cairo_surface_status(surface.get()); s != CAIRO_STATUS_SUCCESS)
        return cairo_error("cannot write the PDF", s);
    quiz.missing_glyphs = type.missing_glyphs();
    return quiz;
}

}  // namespace filmquiz::formats

// Sanitizer builds only (FILMQUIZ_SANITIZE). fontconfig 2.14 never frees part of its
// default configuration unless the process calls FcFini(), and Pango calls FcInit() on a
// thread of its own for every font map, so any process that prints a quiz ends with 256
// bytes still owned by fontconfig. fontconfig is built without frame pointers, so ASan's
// fast unwinder stops inside it and only the library can be named. The fonts filmquiz adds
// to its own configuration are released (FontMapReleaser), which a run with
// ASAN_OPTIONS=fast_unwind_on_malloc=0 and a suppression of FcInitLoadConfigAndFonts alone
// confirms. These hooks live here because every program that can print a quiz links this
// file; LSAN_OPTIONS still overrides the options.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)  // clang's way of saying it
#define FILMQUIZ_ADDRESS_SANITIZER
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(FILMQUIZ_ADDRESS_SANITIZER)
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}
extern "C" const char* __lsan_default_options() {
    return "print_suppressions=0";
}
#endif
