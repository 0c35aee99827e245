#include "core/pack.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace filmquiz::core {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N>& table,
                           std::string_view s) {
    for (const auto& [value, name] : table) {
        if (name == s)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table,
                         Enum value) {
    for (const auto& [v, name] : table) {
        if (v == value)
            return name;
    }
    return "?";
}

constexpr std::array<std::pair<Reliability, std::string_view>, 3> kReliability{{
    {Reliability::low, "low"},
    {Reliability::good, "good"},
    {Reliability::high, "high"},
}};

constexpr std::array<std::pair<Gender, std::string_view>, 3> kGender{{
    {Gender::unknown, "unknown"},
    {Gender::female, "female"},
    {Gender::male, "male"},
}};

constexpr std::array<std::pair<RelationKind, std::string_view>, 16> kRelation{{
    {RelationKind::husband, "husband"},
    {RelationKind::wife, "wife"},
    {RelationKind::mother, "mother"},
    {RelationKind::father, "father"},
    {RelationKind::daughter, "daughter"},
    {RelationKind::son, "son"},
    {RelationKind::best_friend, "best_friend"},
    {RelationKind::sister, "sister"},
    {RelationKind::brother, "brother"},
    {RelationKind::grandmother, "grandmother"},
    {RelationKind::grandfather, "grandfather"},
    {RelationKind::granddaughter, "granddaughter"},
    {RelationKind::grandson, "grandson"},
    {RelationKind::friend_, "friend"},
    {RelationKind::colleague, "colleague"},
    {RelationKind::neighbour, "neighbour"},
}};

constexpr std::array<std::pair<CastingOutcome, std::string_view>, 5> kOutcome{{
    {CastingOutcome::dropped_out, "dropped_out"},
    {CastingOutcome::switched_role, "switched_role"},
    {CastingOutcome::replaced, "replaced"},
    {CastingOutcome::recast, "recast"},
    {CastingOutcome::turned_down, "turned_down"},
}};

constexpr std::array<std::pair<CrewRole, std::string_view>, 9> kCrewRole{{
    {CrewRole::director, "director"},
    {CrewRole::screenwriter, "screenwriter"},
    {CrewRole::producer, "producer"},
    {CrewRole::cinematographer, "cinematographer"},
    {CrewRole::editor, "editor"},
    {CrewRole::composer, "composer"},
    {CrewRole::production_designer, "production_designer"},
    {CrewRole::costume_designer, "costume_designer"},
    {CrewRole::hair_and_makeup, "hair_and_makeup"},
}};

constexpr std::array<std::pair<Truth, std::string_view>, 4> kTruth{{
    {Truth::true_, "true"},
    {Truth::false_, "false"},
    {Truth::disputed, "disputed"},
    {Truth::unverified, "unverified"},
}};

}  // namespace

std::string_view to_string(Reliability r) {
    return name_of(kReliability, r);
}
std::optional<Reliability> reliability_from_string(std::string_view s) {
    return lookup(kReliability, s);
}

std::string_view to_string(Gender g) {
    return name_of(kGender, g);
}
std::optional<Gender> gender_from_string(std::string_view s) {
    return lookup(kGender, s);
}

std::string_view to_string(RelationKind k) {
    return name_of(kRelation, k);
}
std::optional<RelationKind> relation_from_string(std::string_view s) {
    return lookup(kRelation, s);
}

const std::vector<RelationKind>& all_relation_kinds() {
    static const std::vector<RelationKind> kinds = [] {
        std::vector<RelationKind> v;
        for (const auto& entry : kRelation)
            v.push_back(entry.first);
        return v;
    }();
    return kinds;
}

std::string_view relation_word(RelationKind k) {
    return k == RelationKind::best_friend ? "best friend" : to_string(k);
}

std::optional<RelationKind> inverse(RelationKind k, Gender other) {
    const bool female = other == Gender::female;
    const bool known = other != Gender::unknown;
    auto by_gender = [&](RelationKind woman, RelationKind man) -> std::optional<RelationKind> {
        if (!known)
            return std::nullopt;
        return female ? woman : man;
    };
    switch (k) {
        case RelationKind::husband:
        case RelationKind::wife:
            return by_gender(RelationKind::wife, RelationKind::husband);
        case RelationKind::mother:
        case RelationKind::father:
            return by_gender(RelationKind::daughter, RelationKind::son);
        case RelationKind::daughter:
        case RelationKind::son:
            return by_gender(RelationKind::mother, RelationKind::father);
        case RelationKind::sister:
        case RelationKind::brother:
            return by_gender(RelationKind::sister, RelationKind::brother);
        case RelationKind::grandmother:
        case RelationKind::grandfather:
            return by_gender(RelationKind::granddaughter, RelationKind::grandson);
        case RelationKind::granddaughter:
        case RelationKind::grandson:
            return by_gender(RelationKind::grandmother, RelationKind::grandfather);
        case RelationKind::best_friend:
        case RelationKind::friend_:
        case RelationKind::colleague:
        case RelationKind::neighbour:
            return k;
    }
    return std::nullopt;
}

Gender implied_gender(RelationKind k) {
    switch (k) {
        case RelationKind::wife:
        case RelationKind::mother:
        case RelationKind::daughter:
        case RelationKind::sister:
        case RelationKind::grandmother:
        case RelationKind::granddaughter:
            return Gender::female;
        case RelationKind::husband:
        case RelationKind::father:
        case RelationKind::son:
        case RelationKind::brother:
        case RelationKind::grandfather:
        case RelationKind::grandson:
            return Gender::male;
        case RelationKind::best_friend:
        case RelationKind::friend_:
        case RelationKind::colleague:
        case RelationKind::neighbour:
            return Gender::unknown;
    }
    return Gender::unknown;
}

std::optional<int> generation_gap(RelationKind k) {
    switch (k) {
        case RelationKind::mother:
        case RelationKind::father:
            return -1;
        case RelationKind::daughter:
        case RelationKind::son:
            return 1;
        case RelationKind::grandmother:
        case RelationKind::grandfather:
            return -2;
        case RelationKind::granddaughter:
        case RelationKind::grandson:
            return 2;
        case RelationKind::sister:
        case RelationKind::brother:
            return 0;
        default:
            return std::nullopt;
    }
}

std::string_view to_string(CastingOutcome o) {
    return name_of(kOutcome, o);
}
std::optional<CastingOutcome> casting_outcome_from_string(std::string_view s) {
    return lookup(kOutcome, s);
}

std::string_view to_string(CrewRole r) {
    return name_of(kCrewRole, r);
}
std::optional<CrewRole> crew_role_from_string(std::string_view s) {
    return lookup(kCrewRole, s);
}

const std::vector<CrewRole>& all_crew_roles() {
    static const std::vector<CrewRole> roles = [] {
        std::vector<CrewRole> v;
        for (const auto& entry : kCrewRole)
            v.push_back(entry.first);
        return v;
    }();
    return roles;
}

std::string_view crew_job(CrewRole r) {
    switch (r) {
        case CrewRole::director:
            return "director";
        case CrewRole::screenwriter:
            return "screenwriter";
        case CrewRole::producer:
            return "producer";
        case CrewRole::cinematographer:
            return "cinematographer";
        case CrewRole::editor:
            return "film editor";
        case CrewRole::composer:
            return "composer";
        case CrewRole::production_designer:
            return "production designer";
        case CrewRole::costume_designer:
            return "costume designer";
        case CrewRole::hair_and_makeup:
            return "hair and make-up designer";
    }
    return "?";
}

std::string_view to_string(Truth t) {
    return name_of(kTruth, t);
}
std::optional<Truth> truth_from_string(std::string_view s) {
    return lookup(kTruth, s);
}

const Character* Pack::character(std::string_view key) const {
    for (const Character& c : characters) {
        if (c.id == key)
            return &c;
    }
    return nullptr;
}

const Source* Pack::source(std::string_view key) const {
    for (const Source& s : sources) {
        if (s.id == key)
            return &s;
    }
    return nullptr;
}

const CastMember* Pack::cast_for(std::string_view character_id) const {
    for (const CastMember& m : cast) {
        if (m.character == character_id)
            return &m;
    }
    return nullptr;
}

const PlotEvent* Pack::event_at(int position) const {
    for (const PlotEvent& e : plot) {
        if (e.position == position)
            return &e;
    }
    return nullptr;
}

std::string Pack::name_of(std::string_view character_id) const {
    const Character* c = character(character_id);
    return c ? c->name : std::string(character_id);
}

int Pack::last_position() const {
    int last = 0;
    for (const PlotEvent& e : plot)
        last = std::max(last, e.position);
    return last;
}

Reliability strongest(const Pack& pack, const std::vector<std::string>& source_ids) {
    Reliability best = Reliability::low;
    for (const std::string& id : source_ids) {
        if (const Source* s = pack.source(id))
            best = std::max(best, s->reliability);
    }
    return best;
}

bool is_verified(const Pack& pack, const Provenance& fact) {
    return strongest(pack, fact.sources) >= Reliability::good;
}

std::string source_line(const Pack& pack, const std::vector<std::string>& source_ids) {
    std::string line;
    for (const std::string& id : source_ids) {
        const Source* s = pack.source(id);
        if (!line.empty())
            line += "; ";
        line += s ? s->title : id;
    }
    return line;
}

}  // namespace filmquiz::core
