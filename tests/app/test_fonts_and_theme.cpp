#include <fstream>
#include <set>
#include <sstream>

#include <doctest/doctest.h>

#include "app/canvas.hpp"
#include "app/settings.hpp"
#include "content/pack_loader.hpp"
#include "core/generator.hpp"
#include "core/text.hpp"
#include "test_support.hpp"

using namespace filmquiz;

TEST_CASE("text colours stand out from their backgrounds by at least 4.5:1, in both looks") {
    for (const app::Palette* look : {&app::warm_palette(), &app::high_contrast_palette()}) {
        for (const auto& [text, background] : app::text_pairs(*look)) {
            CAPTURE(int{text.r});
            CAPTURE(int{background.r});
            CHECK(core::contrast_ratio(text, background) >= 4.5);
        }
    }
    // High contrast is high: black text on white, 21:1.
    CHECK(core::contrast_ratio(app::high_contrast_palette().text,
                               app::high_contrast_palette().background) >= 20.0);
    // The check itself: black on white is 21:1, a colour on itself 1:1.
    CHECK(core::contrast_ratio(core::rgb(0x000000), core::rgb(0xFFFFFF)) == doctest::Approx(21.0));
    CHECK(core::contrast_ratio(core::rgb(0x777777), core::rgb(0x777777)) == doctest::Approx(1.0));
}

TEST_CASE("the shipped fonts have every character the game shows") {
    REQUIRE(TTF_Init() == 0);
    std::set<char32_t> needed;
    auto add = [&](const std::string& text) {
        for (const char32_t c : core::decode_utf8(text)) {
            if (c >= 0x20)
                needed.insert(c);
        }
    };
    // Curly quotes, dashes and accents, whatever the content.
    add("\u201C\u201D\u2018\u2019\u2013\u2014\u2026\u00E9\u00EB\u00F6\u00E7\u00F1\u00B7\u2039"
        "\u203A");
    // Every \u escape the screens and the shell draw.
    for (const char* dir : {"screens", "app"}) {
        for (const auto& e : std::filesystem::directory_iterator(
                 std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "src" / dir)) {
            const std::string code = test::read_text(e.path());
            // Every \\u escape (four hex digits) in the source.
            for (std::size_t at = code.find("\\u"); at != std::string::npos;
                 at = code.find("\\u", at + 2)) {
                const std::string hex = code.substr(at + 2, 4);
                if (hex.size() == 4 &&
                    hex.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
                    needed.insert(static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
                }
            }
        }
    }
    // Every question the bundled packs can ask, and the how-to-play text.
    for (const auto& dir :
         content::list_packs(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions")) {
        auto load = content::load_pack(dir, "pack");
        REQUIRE(load.pack);
        const core::QuestionBank bank(*load.pack);
        for (const auto& q : bank.all(1)) {
            add(q.prompt);
            add(q.explanation);
            for (const auto& c : q.choices)
                add(c);
            for (const auto& a : q.accept)
                add(a);
        }
    }
    for (const char* page : {"how-to-play.txt", "how-to-play-party.txt", "how-to-play-host.txt"})
        add(test::read_text(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "text" / page));

    {
        app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
        for (const app::Face face : {app::Face::text, app::Face::bold, app::Face::display}) {
            TTF_Font* font = fonts.font(face, 24);
            for (const char32_t c : needed) {
                CAPTURE(static_cast<int>(face));
                CAPTURE(static_cast<unsigned>(c));
                CHECK(TTF_GlyphIsProvided32(font, c) != 0);
            }
        }
    }  // the fonts close before SDL_ttf does
    TTF_Quit();
}

TEST_CASE("How to play on screen says what the README says") {
    const auto dir = std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "text";
    const std::string text = test::read_text(dir / "how-to-play.txt") + "\n" +
                             test::read_text(dir / "how-to-play-party.txt") + "\n" +
                             test::read_text(dir / "how-to-play-host.txt");
    const std::string readme =
        test::read_text(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "README.md");
    std::istringstream lines(text);
    std::string line;
    int checked = 0;
    while (std::getline(lines, line)) {
        if (line.empty())
            continue;
        CAPTURE(line);
        CHECK(readme.find(line) != std::string::npos);
        ++checked;
    }
    CHECK(checked >= 12);
}

TEST_CASE("settings read back what they wrote, and bad values fall back to defaults") {
    app::GameSettings s;
    s.volume = 30;
    s.font_scale = 150;
    s.families = {"plot", "quotes"};
    s.last_player = "Zo\xC3\xAB";
    const app::GameSettings back = app::GameSettings::from_map(s.to_map());
    CHECK(back.volume == 30);
    CHECK(back.font_scale == 150);
    CHECK(back.families == std::vector<std::string>{"plot", "quotes"});
    CHECK(back.last_player == "Zo\xC3\xAB");
    const app::GameSettings bad = app::GameSettings::from_map({{"volume", "loud"},
                                                               {"font_scale", "130"},
                                                               {"timer_seconds", "-4"},
                                                               {"renderer", "vulkan"}});
    CHECK(bad.volume == 80);
    CHECK(bad.font_scale == 100);
    CHECK(bad.timer_seconds == 20);
    CHECK(bad.renderer == "auto");
}
