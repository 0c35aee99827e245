#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

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

namespace {

// The diagnostics of loading `dir` as the user `uid` (a child process drops to it, since
// root reads any file whatever its permissions).
std::string load_as(const std::filesystem::path& dir, uid_t uid) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        if (geteuid() != uid && (setgid(uid) != 0 || setuid(uid) != 0))
            _exit(3);
        const std::string text = content::load_pack(dir, "pack").diagnostics.format();
        const ssize_t written = write(fds[1], text.data(), text.size());
        _exit(written == static_cast<ssize_t>(text.size()) ? 0 : 2);
    }
    close(fds[1]);
    std::string out;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    return out;
}

}  // namespace

TEST_CASE("a pack file that exists but cannot be read is an error that names it") {
    TempDir temp;
    const std::filesystem::path pack = temp.path() / "pack";
    std::filesystem::copy(kBundledPack, pack);
    // Readable by anyone but the trivia; the folders open to all so only the file is denied.
    std::filesystem::permissions(temp.path(), std::filesystem::perms::all);
    std::filesystem::permissions(pack, std::filesystem::perms::all);
    std::filesystem::permissions(pack / "trivia.json", std::filesystem::perms::none);
    const uid_t nobody = 65534;
    CHECK(load_as(pack, geteuid() == 0 ? nobody : geteuid()) ==
          "pack/trivia.json:1:1: error: cannot open the file for reading: Permission denied\n");
}

TEST_CASE("a pack whose pack.json is a broken link is still listed, so check reports it") {
    TempDir temp;
    std::filesystem::create_directories(temp.path() / "looping");
    std::filesystem::create_symlink("pack.json", temp.path() / "looping" / "pack.json");
    std::filesystem::create_directories(temp.path() / "dangling");
    std::filesystem::create_symlink("gone.json", temp.path() / "dangling" / "pack.json");
    std::filesystem::create_directories(temp.path() / "empty");
    const auto packs = content::list_packs(temp.path());
    REQUIRE(packs.size() == 2);
    CHECK(packs[0].filename() == "dangling");
    CHECK(packs[1].filename() == "looping");
}

TEST_CASE("story positions: unknown ones count as the end of the film") {
    std::map<std::string, std::string> files;
    for (const std::string& name : content::pack_file_names()) {
        const auto path = kFixtures / "packs" / "valid-minimal" / name;
        if (std::filesystem::exists(path))
            files[name] = read_text(path);
    }
    files["characters.json"] = R"({"characters": [
      {"name": "Milly", "gender": "female", "sources": ["seed:plot"],
       "traits": [{"text": "is a publicist", "sources": ["seed:plot"]},
                  {"text": "has a mother", "spoils": 0, "sources": ["seed:plot"]}]},
      {"name": "Jess", "gender": "female", "sources": ["seed:plot"]},
      {"name": "Kit", "gender": "male", "sources": ["seed:plot"]},
      {"name": "Ace", "gender": "male", "spoils": 1, "sources": ["seed:plot"]},
      {"name": "Nisha", "sources": ["seed:plot"]}]})";
    files["quotes.json"] = R"({"quotes": [
      {"id": "a", "text": "Known line.", "speaker": "Milly", "spoils": 2, "sources": ["seed:plot"]},
      {"id": "b", "text": "Unplaced line.", "speaker": "Jess", "sources": ["seed:plot"]}]})";
    files["trivia.json"] = R"({"claims": [
      {"id": "t", "kind": "scene", "text": "Milly marries.", "truth": "true",
       "sources": ["seed:plot"]},
      {"id": "f", "kind": "scene", "text": "Milly skydives.", "truth": "false",
       "correction": "She marries Kit.", "refuted_by": ["ref:credits"], "spoils": 1,
       "sources": ["seed:plot"]}]})";
    files["sources.json"] = R"({"sources": [
      {"id": "seed:plot", "title": "plot summary", "reliability": "good"},
      {"id": "ref:credits", "title": "film credits", "reliability": "high"}]})";
    const content::PackLoad load = content::load_pack_from_memory(files, "mem");
    CHECK(load.diagnostics.format() == "");
    REQUIRE(load.pack);
    const core::Pack& pack = *load.pack;
    CHECK(pack.last_position() == 3);
    CHECK(pack.character("Milly")->spoils == 1);  // first named at 1
    CHECK(pack.character("Kit")->spoils == 2);    // in "with" at 2
    CHECK(pack.character("Ace")->spoils == 1);    // as given
    CHECK(pack.character("Nisha")->spoils == 3);  // never in the plot: the end
    CHECK(pack.character("Milly")->traits[0].spoils == 3);
    CHECK(pack.character("Milly")->traits[1].spoils == 0);
    CHECK(pack.quotes[0].spoils == 2);
    CHECK(pack.quotes[1].spoils == 3);
    CHECK(pack.claims[0].spoils == 3);
    CHECK(pack.claims[0].correction_spoils == 0);  // nothing to correct
    CHECK(pack.claims[1].spoils == 1);
    CHECK(pack.claims[1].correction_spoils == 3);
}

TEST_CASE("the bundled pack gives every story fact its position") {
    const content::PackLoad load = content::load_pack(kBundledPack, "miss-you-already");
    REQUIRE(load.pack);
    const core::Pack& pack = *load.pack;
    CHECK(pack.character("Milly")->spoils == 1);
    CHECK(pack.character("Ace")->spoils == 18);
    CHECK(pack.character("Miranda")->spoils == 27);
    CHECK(pack.character("Milly")->dies_at == 28);
    CHECK(pack.character("Scarlett")->generation == 2);
    const core::PlotEvent* labour = pack.event_at(26);
    REQUIRE(labour != nullptr);
    CHECK(labour->sex_specific);
    CHECK(pack.event_at(8)->during == std::vector<int>{7});
    // The fan page does not say where a line is spoken: its words decide.
    std::map<std::string, int> quotes;
    for (const core::Quote& q : pack.quotes)
        quotes[q.id] = q.spoils;
    CHECK(quotes["q23"] == 28);  // "This isn't goodbye..."
    CHECK(quotes["q07"] == 4);   // "... you can fight this."
    for (const core::Claim& c : pack.claims) {
        CAPTURE(c.id);
        CHECK(c.spoils >= 0);
        CHECK(c.correction_spoils >= 0);
    }
    for (const core::Claim& c : pack.claims) {
        if (c.id == "fan-cliff-diving") {
            CHECK(c.spoils == 17);
            CHECK(c.correction_spoils == 18);
        }
    }
}

TEST_CASE("parsing a pack's files on two threads gives the same pack and messages") {
    for (const std::string& name : {std::string("unknown-character"), std::string("valid-minimal"),
                                    std::string("duplicate-key"), std::string("misnamed-file")}) {
        CAPTURE(name);
        const auto dir = kFixtures / "packs" / name;
        const auto one = content::load_pack(dir, "packs/" + name, {}, 1);
        const auto two = content::load_pack(dir, "packs/" + name, {}, 2);
        CHECK(one.diagnostics.format() == two.diagnostics.format());
        CHECK(one.pack.has_value() == two.pack.has_value());
    }
    const auto one = content::load_pack(kBundledPack, "b", {}, 1);
    const auto two = content::load_pack(kBundledPack, "b", {}, 2);
    REQUIRE(one.pack);
    REQUIRE(two.pack);
    CHECK(one.pack->claims.size() == two.pack->claims.size());
    CHECK(one.pack->characters.size() == two.pack->characters.size());
    CHECK(one.pack->plot.back().action == two.pack->plot.back().action);
}

TEST_CASE("the fuzzer's seeds for the newer fields are JSON and keep its invariants") {
    std::map<std::string, std::string> bundled;
    for (const std::string& name : content::pack_file_names()) {
        if (std::filesystem::exists(kBundledPack / name))
            bundled[name] = read_text(kBundledPack / name);
    }
    int seeds = 0;
    const auto dir = std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "tests" / "fuzz" / "seeds";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        const std::string file = name.substr(0, name.find('.')) + ".json";
        REQUIRE(bundled.count(file) == 1);
        content::Diagnostics syntax;
        CHECK(content::parse_json(read_text(entry.path()), name, syntax).has_value());
        CHECK(syntax.format() == "");
        std::map<std::string, std::string> files = bundled;
        files[file] = read_text(entry.path());
        const auto load = content::load_pack_from_memory(files, "fuzz");
        for (const auto& d : load.diagnostics.all()) {
            CHECK(d.where.line >= 1);
            CHECK(d.where.column >= 1);
        }
        CHECK(load.pack.has_value() == !load.diagnostics.has_errors());
        ++seeds;
    }
    CHECK(seeds >= 7);
}
