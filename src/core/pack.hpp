// A film's content pack as plain data: every fact with the sources that support it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filmquiz::core {

// The pack format this build reads and writes.
inline constexpr int kPackFormat = 1;

enum class Reliability { low, good, high };
std::string_view to_string(Reliability r);
std::optional<Reliability> reliability_from_string(std::string_view s);

struct Source {
    std::string id;  // "seed:plot", "ref:credits"
    std::string title;
    std::string url;  // may be empty
    Reliability reliability = Reliability::low;
    std::string note;
    // How a prompt names a low-reliability source it rests on: "a fan site" gives
    // "According to a fan site, who says ...?".
    std::string cited_as;
};

// Where a fact comes from and how far into the story it gives things away.
struct Provenance {
    std::vector<std::string> sources;  // ids declared in sources.json
    // The plot position it reveals: the first scene it depends on. 0 = nothing. The loader
    // sets an unknown position (no "spoils" on a quote, claim, trait or song) to the end of
    // the film, and a character's to the first event that names them.
    int spoils = 0;
};

enum class Gender { unknown, female, male };
std::string_view to_string(Gender g);
std::optional<Gender> gender_from_string(std::string_view s);

struct Trait : Provenance {
    std::string text;               // completes "Which character ...?": "lives on a houseboat"
    std::vector<std::string> with;  // others it also fits (Jago shares the houseboat)
};

struct Character : Provenance {
    std::string id;  // lower-case key used by references: "milly"
    std::string name;
    std::vector<std::string> aliases;
    Gender gender = Gender::unknown;
    bool child = false;
    // Age group counted down a family tree (0 = the oldest); relations must agree with it.
    std::optional<int> generation;
    int dies_at = 0;  // plot position of the character's death; 0 = does not die
    std::vector<Trait> traits;
};

enum class RelationKind {
    husband,
    wife,
    mother,
    father,
    daughter,
    son,
    best_friend,
    sister,
    brother,
    grandmother,
    grandfather,
    granddaughter,
    grandson,
    friend_,
    colleague,
    neighbour
};
std::string_view to_string(RelationKind k);
std::optional<RelationKind> relation_from_string(std::string_view s);
const std::vector<RelationKind>& all_relation_kinds();
// "best friend"; the word used in prompts.
std::string_view relation_word(RelationKind k);
// The relation seen from the other side ("husband" -> "wife"), given the other's gender.
std::optional<RelationKind> inverse(RelationKind k, Gender other_gender);
// The gender a relation implies for the person who holds it, if any.
Gender implied_gender(RelationKind k);
// The holder's generation minus the other's ("mother" is -1), when the relation fixes it.
std::optional<int> generation_gap(RelationKind k);

// `from` is `to`'s `kind`: Kit is Milly's husband.
struct Relation : Provenance {
    std::string from;
    RelationKind kind = RelationKind::best_friend;
    std::string to;
};

struct CastMember : Provenance {
    std::string actor;
    std::string character;               // character id, or empty when the role has no name
    std::string role;                    // "a wig maker": describes an unnamed role
    Gender gender = Gender::unknown;     // the actor's; the character's when not given
    int billing = 0;                     // 1 = top billed
    std::vector<std::string> known_for;  // other work, for trivia
};

// dropped_out: left the film; switched_role: moved to another part; replaced: let go and
// replaced before filming; recast: filmed scenes that were reshot with another actor;
// turned_down: offered the part and said no.
enum class CastingOutcome { dropped_out, switched_role, replaced, recast, turned_down };
std::string_view to_string(CastingOutcome o);
std::optional<CastingOutcome> casting_outcome_from_string(std::string_view s);

// One step of how the film was cast, with actors who were not in the end.
struct CastingNote : Provenance {
    std::string actor;
    CastingOutcome outcome = CastingOutcome::dropped_out;
    int order = 0;            // 1 = first cast, when the sources give an order
    std::string first_role;   // character id first cast as (switched_role)
    std::string role;         // character id cast as or offered, when known
    std::string replaced_by;  // actor who took over
    std::string detail;       // "after production delays"
    Gender gender = Gender::unknown;
};

enum class CrewRole {
    director,
    screenwriter,
    producer,
    cinematographer,
    editor,
    composer,
    production_designer,
    costume_designer,
    hair_and_makeup
};
std::string_view to_string(CrewRole r);
std::optional<CrewRole> crew_role_from_string(std::string_view s);
const std::vector<CrewRole>& all_crew_roles();
// "the director", "the composer": the job as said in prompts.
std::string_view crew_job(CrewRole r);

struct CrewCredit : Provenance {
    CrewRole role = CrewRole::director;
    std::string name;
    std::vector<std::string> known_for;  // films also made, for trivia
    std::string note;
};

template <typename T>
struct Fact : Provenance {
    T value{};
};

struct Premiere : Provenance {
    std::string festival;
    std::string section;
    std::string date;  // ISO 8601
};

struct Release : Provenance {
    std::string region;
    std::string date;  // ISO 8601
};

struct BasedOn : Provenance {
    std::string title;
    std::string medium;  // "radio play"
    std::string author;
    std::string broadcaster;
    int year = 0;
};

struct Company : Provenance {
    std::string name;
    std::string role;  // "production", "distribution"
};

struct Film {
    Fact<std::string> title;
    Fact<int> year;
    Fact<int> running_time_minutes;
    Fact<double> box_office_usd_millions;
    Fact<std::string> country;
    Fact<std::string> language;
    Fact<std::string> genre;
    std::optional<Premiere> premiere;
    std::vector<Release> releases;
    std::optional<BasedOn> based_on;
    std::vector<Fact<std::string>> shooting_locations;
    std::vector<Company> companies;
    std::vector<CrewCredit> crew;
};

struct PlotEvent : Provenance {
    int position = 0;                   // story order; also what the event spoils
    std::vector<std::string> subjects;  // character ids doing the action
    std::string action;                 // "learns she has breast cancer"
    std::vector<std::string> with;      // other characters involved
    // Positions of events this one overlaps in time ("while", "meanwhile"), or that the
    // story does not order against it: never asked in order against each other.
    std::vector<int> during;
    bool sex_specific = false;  // only someone of the subject's sex could do it
    // The scene's short name, for saying how far a group has watched ("Milly’s
    // diagnosis"); empty when the pack gives none.
    std::string title;
};

struct Quote : Provenance {
    std::string id;
    std::string text;
    std::string speaker;        // character id
    std::string speaker_label;  // the name the source printed, if different
};

enum class Truth { true_, false_, disputed, unverified };
std::string_view to_string(Truth t);
std::optional<Truth> truth_from_string(std::string_view s);

// A statement about the film or its making; false ones carry what is right instead.
struct Claim : Provenance {
    std::string id;
    std::string kind;  // "production", "casting", "scene"
    std::string text;
    Truth truth = Truth::unverified;
    std::string correction;
    int correction_spoils = 0;            // what the correction reveals (end of film if unknown)
    std::vector<std::string> refuted_by;  // sources that contradict it
    std::string detail;                   // what a true claim's explanation adds
};

struct Song : Provenance {
    std::string title;
    std::string artist;
    std::string usage;  // how the film uses it
    // "The All-American Rejects perform"; guessed from the name when the pack does not say.
    std::optional<bool> artist_plural;
};

struct Pack {
    int format = kPackFormat;
    std::string id;
    int version = 1;
    std::string title;
    std::string description;
    std::vector<Source> sources;
    Film film;
    std::vector<Character> characters;
    std::vector<Relation> relations;
    std::vector<CastMember> cast;
    std::vector<CastingNote> casting;
    std::vector<PlotEvent> plot;
    std::vector<Quote> quotes;
    std::vector<Claim> claims;
    std::vector<Song> songs;
    // Plausible wrong answers by kind ("festival", "medium"): not facts, never asked as true.
    std::map<std::string, std::vector<std::string>> decoys;

    const Character* character(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const CastMember* cast_for(std::string_view character_id) const;
    const PlotEvent* event_at(int position) const;
    // The character's display name, or the id when unknown.
    std::string name_of(std::string_view character_id) const;
    int last_position() const;
};

// The strongest reliability among the sources, low when none is known.
Reliability strongest(const Pack& pack, const std::vector<std::string>& source_ids);

// A fact is verified when at least one of its sources is of good or high reliability.
bool is_verified(const Pack& pack, const Provenance& fact);

// "plot summary; cast review" for the line under a revealed answer.
std::string source_line(const Pack& pack, const std::vector<std::string>& source_ids);

}  // namespace filmquiz::core
