#include <fstream>
#include <random>
#include <sstream>

#include <doctest/doctest.h>

#include "content/pack_loader.hpp"
#include "test_support.hpp"

using namespace filmquiz;
using filmquiz::test::read_text;
using filmquiz::test::TempDir;

namespace {

const std::filesystem::path kFixtures = FILMQUIZ_FIXTURES;
const std::filesystem::path kBundledPack =
    std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions" / "miss-you-already";

}  // namespace

TEST_CASE("every fixture pack gives exactly its expected diagnostics") {
    int cases = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures / "packs")) {
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        const content::PackLoad load = content::load_pack(entry.path(), "packs/" + name);
        const std::string expected = read_text(kFixtures / "expected" / (name + ".txt"));
        CHECK(load.diagnostics.format() == expected);
        // A pack loads exactly when nothing is an error.
        CHECK(load.pack.has_value() == !load.diagnostics.has_errors());
        CHECK(load.pack.has_value() == (expected.find(": error: ") == std::string::npos));
        ++cases;
    }
    CHECK(cases >= 25);
}

TEST_CASE("the small example of FORMAT.md is a valid pack") {
    // The fixture is cut from FORMAT.md; check the documentation still says the same.
    const std::string format =
        read_text(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions" / "FORMAT.md");
    const std::filesystem::path example = kFixtures / "packs" / "valid-minimal";
    for (const std::string& file : content::pack_file_names()) {
        if (!std::filesystem::exists(example / file))
            continue;
        CAPTURE(file);
        const std::string block = "`" + file + "`\n```json\n" + read_text(example / file) + "```";
        CHECK(format.find(block) != std::string::npos);
    }
    const content::PackLoad load = content::load_pack(example, "example");
    REQUIRE(load.pack);
    CHECK(load.pack->characters.size() == 3);
    CHECK(load.pack->relations.front().kind == core::RelationKind::husband);
}

TEST_CASE("the bundled pack is valid and holds every seed fact with its source") {
    const content::PackLoad load = content::load_pack(kBundledPack, "miss-you-already");
    CHECK(load.diagnostics.format() == "");
    REQUIRE(load.pack);
    const core::Pack& pack = *load.pack;
    CHECK(pack.id == "miss-you-already");
    CHECK(pack.cast.size() == 15);
    CHECK(pack.plot.size() >= 20);
    CHECK(pack.quotes.size() == 23);
    CHECK(pack.songs.size() == 3);
    CHECK(pack.film.crew.size() == 9);
    CHECK(pack.film.year.value == 2015);
    CHECK(pack.film.running_time_minutes.value == 112);

    // Every fact cites at least one declared source.
    auto cited = [&](const core::Provenance& fact) {
        if (fact.sources.empty())
            return false;
        for (const auto& id : fact.sources) {
            if (pack.source(id) == nullptr)
                return false;
        }
        return true;
    };
    for (const auto& m : pack.cast)
        CHECK(cited(m));
    for (const auto& e : pack.plot)
        CHECK(cited(e));
    for (const auto& q : pack.quotes)
        CHECK(cited(q));
    for (const auto& c : pack.claims)
        CHECK(cited(c));
    for (const auto& c : pack.film.crew)
        CHECK(cited(c));

    // The fan page's quotes and songs are only unverified.
    for (const auto& q : pack.quotes)
        CHECK_FALSE(core::is_verified(pack, q));

    // The fan page's known-wrong claims are stored as false, with a correction.
    const std::vector<std::string> wrong{"fan-hardwicke-script",    "fan-collette-birth",
                                         "fan-barrymore-audition",  "fan-mcgarvey",
                                         "fan-cliff-diving",        "fan-wedding-ice-cream",
                                         "fan-celebration-of-life", "fan-dream-sequence"};
    for (const std::string& id : wrong) {
        CAPTURE(id);
        const auto it = std::find_if(pack.claims.begin(), pack.claims.end(),
                                     [&](const core::Claim& c) { return c.id == id; });
        REQUIRE(it != pack.claims.end());
        CHECK(it->truth == core::Truth::false_);
        CHECK_FALSE(it->correction.empty());
        CHECK(core::strongest(pack, it->refuted_by) > core::strongest(pack, it->sources));
    }
    // The cinematographer is Elliot Davis, not the fan page's Seamus McGarvey.
    for (const auto& c : pack.film.crew) {
        if (c.role == core::CrewRole::cinematographer)
            CHECK(c.name == "Elliot Davis");
    }
}

namespace {

// One way to damage a file, and whether the damaged pack must still load.
struct Corruption {
    std::string name;
    std::function<void(const std::filesystem::path&)> apply;
};

std::vector<Corruption> corruptions() {
    auto write = [](const std::filesystem::path& p, const std::string& text) {
        std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
    };
    std::vector<Corruption> list;
    for (const double fraction : {0.0, 0.1, 0.37, 0.5, 0.83, 0.99}) {
        list.push_back({"truncated at " + std::to_string(fraction), [=](const auto& p) {
                            const std::string text = read_text(p);
                            write(p,
                                  text.substr(0, static_cast<std::size_t>(
                                                     static_cast<double>(text.size()) * fraction)));
                        }});
    }
    list.push_back({"empty", [=](const auto& p) { write(p, ""); }});
    list.push_back({"missing", [](const auto& p) { std::filesystem::remove(p); }});
    list.push_back({"100 MB", [](const auto& p) { std::filesystem::resize_file(p, 100u << 20); }});
    list.push_back({"nested 100,000 deep", [=](const auto& p) {
                        write(p, std::string(100000, '[') + std::string(100000, ']'));
                    }});
    list.push_back({"binary garbage", [=](const auto& p) {
                        std::mt19937 rng(42);
                        std::string junk(4096, '\0');
                        for (char& c : junk)
                            c = static_cast<char>(rng() & 0xFF);
                        write(p, junk);
                    }});
    list.push_back({"invalid UTF-8 in a string", [=](const auto& p) {
                        std::string text = read_text(p);
                        const auto quote = text.find("\"", text.find(':'));
                        text.insert(quote + 1, "\xC3\x28");
                        write(p, text);
                    }});
    list.push_back(
        {"top level is an array", [=](const auto& p) { write(p, "[" + read_text(p) + "]"); }});
    list.push_back({"every string emptied", [=](const auto& p) {
                        std::string text = read_text(p);
                        std::string out;
                        bool in_string = false;
                        bool is_key = true;
                        for (std::size_t i = 0; i < text.size(); ++i) {
                            const char c = text[i];
                            if (!in_string && c == '"') {
                                in_string = true;
                                // Keys stay, values become "".
                                const auto colon =
                                    text.find_first_not_of(" \t\r\n", text.find('"', i + 1) + 1);
                                is_key = colon != std::string::npos && text[colon] == ':';
                                out += c;
                                continue;
                            }
                            if (in_string) {
                                if (c == '\\') {
                                    if (is_key)
                                        out += text.substr(i, 2);
                                    ++i;
                                    continue;
                                }
                                if (c == '"') {
                                    in_string = false;
                                    out += c;
                                    continue;
                                }
                                if (is_key)
                                    out += c;
                                continue;
                            }
                            out += c;
                        }
                        write(p, out);
                    }});
    return list;
}

}  // namespace

TEST_CASE("any corruption of any file of a copy of the pack is an error, never a crash") {
    for (const std::string& file : content::pack_file_names()) {
        for (const Corruption& corruption : corruptions()) {
            CAPTURE(file);
            CAPTURE(corruption.name);
            TempDir temp;
            const std::filesystem::path pack = temp.path() / "pack";
            std::filesystem::copy(kBundledPack, pack);
            corruption.apply(pack / file);
            const content::PackLoad load = content::load_pack(pack, "pack");
            const bool optional =
                std::find(content::pack_file_names().begin(),
                          content::pack_file_names().begin() + content::kRequiredPackFiles,
                          file) == content::pack_file_names().begin() + content::kRequiredPackFiles;
            if (corruption.name == "missing" && optional) {
                CHECK(load.pack.has_value());
                continue;
            }
            CHECK_FALSE(load.pack.has_value());
            REQUIRE(load.diagnostics.has_errors());
            // Some error names the damaged file with a line and a column.
            bool named = false;
            for (const auto& d : load.diagnostics.all()) {
                if (d.severity == content::Severity::error && d.file == "pack/" + file &&
                    d.where.line >= 1 && d.where.column >= 1) {
                    named = true;
                }
            }
            CHECK(named);
        }
    }
}
