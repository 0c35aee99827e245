#include "content/pack_loader.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "content/field_reader.hpp"
#include "core/names.hpp"
#include "core/parallel.hpp"
#include "core/text.hpp"

namespace filmquiz::content {

namespace {

using core::Provenance;

// A scene's title fits one menu line beside "Watched up to", at 800x600 and 150 % text.
constexpr std::size_t kMaxSceneTitleLength = 24;

// A value in some file that must name something declared elsewhere in the pack.
struct Reference {
    const JsonDocument* doc;
    std::string pointer;
    std::string value;
};

struct SpoilerReference {
    const JsonDocument* doc;
    std::string pointer;
    int position;
};

bool is_valid_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    const int year = std::stoi(s.substr(0, 4));
    const int month = std::stoi(s.substr(5, 2));
    const int day = std::stoi(s.substr(8, 2));
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= days;
}

bool is_slug(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// Where a pack's files come from: a folder, or memory.
class PackFiles {
  public:
    virtual ~PackFiles() = default;
    virtual bool exists(const std::string& name) const = 0;
    virtual std::uintmax_t size(const std::string& name) const = 0;
    virtual std::vector<std::string> json_names() const = 0;
    virtual std::optional<JsonDocument> read(const std::string& name, const std::string& shown,
                                             Diagnostics& diagnostics,
                                             const JsonLimits& limits) const = 0;
};

class FolderFiles final : public PackFiles {
  public:
    explicit FolderFiles(std::filesystem::path dir) : dir_(std::move(dir)) {}
    // A name counts even when it is a link that leads nowhere: reading it then says why.
    bool exists(const std::string& name) const override {
        std::error_code ec;
        return std::filesystem::exists(std::filesystem::symlink_status(dir_ / name, ec));
    }
    std::uintmax_t size(const std::string& name) const override {
        std::error_code ec;
        const std::uintmax_t n = std::filesystem::file_size(dir_ / name, ec);
        return ec ? 0 : n;
    }
    std::vector<std::string> json_names() const override {
        std::error_code ec;
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
            if (entry.path().extension() == ".json") {
                names.push_back(entry.path().filename().string());
            }
        }
        return names;
    }
    std::optional<JsonDocument> read(const std::string& name, const std::string& shown,
                                     Diagnostics& diagnostics,
                                     const JsonLimits& limits) const override {
        return read_json_file(dir_ / name, shown, diagnostics, limits);
    }

  private:
    std::filesystem::path dir_;
};

class MemoryFiles final : public PackFiles {
  public:
    explicit MemoryFiles(const std::map<std::string, std::string>& files) : files_(files) {}
    bool exists(const std::string& name) const override { return files_.count(name) > 0; }
    std::uintmax_t size(const std::string& name) const override {
        const auto it = files_.find(name);
        return it == files_.end() ? 0 : it->second.size();
    }
    std::vector<std::string> json_names() const override {
        std::vector<std::string> names;
        for (const auto& entry : files_) {
            if (entry.first.size() > 5 &&
                entry.first.compare(entry.first.size() - 5, 5, ".json") == 0) {
                names.push_back(entry.first);
            }
        }
        return names;
    }
    std::optional<JsonDocument> read(const std::string& name, const std::string& shown,
                                     Diagnostics& diagnostics,
                                     const JsonLimits& limits) const override {
        return parse_json(files_.at(name), shown, diagnostics, limits);
    }

  private:
    const std::map<std::string, std::string>& files_;
};

class Loader {
  public:
    Loader(const PackFiles& files, std::string display, const JsonLimits& limits,
           Diagnostics& diagnostics, int threads)
        : files_(files),
          display_(std::move(display)),
          limits_(limits),
          diag_(diagnostics),
          threads_(threads) {}

    std::optional<core::Pack> run() {
        warn_about_unknown_files();

        const auto& names = pack_file_names();
        const bool none =
            std::none_of(names.begin(), names.begin() + kRequiredPackFiles,
                         [&](const std::string& name) { return files_.exists(name); });
        if (none) {
            diag_.error(display_, {0, 0}, "",
                        "not a pack folder: it has none of pack.json, sources.json, film.json, "
                        "characters.json, cast.json and plot.json");
            return std::nullopt;
        }
        std::vector<Parsed> parsed = parse_files();
        for (std::size_t i = 0; i < names.size(); ++i) {
            const bool required = i < kRequiredPackFiles;
            if (!parsed[i].present) {
                if (required) {
                    diag_.error(file_name(names[i]), {1, 1}, "",
                                "required file is missing (a pack needs pack.json, "
                                "sources.json, film.json, characters.json, cast.json and "
                                "plot.json)");
                }
                continue;
            }
            diag_.append(parsed[i].diagnostics);
            if (!parsed[i].doc)
                continue;
            docs_.push_back(std::move(*parsed[i].doc));
            const JsonDocument& d = docs_.back();
            if (!d.root().is_object()) {
                diag_.error(d.file(), d.position_of(""), "",
                            "expected a JSON object at the top, found " + describe_type(d.root()));
                continue;
            }
            read_file(names[i], d);
        }
        resolve_references();
        check_consistency();
        diag_.sort();
        if (diag_.has_errors())
            return std::nullopt;
        return std::move(pack_);
    }

  private:
    struct Parsed {
        bool present = false;
        std::optional<JsonDocument> doc;
        Diagnostics diagnostics;
    };

    // Reads and parses every file. The files do not depend on each other, so a large
    // pack's are parsed on two threads, the biggest files shared out first; a small one's
    // on this thread, where a thread would cost more than it saves.
    std::vector<Parsed> parse_files() const {
        static constexpr std::uintmax_t kParallelBytes = 256 * 1024;
        const auto& names = pack_file_names();
        std::vector<Parsed> parsed(names.size());
        std::vector<std::pair<std::uintmax_t, std::size_t>> by_size;
        std::uintmax_t total = 0;
        for (std::size_t i = 0; i < names.size(); ++i) {
            parsed[i].present = files_.exists(names[i]);
            if (!parsed[i].present)
                continue;
            const std::uintmax_t n = files_.size(names[i]);
            by_size.emplace_back(n, i);
            total += n;
        }
        auto parse = [&](std::size_t i) {
            parsed[i].doc =
                files_.read(names[i], file_name(names[i]), parsed[i].diagnostics, limits_);
        };
        if (threads_ == 1 || (threads_ <= 0 && total < kParallelBytes)) {
            for (const auto& [n, i] : by_size)
                parse(i);
            return parsed;
        }
        std::sort(by_size.rbegin(), by_size.rend());
        std::vector<std::size_t> mine;
        std::vector<std::size_t> theirs;
        std::uintmax_t mine_bytes = 0;
        std::uintmax_t their_bytes = 0;
        for (const auto& [n, i] : by_size) {
            if (mine_bytes <= their_bytes) {
                mine.push_back(i);
                mine_bytes += n;
            } else {
                theirs.push_back(i);
                their_bytes += n;
            }
        }
        core::run_both(
            [&] {
                for (const std::size_t i : mine)
                    parse(i);
            },
            [&] {
                for (const std::size_t i : theirs)
                    parse(i);
            });
        return parsed;
    }

    std::string file_name(const std::string& name) const {
        if (display_.empty())
            return name;
        return display_.back() == '/' ? display_ + name : display_ + '/' + name;
    }

    void warn_about_unknown_files() {
        const auto& names = pack_file_names();
        std::vector<std::string> found;
        for (const std::string& name : files_.json_names()) {
            if (std::find(names.begin(), names.end(), name) != names.end())
                continue;
            found.push_back(name);
        }
        std::sort(found.begin(), found.end());
        for (const std::string& name : found) {
            std::string message = "not a pack file; it is ignored";
            if (const auto hint = core::did_you_mean(name, names)) {
                message += " (did you mean \"" + *hint + "\"?)";
            }
            diag_.warning(file_name(name), {1, 1}, "", message);
        }
    }

    void read_file(const std::string& name, const JsonDocument& doc) {
        if (name == "pack.json")
            return read_manifest(doc);
        if (name == "sources.json")
            return read_sources(doc);
        if (name == "film.json")
            return read_film(doc);
        if (name == "characters.json")
            return read_characters(doc);
        if (name == "cast.json")
            return read_cast(doc);
        if (name == "plot.json")
            return read_plot(doc);
        if (name == "quotes.json")
            return read_quotes(doc);
        if (name == "trivia.json")
            return read_trivia(doc);
        if (name == "soundtrack.json")
            return read_soundtrack(doc);
        if (name == "decoys.json")
            return read_decoys(doc);
    }

    // --- helpers shared by every fact -------------------------------------------------

    // A fact whose story position is unknown when "spoils" is missing (a quote, a claim, a
    // trait, a song) gets kUnknownSpoils here and the end of the film once the plot is read.
    static constexpr int kUnknownSpoils = -1;

    void read_provenance(FieldReader& r, const JsonDocument& doc, Provenance& fact,
                         bool position_unknown_by_default = false) {
        fact.sources = r.text_list("sources", Need::required, kMaxNameLength);
        const std::string base = r.member("sources");
        if (r.has("sources") && fact.sources.empty() &&
            doc.root().at(nlohmann::json::json_pointer(base)).is_array()) {
            r.error_at("sources", "a fact needs at least one source");
        }
        for (std::size_t i = 0; i < fact.sources.size(); ++i) {
            source_refs_.push_back({&doc, base + '/' + std::to_string(i), fact.sources[i]});
        }
        if (const auto spoils = r.integer("spoils", Need::optional, 0, 100000)) {
            fact.spoils = static_cast<int>(*spoils);
            spoiler_refs_.push_back({&doc, r.member("spoils"), fact.spoils});
        } else if (position_unknown_by_default) {
            fact.spoils = kUnknownSpoils;
        }
    }

    // A whole number that names a plot position, checked against the plot once it is read.
    std::optional<int> read_position(FieldReader& r, const JsonDocument& doc,
                                     std::string_view key) {
        const auto value = r.integer(key, Need::optional, 0, 100000);
        if (!value)
            return std::nullopt;
        spoiler_refs_.push_back({&doc, r.member(key), static_cast<int>(*value)});
        return static_cast<int>(*value);
    }

    void character_ref(const JsonDocument& doc, const std::string& pointer,
                       const std::string& value) {
        character_refs_.push_back({&doc, pointer, value});
    }

    template <typename T>
    void read_fact(const JsonDocument& doc, FieldReader& parent, std::string_view key,
                   core::Fact<T>& out, Need need) {
        const auto ptr = parent.object(key, need);
        if (!ptr)
            return;
        FieldReader r(doc, *ptr, diag_);
        if constexpr (std::is_same_v<T, std::string>) {
            if (auto v = r.text("value", Need::required, kMaxNameLength))
                out.value = *v;
        } else if constexpr (std::is_same_v<T, int>) {
            if (auto v = r.integer("value", Need::required, 1, 100000)) {
                out.value = static_cast<int>(*v);
            }
        } else {
            if (auto v = r.number("value", Need::required, 0.0, 1e6))
                out.value = *v;
        }
        read_provenance(r, doc, out);
        r.finish();
    }

    // --- one reader per file ----------------------------------------------------------

    void read_manifest(const JsonDocument& doc) {
        FieldReader r(doc, "", diag_);
        if (const auto format = r.integer("format", Need::required, 1, 1000)) {
            pack_.format = static_cast<int>(*format);
            if (*format > core::kPackFormat) {
                r.error_at("format", "pack format " + std::to_string(*format) +
                                         " is newer than this filmquiz reads (" +
                                         std::to_string(core::kPackFormat) +
                                         "); update filmquiz to use this pack");
            }
        }
        if (const auto id = r.text("id", Need::required, kMaxNameLength)) {
            if (!is_slug(*id)) {
                r.error_at("id", "\"" + *id +
                                     "\" is not a valid pack id: use lower-case letters, "
                                     "digits and hyphens");
            }
            pack_.id = *id;
        }
        if (const auto version = r.integer("version", Need::required, 1, 1000000)) {
            pack_.version = static_cast<int>(*version);
        }
        if (const auto title = r.text("title", Need::required, kMaxNameLength)) {
            pack_.title = *title;
        }
        pack_.description = r.text("description", Need::optional, 400).value_or("");
        r.finish();
    }

    void read_sources(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        std::map<std::string, std::string> seen;
        for (const std::string& ptr : top.object_list("sources", Need::required)) {
            FieldReader r(doc, ptr, diag_);
            core::Source s;
            const auto id = r.text("id", Need::required, kMaxNameLength);
            const auto title = r.text("title", Need::required, kMaxNameLength);
            const auto reliability =
                r.choice("reliability", Need::required, {"low", "good", "high"});
            s.url = r.text("url", Need::optional, 400).value_or("");
            s.note = r.text("note", Need::optional, 400).value_or("");
            s.cited_as = r.text("cited_as", Need::optional, kMaxNameLength).value_or("");
            r.finish();
            if (!id || !title || !reliability)
                continue;
            if (const auto dup = seen.find(*id); dup != seen.end()) {
                duplicate(doc, r.member("id"), "source \"" + *id + "\"", dup->second);
                continue;
            }
            seen.emplace(*id, r.member("id"));
            s.id = *id;
            s.title = *title;
            s.reliability = *core::reliability_from_string(*reliability);
            pack_.sources.push_back(std::move(s));
        }
        top.finish();
    }

    void read_film(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        core::Film& film = pack_.film;
        read_fact(doc, top, "title", film.title, Need::required);
        read_fact(doc, top, "year", film.year, Need::required);
        read_fact(doc, top, "running_time_minutes", film.running_time_minutes, Need::optional);
        read_fact(doc, top, "box_office_usd_millions", film.box_office_usd_millions,
                  Need::optional);
        read_fact(doc, top, "country", film.country, Need::optional);
        read_fact(doc, top, "language", film.language, Need::optional);
        read_fact(doc, top, "genre", film.genre, Need::optional);
        if (film.year.value != 0 && (film.year.value < 1880 || film.year.value > 2100)) {
            error(doc, "/year/value", "a film's year must be between 1880 and 2100");
        }

        if (const auto ptr = top.object("premiere", Need::optional)) {
            FieldReader r(doc, *ptr, diag_);
            core::Premiere p;
            p.festival = r.text("festival", Need::required, kMaxNameLength).value_or("");
            p.section = r.text("section", Need::optional, kMaxNameLength).value_or("");
            p.date = read_date(r, "date", Need::required);
            read_provenance(r, doc, p);
            r.finish();
            film.premiere = std::move(p);
        }
        for (const std::string& ptr : top.object_list("releases", Need::optional)) {
            FieldReader r(doc, ptr, diag_);
            core::Release rel;
            rel.region = r.text("region", Need::required, kMaxNameLength).value_or("");
            rel.date = read_date(r, "date", Need::required);
            read_provenance(r, doc, rel);
            r.finish();
            film.releases.push_back(std::move(rel));
        }
        if (const auto ptr = top.object("based_on", Need::optional)) {
            FieldReader r(doc, *ptr, diag_);
            core::BasedOn b;
            b.title = r.text("title", Need::required, kMaxNameLength).value_or("");
            b.medium = r.text("medium", Need::required, kMaxNameLength).value_or("");
            b.author = r.text("author", Need::optional, kMaxNameLength).value_or("");
            b.broadcaster = r.text("broadcaster", Need::optional, kMaxNameLength).value_or("");
            b.year = static_cast<int>(r.integer("year", Need::optional, 1000, 2100).value_or(0));
            read_provenance(r, doc, b);
            r.finish();
            film.based_on = std::move(b);
        }
        for (const std::string& ptr : top.object_list("shooting_locations", Need::optional)) {
            FieldReader r(doc, ptr, diag_);
            core::Fact<std::string> place;
            place.value = r.text("value", Need::required, kMaxNameLength).value_or("");
            read_provenance(r, doc, place);
            r.finish();
            film.shooting_locations.push_back(std::move(place));
        }
        for (const std::string& ptr : top.object_list("companies", Need::optional)) {
            FieldReader r(doc, ptr, diag_);
            core::Company c;
            c.name = r.text("name", Need::required, kMaxNameLength).value_or("");
            c.role = r.choice("role", Need::required, {"production", "distribution"}).value_or("");
            read_provenance(r, doc, c);
            r.finish();
            film.companies.push_back(std::move(c));
        }
        std::vector<std::string> roles;
        for (const core::CrewRole role : core::all_crew_roles()) {
            roles.emplace_back(core::to_string(role));
        }
        std::map<std::string, std::string> seen;
        for (const std::string& ptr : top.object_list("crew", Need::optional)) {
            FieldReader r(doc, ptr, diag_);
            core::CrewCredit c;
            const auto role = r.choice("role", Need::required, roles);
            const auto name = r.text("name", Need::required, kMaxNameLength);
            c.known_for = r.text_list("known_for", Need::optional, kMaxNameLength);
            c.note = r.text("note", Need::optional).value_or("");
            read_provenance(r, doc, c);
            r.finish();
            if (!role || !name)
                continue;
            const std::string key = *role + '\n' + *name;
            if (const auto dup = seen.find(key); dup != seen.end()) {
                duplicate(doc, r.member("name"), "credit \"" + *name + "\" as " + *role,
                          dup->second);
                continue;
            }
            seen.emplace(key, r.member("name"));
            c.role = *core::crew_role_from_string(*role);
            c.name = *name;
            film.crew.push_back(std::move(c));
        }
        top.finish();
    }

    std::string read_date(FieldReader& r, std::string_view key, Need need) {
        const auto date = r.text(key, need, kMaxNameLength);
        if (!date)
            return "";
        if (!is_valid_date(*date)) {
            r.error_at(key, "\"" + *date + "\" is not a date in the form YYYY-MM-DD");
            return "";
        }
        return *date;
    }

    void read_characters(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        std::map<std::string, std::string> seen;
        for (const std::string& ptr : top.object_list("characters", Need::required)) {
            FieldReader r(doc, ptr, diag_);
            core::Character c;
            const auto name = r.text("name", Need::required, kMaxNameLength);
            const auto id = r.text("id", Need::optional, kMaxNameLength);
            c.aliases = r.text_list("aliases", Need::optional, kMaxNameLength);
            const auto gender = r.choice("gender", Need::optional, {"female", "male", "unknown"});
            c.child = r.flag("child", Need::optional).value_or(false);
            if (const auto generation = r.integer("generation", Need::optional, 0, 20))
                c.generation = static_cast<int>(*generation);
            if (const auto dies = read_position(r, doc, "dies_at"))
                c.dies_at = *dies;
            for (const std::string& tptr : r.object_list("traits", Need::optional)) {
                FieldReader t(doc, tptr, diag_);
                core::Trait trait;
                trait.text = t.text("text", Need::required).value_or("");
                trait.with = t.text_list("with", Need::optional, kMaxNameLength);
                for (std::size_t i = 0; i < trait.with.size(); ++i) {
                    character_ref(doc, t.member("with") + '/' + std::to_string(i), trait.with[i]);
                }
                read_provenance(t, doc, trait, true);
                t.finish();
                c.traits.push_back(std::move(trait));
            }
            read_provenance(r, doc, c);
            // Without "spoils", a character is introduced by the first event naming them.
            const bool introduced = r.has("spoils") && c.spoils >= 0;
            if (!introduced)
                c.spoils = kUnknownSpoils;
            r.finish();
            if (!name)
                continue;
            c.name = *name;
            c.id = id.value_or(*name);
            c.gender = gender ? *core::gender_from_string(*gender) : core::Gender::unknown;
            const std::string where = r.member(id ? "id" : "name");
            if (const auto dup = seen.find(c.id); dup != seen.end()) {
                duplicate(doc, where, "character \"" + c.id + "\"", dup->second);
                continue;
            }
            seen.emplace(c.id, where);
            character_pointers_.push_back({&doc, ptr, c.id});
            pack_.characters.push_back(std::move(c));
        }

        std::vector<std::string> kinds;
        for (const core::RelationKind k : core::all_relation_kinds()) {
            kinds.emplace_back(core::to_string(k));
        }
        for (const std::string& ptr : top.object_list("relations", Need::optional)) {
            FieldReader r(doc, ptr, diag_);
            core::Relation rel;
            const auto who = r.text("who", Need::required, kMaxNameLength);
            const auto kind = r.choice("is", Need::required, kinds);
            const auto of = r.text("of", Need::required, kMaxNameLength);
            read_provenance(r, doc, rel);
            r.finish();
            if (!who || !kind || !of)
                continue;
            character_ref(doc, r.member("who"), *who);
            character_ref(doc, r.member("of"), *of);
            rel.from = *who;
            rel.kind = *core::relation_from_string(*kind);
            rel.to = *of;
            relation_pointers_.push_back({&doc, ptr, ""});
            pack_.relations.push_back(std::move(rel));
        }
        top.finish();
    }

    void read_cast(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        std::map<int, std::string> billings;
        std::map<std::string, std::string> rows;
        for (const std::string& ptr : top.object_list("cast", Need::required)) {
            FieldReader r(doc, ptr, diag_);
            core::CastMember m;
            const auto actor = r.text("actor", Need::required, kMaxNameLength);
            const auto character = r.text("character", Need::optional, kMaxNameLength);
            const auto role = r.text("role", Need::optional, kMaxNameLength);
            const auto billing = r.integer("billing", Need::required, 1, 10000);
            m.known_for = r.text_list("known_for", Need::optional, kMaxNameLength);
            if (const auto g = r.choice("gender", Need::optional, {"female", "male", "unknown"}))
                m.gender = *core::gender_from_string(*g);
            read_provenance(r, doc, m);
            r.finish();
            if (!character && !role && r.valid()) {
                r.error_here(
                    "a cast row needs either \"character\" (a character's name) or "
                    "\"role\" (a description such as \"a wig maker\")");
            }
            if (character && role) {
                r.error_at("role", "give either \"character\" or \"role\", not both");
            }
            if (!actor || !billing)
                continue;
            if (character)
                character_ref(doc, r.member("character"), *character);
            const int b = static_cast<int>(*billing);
            if (const auto dup = billings.find(b); dup != billings.end()) {
                duplicate(doc, r.member("billing"), "billing " + std::to_string(b), dup->second);
            } else {
                billings.emplace(b, r.member("billing"));
            }
            const std::string key = *actor + '\n' + character.value_or(role.value_or(""));
            if (const auto dup = rows.find(key); dup != rows.end()) {
                duplicate(doc, r.member("actor"), "cast row for " + *actor, dup->second);
                continue;
            }
            rows.emplace(key, r.member("actor"));
            m.actor = *actor;
            m.character = character.value_or("");
            m.role = role.value_or("");
            m.billing = b;
            pack_.cast.push_back(std::move(m));
        }
        std::map<int, std::string> orders;
        for (const std::string& ptr : top.object_list("casting_history", Need::optional)) {
            FieldReader r(doc, ptr, diag_);
            core::CastingNote note;
            const auto actor = r.text("actor", Need::required, kMaxNameLength);
            const auto outcome =
                r.choice("outcome", Need::required,
                         {"dropped_out", "switched_role", "replaced", "recast", "turned_down"});
            const auto order = r.integer("order", Need::optional, 1, 1000);
            const auto first_role = r.text("first_role", Need::optional, kMaxNameLength);
            const auto role = r.text("role", Need::optional, kMaxNameLength);
            const auto replaced_by = r.text("replaced_by", Need::optional, kMaxNameLength);
            note.detail = r.text("detail", Need::optional).value_or("");
            if (const auto g = r.choice("gender", Need::optional, {"female", "male", "unknown"}))
                note.gender = *core::gender_from_string(*g);
            read_provenance(r, doc, note);
            r.finish();
            if (!actor || !outcome)
                continue;
            note.actor = *actor;
            note.outcome = *core::casting_outcome_from_string(*outcome);
            if (note.outcome == core::CastingOutcome::switched_role && !first_role) {
                r.error_here(
                    "missing required field \"first_role\" (an actor who switched "
                    "roles was first cast as someone else)");
            }
            if (first_role) {
                character_ref(doc, r.member("first_role"), *first_role);
                note.first_role = *first_role;
            }
            if (role) {
                character_ref(doc, r.member("role"), *role);
                note.role = *role;
            }
            const bool needs_successor = note.outcome == core::CastingOutcome::replaced ||
                                         note.outcome == core::CastingOutcome::recast;
            if (needs_successor && !replaced_by) {
                r.error_here(
                    "missing required field \"replaced_by\" (the actor in the cast list who "
                    "took over the part)");
            }
            if (replaced_by) {
                actor_refs_.push_back({&doc, r.member("replaced_by"), *replaced_by});
                note.replaced_by = *replaced_by;
            }
            if (order) {
                note.order = static_cast<int>(*order);
                if (const auto dup = orders.find(note.order); dup != orders.end()) {
                    duplicate(doc, r.member("order"), "order " + std::to_string(note.order),
                              dup->second);
                } else {
                    orders.emplace(note.order, r.member("order"));
                }
            }
            casting_pointers_.push_back({&doc, ptr, note.actor});
            pack_.casting.push_back(std::move(note));
        }
        top.finish();
    }

    void read_plot(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        std::map<int, std::string> positions;
        int previous = 0;
        for (const std::string& ptr : top.object_list("events", Need::required)) {
            FieldReader r(doc, ptr, diag_);
            core::PlotEvent e;
            const auto position = r.integer("position", Need::required, 1, 10000);
            e.subjects = r.text_list("who", Need::required, kMaxNameLength);
            const auto action = r.text("action", Need::required);
            e.with = r.text_list("with", Need::optional, kMaxNameLength);
            e.during = r.integer_list("during", Need::optional, 1, 10000);
            e.sex_specific = r.flag("sex_specific", Need::optional).value_or(false);
            e.title = r.text("title", Need::optional, kMaxSceneTitleLength).value_or("");
            read_provenance(r, doc, e);
            r.finish();
            if (r.has("who") && e.subjects.empty() &&
                doc.root().at(nlohmann::json::json_pointer(r.member("who"))).is_array()) {
                r.error_at("who", "an event needs at least one character who acts");
            }
            for (std::size_t i = 0; i < e.subjects.size(); ++i) {
                character_ref(doc, r.member("who") + '/' + std::to_string(i), e.subjects[i]);
            }
            for (std::size_t i = 0; i < e.with.size(); ++i) {
                character_ref(doc, r.member("with") + '/' + std::to_string(i), e.with[i]);
                if (std::find(e.subjects.begin(), e.subjects.end(), e.with[i]) !=
                    e.subjects.end()) {
                    error(doc, r.member("with") + '/' + std::to_string(i),
                          "\"" + e.with[i] + "\" is already in \"who\"");
                }
            }
            if (!position || !action)
                continue;
            e.position = static_cast<int>(*position);
            e.action = *action;
            if (const auto dup = positions.find(e.position); dup != positions.end()) {
                duplicate(doc, r.member("position"), "position " + std::to_string(e.position),
                          dup->second);
                continue;
            }
            positions.emplace(e.position, r.member("position"));
            if (e.position < previous) {
                error(doc, r.member("position"),
                      "position " + std::to_string(e.position) + " comes after position " +
                          std::to_string(previous) + ": list events in story order");
            }
            previous = std::max(previous, e.position);
            event_pointers_.push_back({&doc, ptr, ""});
            pack_.plot.push_back(std::move(e));
        }
        top.finish();
    }

    void read_quotes(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        std::map<std::string, std::string> ids;
        std::map<std::string, std::string> texts;
        for (const std::string& ptr : top.object_list("quotes", Need::required)) {
            FieldReader r(doc, ptr, diag_);
            core::Quote q;
            const auto id = r.text("id", Need::required, kMaxNameLength);
            const auto text = r.text("text", Need::required);
            const auto speaker = r.text("speaker", Need::required, kMaxNameLength);
            q.speaker_label = r.text("speaker_label", Need::optional, kMaxNameLength).value_or("");
            read_provenance(r, doc, q, true);
            r.finish();
            if (!id || !text || !speaker)
                continue;
            character_ref(doc, r.member("speaker"), *speaker);
            if (const auto dup = ids.find(*id); dup != ids.end()) {
                duplicate(doc, r.member("id"), "quote id \"" + *id + "\"", dup->second);
                continue;
            }
            ids.emplace(*id, r.member("id"));
            const std::string key = core::fold_for_matching(*text);
            if (const auto dup = texts.find(key); dup != texts.end()) {
                duplicate(doc, r.member("text"), "quote", dup->second);
                continue;
            }
            texts.emplace(key, r.member("text"));
            q.id = *id;
            q.text = *text;
            q.speaker = *speaker;
            pack_.quotes.push_back(std::move(q));
        }
        top.finish();
    }

    void read_trivia(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        std::map<std::string, std::string> ids;
        for (const std::string& ptr : top.object_list("claims", Need::required)) {
            FieldReader r(doc, ptr, diag_);
            core::Claim c;
            const auto id = r.text("id", Need::required, kMaxNameLength);
            const auto kind =
                r.choice("kind", Need::required, {"production", "casting", "scene", "other"});
            const auto text = r.text("text", Need::required);
            const auto truth =
                r.choice("truth", Need::required, {"true", "false", "disputed", "unverified"});
            c.correction = r.text("correction", Need::optional, 300).value_or("");
            c.correction_spoils =
                read_position(r, doc, "correction_spoils").value_or(kUnknownSpoils);
            c.detail = r.text("detail", Need::optional, 300).value_or("");
            c.refuted_by = r.text_list("refuted_by", Need::optional, kMaxNameLength);
            for (std::size_t i = 0; i < c.refuted_by.size(); ++i) {
                source_refs_.push_back(
                    {&doc, r.member("refuted_by") + '/' + std::to_string(i), c.refuted_by[i]});
            }
            read_provenance(r, doc, c, true);
            r.finish();
            if (!id || !kind || !text || !truth)
                continue;
            if (const auto dup = ids.find(*id); dup != ids.end()) {
                duplicate(doc, r.member("id"), "claim id \"" + *id + "\"", dup->second);
                continue;
            }
            ids.emplace(*id, r.member("id"));
            c.id = *id;
            c.kind = *kind;
            c.text = *text;
            c.truth = *core::truth_from_string(*truth);
            claim_pointers_.push_back({&doc, ptr, c.id});
            pack_.claims.push_back(std::move(c));
        }
        top.finish();
    }

    void read_soundtrack(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        std::map<std::string, std::string> seen;
        for (const std::string& ptr : top.object_list("songs", Need::required)) {
            FieldReader r(doc, ptr, diag_);
            core::Song s;
            const auto title = r.text("title", Need::required, kMaxNameLength);
            const auto artist = r.text("artist", Need::required, kMaxNameLength);
            s.usage = r.text("usage", Need::optional).value_or("");
            s.artist_plural = r.flag("artist_plural", Need::optional);
            read_provenance(r, doc, s, true);
            r.finish();
            if (!title || !artist)
                continue;
            const std::string key = core::fold_for_matching(*title + '\n' + *artist);
            if (const auto dup = seen.find(key); dup != seen.end()) {
                duplicate(doc, r.member("title"), "song \"" + *title + "\"", dup->second);
                continue;
            }
            seen.emplace(key, r.member("title"));
            s.title = *title;
            s.artist = *artist;
            pack_.songs.push_back(std::move(s));
        }
        top.finish();
    }

    void read_decoys(const JsonDocument& doc) {
        FieldReader top(doc, "", diag_);
        top.text("note", Need::optional, 400);
        if (const auto ptr = top.object("decoys", Need::required)) {
            FieldReader r(doc, *ptr, diag_);
            for (const char* kind :
                 {"festival", "medium", "country", "genre", "broadcaster", "location"}) {
                std::vector<std::string> values = r.text_list(kind, Need::optional, kMaxNameLength);
                if (!values.empty())
                    pack_.decoys[kind] = std::move(values);
                decoys_doc_ = &doc;
            }
            r.finish();
        }
        top.finish();
    }

    // --- checks across files ----------------------------------------------------------

    void error(const JsonDocument& doc, const std::string& pointer, std::string message) {
        diag_.error(doc.file(), doc.position_of(pointer), pointer, std::move(message));
    }

    void duplicate(const JsonDocument& doc, const std::string& pointer, const std::string& what,
                   const std::string& first_pointer) {
        const TextPosition first = doc.position_of(first_pointer);
        error(doc, pointer,
              "duplicate " + what + " (first at line " + std::to_string(first.line) + ", " +
                  first_pointer + ")");
    }

    void resolve_references() {
        std::vector<std::string> source_ids;
        for (const auto& s : pack_.sources)
            source_ids.push_back(s.id);
        const bool sources_loaded = !source_ids.empty();
        for (const Reference& ref : source_refs_) {
            if (!sources_loaded)
                break;  // sources.json itself is broken; said already
            if (pack_.source(ref.value) != nullptr)
                continue;
            error(*ref.doc, ref.pointer,
                  unknown("source", ref.value, source_ids) + " (declare it in sources.json)");
        }

        // Hash sets, not scans: a long series' pack holds thousands of references.
        std::vector<std::string> character_ids;
        for (const auto& c : pack_.characters)
            character_ids.push_back(c.id);
        const std::unordered_set<std::string> known_characters(character_ids.begin(),
                                                               character_ids.end());
        for (const Reference& ref : character_refs_) {
            if (character_ids.empty())
                break;
            if (known_characters.count(ref.value) > 0)
                continue;
            error(*ref.doc, ref.pointer, unknown("character", ref.value, character_ids));
        }

        std::vector<std::string> actors;
        for (const auto& m : pack_.cast)
            actors.push_back(m.actor);
        const std::unordered_set<std::string> known_actors(actors.begin(), actors.end());
        for (const Reference& ref : actor_refs_) {
            if (known_actors.count(ref.value) > 0)
                continue;
            error(*ref.doc, ref.pointer,
                  unknown("actor", ref.value, actors) +
                      " (an actor who took over a role must be in the "
                      "cast list)");
        }

        const int last = pack_.last_position();
        for (const SpoilerReference& ref : spoiler_refs_) {
            if (pack_.plot.empty() || ref.position <= last)
                continue;
            const bool spoils = ref.pointer.size() >= 7 &&
                                ref.pointer.compare(ref.pointer.size() - 7, 7, "/spoils") == 0;
            error(*ref.doc, ref.pointer,
                  std::string(spoils ? "spoils position " : "position ") +
                      std::to_string(ref.position) + ", but the plot ends at " +
                      std::to_string(last));
        }
    }

    // Story positions the files leave unknown become the end of the film; a character
    // without "spoils" is introduced by the first event that names them.
    void settle_positions() {
        const int last = pack_.last_position();
        std::unordered_map<std::string, int> first_named;
        for (const core::PlotEvent& e : pack_.plot) {
            for (const auto* list : {&e.subjects, &e.with}) {
                for (const std::string& id : *list)
                    first_named.emplace(id, e.position);
            }
        }
        auto settle = [&](int& spoils) {
            if (spoils == kUnknownSpoils)
                spoils = last;
        };
        for (std::size_t i = 0; i < pack_.characters.size(); ++i) {
            core::Character& c = pack_.characters[i];
            const auto named = first_named.find(c.id);
            if (c.spoils == kUnknownSpoils) {
                c.spoils = named != first_named.end() ? named->second : last;
            } else if (named != first_named.end() && c.spoils > named->second && c.spoils <= last &&
                       i < character_pointers_.size()) {
                const Reference& at = character_pointers_[i];
                error(*at.doc, at.pointer + "/spoils",
                      c.name + " is in the plot at position " + std::to_string(named->second) +
                          ", before the spoils position " + std::to_string(c.spoils) +
                          " given here");
            }
            for (core::Trait& t : c.traits)
                settle(t.spoils);
        }
        for (core::Quote& q : pack_.quotes)
            settle(q.spoils);
        for (core::Claim& c : pack_.claims) {
            settle(c.spoils);
            if (c.correction.empty())
                c.correction_spoils = 0;
            settle(c.correction_spoils);
        }
        for (core::Song& s : pack_.songs)
            settle(s.spoils);
    }

    static std::string unknown(const std::string& what, const std::string& value,
                               const std::vector<std::string>& candidates) {
        std::string message = "unknown " + what + " \"" + value + "\"";
        if (const auto hint = core::did_you_mean(value, candidates)) {
            message += " (did you mean \"" + *hint + "\"?)";
        }
        return message;
    }

    void check_consistency() {
        settle_positions();
        check_plot();
        check_traits();
        check_relations();
        check_casting();
        check_claims();
        check_decoys();
    }

    void check_plot() {
        std::unordered_map<int, std::size_t> at_position;
        for (std::size_t i = 0; i < pack_.plot.size(); ++i)
            at_position.emplace(pack_.plot[i].position, i);
        core::NameIndex names;
        for (std::size_t i = 0; i < pack_.characters.size(); ++i) {
            names.add(pack_.characters[i].name, i);
            for (const std::string& alias : pack_.characters[i].aliases)
                names.add(alias, i);
        }
        for (std::size_t i = 0; i < pack_.plot.size() && i < event_pointers_.size(); ++i) {
            const core::PlotEvent& e = pack_.plot[i];
            const Reference& at = event_pointers_[i];
            for (std::size_t k = 0; k < e.during.size(); ++k) {
                const std::string ptr = at.pointer + "/during/" + std::to_string(k);
                if (e.during[k] == e.position) {
                    error(*at.doc, ptr, "an event cannot be during itself");
                } else if (at_position.count(e.during[k]) == 0) {
                    error(*at.doc, ptr, "no event at position " + std::to_string(e.during[k]));
                }
            }
            // Whom an action or a scene's title names is what it gives away: they must be
            // listed.
            for (const auto& [field, text] :
                 {std::pair<std::string, const std::string*>{"action", &e.action},
                  std::pair<std::string, const std::string*>{"title", &e.title}}) {
                std::set<std::string> reported;
                names.scan(*text, [&](std::size_t c) {
                    const std::string& id = pack_.characters[c].id;
                    const bool listed =
                        std::find(e.subjects.begin(), e.subjects.end(), id) != e.subjects.end() ||
                        std::find(e.with.begin(), e.with.end(), id) != e.with.end();
                    if (!listed && reported.insert(id).second) {
                        error(*at.doc, at.pointer + "/" + field,
                              "the " + field + " names \"" + pack_.characters[c].name +
                                  "\", who is not in \"who\" or \"with\"");
                    }
                });
            }
        }
        for (std::size_t c = 0; c < pack_.characters.size(); ++c) {
            const core::Character& ch = pack_.characters[c];
            if (ch.dies_at == 0 || c >= character_pointers_.size())
                continue;
            const Reference& at = character_pointers_[c];
            if (at_position.count(ch.dies_at) == 0) {
                if (ch.dies_at <= pack_.last_position())
                    error(*at.doc, at.pointer + "/dies_at",
                          "no event at position " + std::to_string(ch.dies_at));
                continue;
            }
            for (std::size_t i = 0; i < pack_.plot.size() && i < event_pointers_.size(); ++i) {
                const core::PlotEvent& e = pack_.plot[i];
                if (e.position <= ch.dies_at)
                    continue;
                for (std::size_t k = 0; k < e.subjects.size(); ++k) {
                    if (e.subjects[k] != ch.id)
                        continue;
                    error(*event_pointers_[i].doc,
                          event_pointers_[i].pointer + "/who/" + std::to_string(k),
                          ch.name + " dies at position " + std::to_string(ch.dies_at) +
                              " and cannot act at position " + std::to_string(e.position));
                }
            }
        }
    }

    void check_traits() {
        for (std::size_t c = 0; c < pack_.characters.size() && c < character_pointers_.size();
             ++c) {
            const core::Character& ch = pack_.characters[c];
            for (std::size_t t = 0; t < ch.traits.size(); ++t) {
                const auto& with = ch.traits[t].with;
                for (std::size_t k = 0; k < with.size(); ++k) {
                    if (with[k] != ch.id)
                        continue;
                    const Reference& at = character_pointers_[c];
                    error(
                        *at.doc,
                        at.pointer + "/traits/" + std::to_string(t) + "/with/" + std::to_string(k),
                        "\"" + with[k] + "\" is the character the trait belongs to");
                }
            }
        }
    }

    void check_relations() {
        std::set<std::tuple<std::string, core::RelationKind, std::string>> seen;
        for (std::size_t i = 0; i < pack_.relations.size(); ++i) {
            const core::Relation& rel = pack_.relations[i];
            const Reference& at = relation_pointers_[i];
            if (rel.from == rel.to) {
                error(*at.doc, at.pointer + "/of", "a character cannot be related to themself");
            }
            if (!seen.insert({rel.from, rel.kind, rel.to}).second) {
                error(*at.doc, at.pointer,
                      "duplicate relation: " + rel.from + " is " + rel.to + "'s " +
                          std::string(core::relation_word(rel.kind)));
            }
            const core::Character* who = pack_.character(rel.from);
            const core::Gender implied = core::implied_gender(rel.kind);
            if (who != nullptr && implied != core::Gender::unknown &&
                who->gender != core::Gender::unknown && who->gender != implied) {
                // Built by appending: GCC 12 warns falsely (-Wrestrict) on "lit" + string.
                std::string message = "\"";
                message.append(core::to_string(rel.kind))
                    .append("\" does not fit ")
                    .append(who->name)
                    .append(", who is ")
                    .append(core::to_string(who->gender));
                error(*at.doc, at.pointer + "/is", std::move(message));
            }
            const core::Character* of = pack_.character(rel.to);
            const auto gap = core::generation_gap(rel.kind);
            if (who != nullptr && of != nullptr && gap && who->generation && of->generation &&
                *who->generation - *of->generation != *gap) {
                const std::string how = *gap == 0  ? "the same as"
                                        : *gap < 0 ? std::to_string(-*gap) + " less than"
                                                   : std::to_string(*gap) + " more than";
                error(*at.doc, at.pointer + "/is",
                      "\"" + std::string(core::to_string(rel.kind)) + "\" needs " + who->name +
                          "'s generation to be " + how + " " + of->name + "'s (they are " +
                          std::to_string(*who->generation) + " and " +
                          std::to_string(*of->generation) + ")");
            }
        }
    }

    void check_casting() {
        for (std::size_t i = 0; i < pack_.casting.size(); ++i) {
            const core::CastingNote& note = pack_.casting[i];
            const Reference& at = casting_pointers_[i];
            const auto in_cast = std::find_if(pack_.cast.begin(), pack_.cast.end(),
                                              [&](const auto& m) { return m.actor == note.actor; });
            const bool left = note.outcome == core::CastingOutcome::dropped_out ||
                              note.outcome == core::CastingOutcome::replaced ||
                              note.outcome == core::CastingOutcome::recast;
            if (left && in_cast != pack_.cast.end()) {
                const std::string what =
                    note.outcome == core::CastingOutcome::dropped_out ? "dropped out"
                    : note.outcome == core::CastingOutcome::replaced  ? "was replaced"
                                                                      : "was recast";
                error(*at.doc, at.pointer + "/outcome",
                      note.actor + " " + what + " but is in the cast list");
            }
            // Turning a part down does not keep an actor out of the film, only out of it.
            if (note.outcome == core::CastingOutcome::turned_down && in_cast != pack_.cast.end() &&
                !note.role.empty() && in_cast->character == note.role) {
                error(*at.doc, at.pointer + "/role",
                      note.actor + " plays " + note.role + " in the end, so did not turn it down");
            }
            if (!note.role.empty() && !note.replaced_by.empty() &&
                pack_.character(note.role) != nullptr) {
                const auto successor =
                    std::find_if(pack_.cast.begin(), pack_.cast.end(),
                                 [&](const auto& m) { return m.actor == note.replaced_by; });
                if (successor != pack_.cast.end() && successor->character != note.role) {
                    error(*at.doc, at.pointer + "/replaced_by",
                          note.replaced_by + " plays " +
                              (successor->character.empty() ? successor->role
                                                            : successor->character) +
                              ", not " + note.role + ", so did not take over this part");
                }
            }
            if (note.outcome == core::CastingOutcome::switched_role) {
                if (in_cast == pack_.cast.end()) {
                    error(*at.doc, at.pointer + "/actor",
                          note.actor + " switched roles but is not in the cast list");
                } else if (in_cast->character == note.first_role) {
                    error(*at.doc, at.pointer + "/first_role",
                          note.actor + " plays " + note.first_role +
                              " in the end, so this is not a switch");
                }
            }
            if (note.replaced_by == note.actor && !note.actor.empty()) {
                error(*at.doc, at.pointer + "/replaced_by", "an actor cannot replace themself");
            }
        }
    }

    void check_claims() {
        for (std::size_t i = 0; i < pack_.claims.size(); ++i) {
            const core::Claim& c = pack_.claims[i];
            const Reference& at = claim_pointers_[i];
            const core::Reliability support = core::strongest(pack_, c.sources);
            const core::Reliability against = core::strongest(pack_, c.refuted_by);
            const bool refuted = !c.refuted_by.empty();
            switch (c.truth) {
                case core::Truth::true_:
                    if (refuted) {
                        error(*at.doc, at.pointer + "/truth",
                              "a claim that a source contradicts cannot be \"true\" (use "
                              "\"false\" or \"disputed\")");
                    } else if (support < core::Reliability::good) {
                        error(*at.doc, at.pointer + "/truth",
                              "only low-reliability sources support this claim: mark it "
                              "\"unverified\"");
                    }
                    break;
                case core::Truth::false_:
                    if (!refuted) {
                        error(*at.doc, at.pointer,
                              "missing required field \"refuted_by\" (the sources that show "
                              "the claim is false)");
                    } else if (against <= support) {
                        error(*at.doc, at.pointer + "/truth",
                              "the sources against this claim are no stronger than the ones "
                              "for it: mark it \"disputed\"");
                    }
                    if (c.correction.empty()) {
                        error(*at.doc, at.pointer,
                              "missing required field \"correction\" (what is true instead)");
                    }
                    break;
                case core::Truth::disputed:
                    if (!refuted) {
                        error(*at.doc, at.pointer,
                              "missing required field \"refuted_by\" (the sources that "
                              "dispute the claim)");
                    }
                    break;
                case core::Truth::unverified:
                    if (refuted) {
                        error(*at.doc, at.pointer + "/truth",
                              "a claim that a source contradicts is \"false\" or \"disputed\", "
                              "not \"unverified\"");
                    } else if (support >= core::Reliability::good) {
                        diag_.warning(at.doc->file(), at.doc->position_of(at.pointer + "/truth"),
                                      at.pointer + "/truth",
                                      "a good source supports this claim: it could be "
                                      "\"true\"");
                    }
                    break;
            }
        }
    }

    void check_decoys() {
        if (decoys_doc_ == nullptr)
            return;
        const core::Film& film = pack_.film;
        std::map<std::string, std::vector<std::string>> truths{
            {"country", {film.country.value}},
            {"genre", {film.genre.value}},
            {"festival", {film.premiere ? film.premiere->festival : ""}},
            {"medium", {film.based_on ? film.based_on->medium : ""}},
            {"broadcaster", {film.based_on ? film.based_on->broadcaster : ""}},
            {"location", {}},
        };
        for (const auto& place : film.shooting_locations)
            truths["location"].push_back(place.value);
        // A genre decoy is a neighbour of the film's genre: it shares a word with it, so
        // "Western" never sits next to "romantic comedy-drama".
        auto genre_words = [](const std::string& genre) {
            std::set<std::string> out;
            std::string word;
            for (const char c : core::fold_for_matching(genre) + " ") {
                if (c == ' ' || c == '-') {
                    if (word.size() >= 4)
                        out.insert(word);
                    word.clear();
                } else {
                    word += c;
                }
            }
            return out;
        };
        const std::set<std::string> film_genre = genre_words(film.genre.value);
        for (const auto& [kind, values] : pack_.decoys) {
            std::set<std::string> seen;
            for (std::size_t i = 0; i < values.size(); ++i) {
                const std::string key = core::fold_for_matching(values[i]);
                const std::string ptr = "/decoys/" + kind + "/" + std::to_string(i);
                for (const std::string& truth : truths[kind]) {
                    if (!truth.empty() && key == core::fold_for_matching(truth)) {
                        error(*decoys_doc_, ptr,
                              "decoy \"" + values[i] + "\" is the right answer for " + kind);
                    }
                }
                if (!seen.insert(key).second) {
                    error(*decoys_doc_, ptr, "duplicate decoy \"" + values[i] + "\"");
                }
                if (kind == "genre" && !film_genre.empty()) {
                    const std::set<std::string> words = genre_words(values[i]);
                    const bool neighbour =
                        std::any_of(words.begin(), words.end(),
                                    [&](const std::string& w) { return film_genre.count(w) > 0; });
                    if (!neighbour) {
                        std::vector<std::string> quoted;
                        for (const std::string& w : film_genre)
                            quoted.push_back("\"" + w + "\"");
                        error(*decoys_doc_, ptr,
                              "decoy \"" + values[i] + "\" is not a neighbour of the genre \"" +
                                  film.genre.value + "\": share a word with it (" +
                                  core::join(quoted, ", ") + ")");
                    }
                }
            }
        }
    }

    const PackFiles& files_;
    std::string display_;
    JsonLimits limits_;
    Diagnostics& diag_;
    int threads_ = 0;
    std::deque<JsonDocument> docs_;  // deque: references to documents stay valid
    core::Pack pack_;
    std::vector<Reference> source_refs_;
    std::vector<Reference> character_refs_;
    std::vector<Reference> actor_refs_;
    std::vector<SpoilerReference> spoiler_refs_;
    std::vector<Reference> relation_pointers_;
    std::vector<Reference> casting_pointers_;
    std::vector<Reference> character_pointers_;  // one per pack_.characters entry
    std::vector<Reference> event_pointers_;      // one per pack_.plot entry
    std::vector<Reference> claim_pointers_;
    const JsonDocument* decoys_doc_ = nullptr;
};

}  // namespace

PackLoad load_pack(const std::filesystem::path& dir, const std::string& display_dir,
                   const JsonLimits& limits, int threads) {
    PackLoad result;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        result.diagnostics.error(
            display_dir, {0, 0}, "",
            std::filesystem::exists(dir, ec) ? "not a folder" : "no such folder");
        return result;
    }
    const FolderFiles files(dir);
    result.pack = Loader(files, display_dir, limits, result.diagnostics, threads).run();
    return result;
}

PackLoad load_pack_from_memory(const std::map<std::string, std::string>& files,
                               const std::string& display_dir, const JsonLimits& limits,
                               int threads) {
    PackLoad result;
    const MemoryFiles memory(files);
    result.pack = Loader(memory, display_dir, limits, result.diagnostics, threads).run();
    return result;
}

std::vector<std::filesystem::path> list_packs(const std::filesystem::path& questions_dir) {
    std::vector<std::filesystem::path> packs;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(questions_dir, ec)) {
        if (entry.is_directory(ec) && std::filesystem::exists(std::filesystem::symlink_status(
                                          entry.path() / "pack.json", ec))) {
            packs.push_back(entry.path());
        }
    }
    std::sort(packs.begin(), packs.end());
    return packs;
}

}  // namespace filmquiz::content
