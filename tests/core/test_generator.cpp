#include <map>
#include <set>

#include <doctest/doctest.h>

#include "content/pack_loader.hpp"
#include "core/answer_match.hpp"
#include "core/blind_strategies.hpp"
#include "core/generator.hpp"
#include "core/round.hpp"
#include "core/text.hpp"

using namespace filmquiz;
using namespace filmquiz::core;

namespace {

const std::filesystem::path kQuestions = std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions";

std::vector<Pack> bundled_packs() {
    std::vector<Pack> packs;
    for (const auto& dir : content::list_packs(kQuestions)) {
        auto load = content::load_pack(dir, dir.filename().string());
        REQUIRE(load.pack);
        packs.push_back(std::move(*load.pack));
    }
    REQUIRE_FALSE(packs.empty());
    return packs;
}

std::string after(const std::string& id, const std::string& prefix) {
    return id.compare(0, prefix.size(), prefix) == 0 ? id.substr(prefix.size()) : std::string();
}

// Every relation the pack states, and the ones that follow from them (the other direction).
std::set<std::tuple<std::string, RelationKind, std::string>> relation_closure(const Pack& pack) {
    std::set<std::tuple<std::string, RelationKind, std::string>> all;
    for (const Relation& r : pack.relations) {
        all.insert({r.from, r.kind, r.to});
        if (const auto back = inverse(r.kind, pack.character(r.to)->gender)) {
            all.insert({r.to, *back, r.from});
        }
    }
    return all;
}

const Character* by_name(const Pack& pack, const std::string& name) {
    for (const Character& c : pack.characters) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// The set of values a kind of choice may take in this pack.
std::set<std::string> universe(const Pack& pack, const std::string& kind) {
    std::set<std::string> out;
    if (kind == "actor") {
        for (const auto& m : pack.cast)
            out.insert(m.actor);
        for (const auto& n : pack.casting)
            out.insert(n.actor);
    } else if (kind == "character") {
        for (const auto& c : pack.characters)
            out.insert(c.name);
    } else if (kind == "crew") {
        for (const auto& c : pack.film.crew)
            out.insert(c.name);
    } else if (kind == "event") {
        for (const auto& e : pack.plot) {
            std::vector<std::string> names;
            for (const auto& id : e.subjects)
                names.push_back(pack.name_of(id));
            std::string text = join_and(names) + " " + e.action;
            text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
            out.insert(text);
        }
    } else if (kind == "truth") {
        out = {"True", "False"};
    }
    return out;
}

void check_question(const Pack& pack, const Question& q) {
    CAPTURE(q.id);
    CAPTURE(q.prompt);
    CHECK_FALSE(q.id.empty());
    CHECK_FALSE(q.fact_id.empty());
    CHECK_FALSE(q.prompt.empty());
    CHECK_FALSE(q.explanation.empty());
    CHECK(q.difficulty >= 1);
    CHECK(q.difficulty <= 3);
    CHECK(q.spoils >= 0);
    CHECK(q.spoils <= pack.last_position());
    REQUIRE_FALSE(q.sources.empty());
    for (const auto& s : q.sources)
        CHECK(pack.source(s) != nullptr);
    CHECK(q.verified == (strongest(pack, q.sources) >= Reliability::good));
    CHECK(first_invalid_utf8(q.prompt) == std::nullopt);

    // Options are distinct, even ignoring case and accents.
    std::set<std::string> folded;
    for (const auto& c : q.choices) {
        CHECK_FALSE(c.empty());
        CHECK(folded.insert(fold_for_matching(c)).second);
    }
    switch (q.type) {
        case QuestionType::multiple_choice:
            REQUIRE(q.choices.size() == 4);
            CHECK(q.answer >= 0);
            CHECK(q.answer < 4);
            break;
        case QuestionType::true_false:
            CHECK(q.choices == true_false_choices());
            CHECK((q.answer == 0 || q.answer == 1));
            break;
        case QuestionType::ordering: {
            CHECK(q.choices.size() >= 3);
            CHECK(q.choices.size() <= 4);
            std::vector<int> sorted = q.order;
            std::sort(sorted.begin(), sorted.end());
            for (std::size_t i = 0; i < sorted.size(); ++i)
                CHECK(sorted[i] == static_cast<int>(i));
            CHECK(q.order.size() == q.choices.size());
            // Never shown already in story order.
            CHECK_FALSE(std::is_sorted(q.order.begin(), q.order.end()));
            break;
        }
        case QuestionType::type_in:
            CHECK(q.choices.empty());
            REQUIRE_FALSE(q.accept.empty());
            for (const auto& a : q.accept)
                CHECK(matches_answer(a, q.accept));
            break;
    }

    // Distractors are of the answer's kind.
    const std::set<std::string> kinds = universe(pack, q.choice_kind);
    if (!kinds.empty() && q.type != QuestionType::type_in) {
        for (const auto& c : q.choices) {
            CAPTURE(c);
            CHECK(kinds.count(c) == 1);
        }
    }
    // Characters offered are ones the story has introduced by the question's spoiler point.
    if (q.choice_kind == "character" && q.type == QuestionType::multiple_choice) {
        for (const auto& c : q.choices) {
            const Character* ch = by_name(pack, c);
            REQUIRE(ch != nullptr);
            CHECK(ch->spoils <= q.spoils);
        }
    }
    if (q.choice_kind == "event") {
        for (const auto& c : q.choices) {
            for (const auto& e : pack.plot) {
                std::vector<std::string> names;
                for (const auto& id : e.subjects)
                    names.push_back(pack.name_of(id));
                if (fold_for_matching(c) == fold_for_matching(join_and(names) + " " + e.action)) {
                    CHECK(e.position <= q.spoils);
                }
            }
        }
    }
}

// Template-specific: no option but the answer is also true.
void check_single_truth(const Pack& pack, const Question& q) {
    CAPTURE(q.id);
    if (q.type != QuestionType::multiple_choice)
        return;
    const std::string& answer = q.choices[static_cast<std::size_t>(q.answer)];
    int true_options = 0;
    for (const std::string& c : q.choices) {
        bool also = false;
        if (const auto part = after(q.id, "cast.who-plays:"); !part.empty()) {
            for (const auto& m : pack.cast) {
                if (m.actor == c && (m.character == part || m.actor == part))
                    also = true;
            }
        } else if (const auto actor = after(q.id, "cast.plays-whom:"); !actor.empty()) {
            for (const auto& m : pack.cast) {
                if (m.actor == actor && pack.name_of(m.character) == c)
                    also = true;
            }
        } else if (const auto key = after(q.id, "characters.who-is:"); !key.empty()) {
            const auto closure = relation_closure(pack);
            const Character* ch = by_name(pack, c);
            for (const auto& [from, kind, to] : closure) {
                if (ch && from == ch->id &&
                    key.find("-" + std::string(to_string(kind)) + "-" + to) != std::string::npos &&
                    key.size() >= to.size() &&
                    key.compare(key.size() - to.size(), to.size(), to) == 0) {
                    also = true;
                }
            }
        } else if (const auto role = after(q.id, "crew.who:"); !role.empty()) {
            const std::string role_name = role.substr(0, role.find(':'));
            for (const auto& cr : pack.film.crew) {
                if (cr.name == c && to_string(cr.role) == role_name)
                    also = true;
            }
        } else if (const auto pos = after(q.id, "plot.who:"); !pos.empty()) {
            const PlotEvent* e = pack.event_at(std::stoi(pos));
            for (const auto& id : e->subjects) {
                if (pack.name_of(id) == c)
                    also = true;
            }
            for (const auto& id : e->with)
                CHECK(pack.name_of(id) != c);
        } else if (const auto qid = after(q.id, "quotes.who:"); !qid.empty()) {
            for (const auto& quote : pack.quotes) {
                if (quote.id == qid && pack.name_of(quote.speaker) == c)
                    also = true;
            }
        } else {
            return;
        }
        if (also)
            ++true_options;
    }
    CHECK(true_options == 1);
    (void)answer;
}

}  // namespace

TEST_CASE("every question a bundled pack can produce follows the fairness rules") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        const QuestionBank bank(pack);
        const std::vector<Question> all = bank.all(20261122);

        // Volume and variety.
        CHECK(all.size() >= 300);
        std::map<Family, int> families;
        std::set<QuestionType> types;
        for (const Question& q : all) {
            ++families[q.family];
            types.insert(q.type);
        }
        CHECK(families.size() >= 6);
        CHECK(types.size() == 4);
        for (const auto& [family, n] : families) {
            CAPTURE(to_string(family));
            CHECK(n * 100 <= 40 * static_cast<int>(all.size()));
        }

        std::set<std::string> ids;
        for (const Question& q : all) {
            CHECK(ids.insert(q.id).second);
            check_question(pack, q);
            check_single_truth(pack, q);
        }

        // Nothing the pack holds false, disputed or unverified is ever asked as true.
        for (const Claim& c : pack.claims) {
            for (const Question& q : all) {
                if (q.prompt.find(c.text) == std::string::npos)
                    continue;
                CAPTURE(c.id);
                const bool asked_right =
                    c.truth == Truth::false_ ? q.answer == 1 : c.truth == Truth::true_;
                CHECK(asked_right);
            }
        }
    }
}

TEST_CASE("a question's id depends on the fact and template, never on the options") {
    const Pack pack = bundled_packs().front();
    const QuestionBank bank(pack);
    const auto a = bank.all(1);
    const auto b = bank.all(2);
    REQUIRE(a.size() == b.size());
    int different_options = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].id == b[i].id);
        CHECK(a[i].fact_id == b[i].fact_id);
        if (a[i].choices != b[i].choices)
            ++different_options;
    }
    CHECK(different_options > 100);
    // And the same seed draws the same options.
    const auto again = bank.all(1);
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].choices == again[i].choices);
        CHECK(a[i].answer == again[i].answer);
        CHECK(a[i].prompt == again[i].prompt);
    }
}

TEST_CASE("type-in answers tolerate case, punctuation, articles and small typos") {
    struct Case {
        std::string typed;
        std::vector<std::string> accepted;
        bool ok;
    };
    const Case cases[] = {
        {"toni collette", {"Toni Collette", "Collette"}, true},
        {"  COLLETTE!! ", {"Toni Collette", "Collette"}, true},
        {"Tony Colette", {"Toni Collette"}, true},  // two slips in a long name
        {"Tony Colete", {"Toni Collette"}, false},  // three is too many
        {"Colete", {"Collette"}, true},             // two slips in 8 letters pass...
        {"Colet", {"Collette"}, false},             // ...three do not
        {"Kat", {"Kit"}, false},                    // short names must be exact
        {"kit", {"Kit"}, true},
        {"2016", {"2015"}, false},  // digits are never typos
        {"2015", {"2015"}, true},
        {"the kodaline", {"Kodaline"}, true},
        {"Kodalnie", {"Kodaline"}, true},  // a swap counts once
        {"Bronte", {"Bront\xC3\xAB"}, true},
        {"", {"Goodbye"}, false},
        {"   ", {"Goodbye"}, false},
        {"good-bye", {"Goodbye"}, true},
        {"Jess\xE2\x80\x99s", {"Jess's"}, true},
    };
    for (const Case& c : cases) {
        CAPTURE(c.typed);
        CHECK(matches_answer(c.typed, c.accepted) == c.ok);
    }
    CHECK(normalize_answer("The  Toronto International Film-Festival.") ==
          "toronto international film festival");
}

TEST_CASE("the generator's draws do not depend on the standard library") {
    // xoshiro256** seeded by splitmix64, checked against an independent implementation of
    // the published algorithms: a change here would change every round on every machine.
    Rng rng(42);
    CHECK(rng.next() == 0x15780B2E0C2EC716ull);
    Rng bounded(7);
    std::vector<std::uint64_t> draws;
    for (int i = 0; i < 8; ++i)
        draws.push_back(bounded.below(4));
    CHECK(draws == std::vector<std::uint64_t>{2, 2, 2, 0, 0, 1, 0, 0});
    Rng wide(123);
    std::vector<std::uint64_t> wide_draws;
    for (int i = 0; i < 3; ++i)
        wide_draws.push_back(wide.below(1000003));
    CHECK(wide_draws == std::vector<std::uint64_t>{343824, 598450, 946437});
}

namespace {

// The statement of a true/false prompt: what follows "True or false: " or
// "True or false, according to ...: ".
std::string statement_of(const Question& q) {
    const auto colon = q.prompt.find(": ");
    return colon == std::string::npos ? q.prompt : q.prompt.substr(colon + 2);
}

// An explanation without its leading verdict ("True.", "False:").
std::string without_verdict(std::string text) {
    for (const char* verdict : {"True. ", "True: ", "False. ", "False: "}) {
        if (text.rfind(verdict, 0) == 0)
            return text.substr(std::string(verdict).size());
    }
    return text;
}

// Whether `text` names `name` as a whole word.
bool names(const std::string& text, const std::string& name) {
    auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        const bool start = at == 0 || !letter(text[at - 1]);
        const std::size_t end = at + name.size();
        const bool stop = end >= text.size() || !letter(text[end]);
        if (start && stop)
            return true;
    }
    return false;
}

// A template's family: the id before its fact, without "-true" or "-false".
std::string template_family(const std::string& id) {
    std::string t = id.substr(0, id.find(':'));
    for (const std::string suffix : {"-true", "-false"}) {
        if (t.size() > suffix.size() &&
            t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0)
            t.resize(t.size() - suffix.size());
    }
    return t;
}

bool overlapping(const Pack& pack, int a, int b) {
    for (const PlotEvent& e : pack.plot) {
        for (const int d : e.during) {
            if ((e.position == a && d == b) || (e.position == b && d == a))
                return true;
        }
    }
    return false;
}

// The event whose text (subjects and action, first letter up) is `text`.
const PlotEvent* event_by_text(const Pack& pack, const std::string& text) {
    for (const PlotEvent& e : pack.plot) {
        std::vector<std::string> who;
        for (const auto& id : e.subjects)
            who.push_back(pack.name_of(id));
        if (fold_for_matching(join_and(who) + " " + e.action) == fold_for_matching(text))
            return &e;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("no blind strategy beats chance by more than 5 points over the whole bank") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        const QuestionBank bank(pack);
        test::Strategies strategies;
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            for (const Question& q : bank.all(seed))
                strategies.add(q);
        }
        strategies.check(50);
    }
}

TEST_CASE("every true/false template holds true and false statements") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        std::map<std::string, std::set<int>> answers;
        for (const Question& q : QuestionBank(pack).all(3)) {
            if (q.type == QuestionType::true_false)
                answers[template_family(q.id)].insert(q.answer);
        }
        REQUIRE(answers.size() >= 10);
        for (const auto& [family, seen] : answers) {
            CAPTURE(family);
            CHECK(seen.size() == 2);
        }
    }
}

TEST_CASE("spoiler sweep: at every limit, nothing beyond it is named") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        const QuestionBank bank(pack);
        for (int limit = 0; limit <= pack.last_position(); ++limit) {
            CAPTURE(limit);
            RoundSettings settings;
            settings.spoiler_limit = limit;
            for (const Candidate* c : eligible(bank, settings)) {
                const Question q = bank.realize(*c, static_cast<std::uint64_t>(limit) + 1);
                CAPTURE(q.id);
                std::vector<std::string> texts{q.prompt, q.explanation};
                texts.insert(texts.end(), q.choices.begin(), q.choices.end());
                texts.insert(texts.end(), q.accept.begin(), q.accept.end());
                for (const std::string& text : texts) {
                    CAPTURE(text);
                    for (const Character& ch : pack.characters) {
                        if (ch.spoils > limit)
                            CHECK_FALSE(names(text, ch.name));
                    }
                    for (const PlotEvent& e : pack.plot) {
                        if (e.position > limit)
                            CHECK(text.find(e.action) == std::string::npos);
                    }
                    for (const Quote& quote : pack.quotes) {
                        if (quote.spoils <= limit)
                            continue;
                        CHECK(text.find(quote.text) == std::string::npos);
                        // Nor the ending of a later line offered as a wrong answer.
                        const bool tail = text.size() >= 12 && quote.text.size() > text.size() &&
                                          quote.text.compare(quote.text.size() - text.size(),
                                                             text.size(), text) == 0;
                        CHECK_FALSE(tail);
                    }
                    for (const Claim& claim : pack.claims) {
                        if (claim.spoils > limit)
                            CHECK(text.find(claim.text) == std::string::npos);
                        if (!claim.correction.empty() && claim.correction_spoils > limit)
                            CHECK(text.find(claim.correction) == std::string::npos);
                    }
                    for (const Character& ch : pack.characters) {
                        for (const Trait& t : ch.traits) {
                            if (t.spoils > limit)
                                CHECK(text.find(t.text) == std::string::npos);
                        }
                    }
                }
            }
        }
    }
}

TEST_CASE("explanations teach: never the statement again, and mostly 80 characters or more") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        const std::vector<Question> all = QuestionBank(pack).all(5);
        int long_enough = 0;
        for (const Question& q : all) {
            CAPTURE(q.id);
            CAPTURE(q.explanation);
            const std::string said = fold_for_matching(without_verdict(q.explanation));
            CHECK(said != fold_for_matching(q.answer_text()));
            if (q.type == QuestionType::true_false) {
                CHECK(said != fold_for_matching(statement_of(q)));
                // It starts with the verdict, so a reader knows at once.
                CHECK(q.explanation.rfind(q.answer == 0 ? "True" : "False", 0) == 0);
            }
            if (utf8_length(q.explanation) >= 80)
                ++long_enough;
        }
        CAPTURE(long_enough);
        CHECK(long_enough * 100 >= 80 * static_cast<int>(all.size()));
    }
}

TEST_CASE("what rests only on a weak source is attributed, never asserted") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        int attributed = 0;
        for (const Question& q : QuestionBank(pack).all(9)) {
            CAPTURE(q.id);
            CAPTURE(q.prompt);
            const bool says_so = q.prompt.rfind("According to ", 0) == 0 ||
                                 q.prompt.rfind("True or false, according to ", 0) == 0;
            CHECK(says_so == !q.verified);
            if (!q.verified) {
                ++attributed;
                // The source's own name for itself, and the reveal shows the source.
                CHECK(q.prompt.find("a fan site") != std::string::npos);
                CHECK(source_line(pack, q.sources).find("fan-app page") != std::string::npos);
                // So does the explanation, first: nothing is asserted before it is attributed.
                const std::size_t source = q.explanation.find("fan site");
                CAPTURE(q.explanation);
                REQUIRE(source != std::string::npos);
                CHECK(source < 40);
            }
        }
        CHECK(attributed > 20);
    }
}

TEST_CASE("what the screen shows is never asked: the film's year and title") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        const std::string year = std::to_string(pack.film.year.value);
        for (const Question& q : QuestionBank(pack).all(2)) {
            CAPTURE(q.id);
            CHECK(q.fact_id != "film:year");
            CHECK(q.fact_id != "film:title");
            std::vector<std::string> answers{q.answer_text()};
            answers.insert(answers.end(), q.accept.begin(), q.accept.end());
            for (const std::string& a : answers) {
                CHECK(fold_for_matching(a) != fold_for_matching(year));
                CHECK(fold_for_matching(a) != fold_for_matching(pack.title));
                CHECK(fold_for_matching(a) != fold_for_matching(pack.film.title.value));
            }
        }
    }
}

TEST_CASE("events that overlap in time are never put in order against each other") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        int ordered = 0;
        for (const Question& q : QuestionBank(pack).all(4)) {
            CAPTURE(q.id);
            std::vector<const PlotEvent*> events;
            if (q.type == QuestionType::ordering) {
                for (const std::string& item : q.choices)
                    events.push_back(event_by_text(pack, item));
            } else if (q.id.rfind("plot.next:", 0) == 0 || q.id.rfind("plot.previous:", 0) == 0) {
                const std::string shown = q.prompt.substr(q.prompt.find("? ") + 2);
                events.push_back(event_by_text(pack, shown.substr(0, shown.size() - 1)));
                events.push_back(event_by_text(pack, q.answer_text()));
            } else {
                continue;
            }
            ++ordered;
            for (const PlotEvent* e : events)
                REQUIRE(e != nullptr);
            for (std::size_t a = 0; a < events.size(); ++a) {
                for (std::size_t b = a + 1; b < events.size(); ++b) {
                    CAPTURE(events[a]->position);
                    CAPTURE(events[b]->position);
                    CHECK_FALSE(overlapping(pack, events[a]->position, events[b]->position));
                }
            }
        }
        CHECK(ordered > 20);
    }
}

namespace {

Gender actor_gender(const Pack& pack, const std::string& actor) {
    for (const CastMember& m : pack.cast) {
        if (m.actor != actor)
            continue;
        if (m.gender != Gender::unknown)
            return m.gender;
        if (const Character* c = pack.character(m.character))
            return c->gender;
    }
    for (const CastingNote& n : pack.casting) {
        if (n.actor == actor)
            return n.gender;
    }
    return Gender::unknown;
}

bool gendered(const std::string& text) {
    for (const char* w : {" she ", " her ", " he ", " his ", " him ", " herself ", " himself "}) {
        if ((" " + text + " ").find(w) != std::string::npos)
            return true;
    }
    return false;
}

// "Milly’s husband" -> ("Milly", "husband").
std::pair<std::string, std::string> split_relation(const std::string& option) {
    const std::string mark = "\u2019s ";
    const auto at = option.find(mark);
    REQUIRE(at != std::string::npos);
    return {option.substr(0, at), option.substr(at + mark.size())};
}

// Whether "A is B’s word" could hold, given what the pack knows of A and B.
bool relation_plausible(const Character& a, const Character& b, const std::string& word) {
    static const std::map<std::string, std::pair<Gender, std::optional<int>>> kWords{
        {"husband", {Gender::male, 0}},           {"wife", {Gender::female, 0}},
        {"brother", {Gender::male, 0}},           {"sister", {Gender::female, 0}},
        {"mother", {Gender::female, -1}},         {"father", {Gender::male, -1}},
        {"aunt", {Gender::female, -1}},           {"uncle", {Gender::male, -1}},
        {"daughter", {Gender::female, 1}},        {"son", {Gender::male, 1}},
        {"niece", {Gender::female, 1}},           {"nephew", {Gender::male, 1}},
        {"grandmother", {Gender::female, -2}},    {"grandfather", {Gender::male, -2}},
        {"granddaughter", {Gender::female, 2}},   {"grandson", {Gender::male, 2}},
        {"stepmother", {Gender::female, -1}},     {"stepfather", {Gender::male, -1}},
        {"stepdaughter", {Gender::female, 1}},    {"stepson", {Gender::male, 1}},
        {"godmother", {Gender::female, -1}},      {"godfather", {Gender::male, -1}},
        {"sister-in-law", {Gender::female, 0}},   {"brother-in-law", {Gender::male, 0}},
        {"mother-in-law", {Gender::female, -1}},  {"father-in-law", {Gender::male, -1}},
        {"daughter-in-law", {Gender::female, 1}}, {"son-in-law", {Gender::male, 1}},
        {"goddaughter", {Gender::female, 1}},     {"godson", {Gender::male, 1}},
    };
    const auto it = kWords.find(word);
    if (it == kWords.end())
        return true;  // best friend, friend, colleague, cousin, neighbour: anyone
    const auto& [sex, gap] = it->second;
    if (a.gender != Gender::unknown && a.gender != sex)
        return false;
    if (gap && a.generation && b.generation && *a.generation - *b.generation != *gap)
        return false;
    return true;
}

}  // namespace

TEST_CASE("decoys are plausible: sex, age, the living and generations agree") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        const QuestionBank bank(pack);
        int characters_checked = 0;
        int relations_checked = 0;
        for (std::uint64_t seed = 1; seed <= 30; ++seed) {
            for (const Question& q : bank.all(seed)) {
                CAPTURE(q.id);
                CAPTURE(q.prompt);
                const std::string family = template_family(q.id);
                if (q.type == QuestionType::multiple_choice && q.choice_kind == "character") {
                    const Character* answer = by_name(pack, q.answer_text());
                    REQUIRE(answer != nullptr);
                    const PlotEvent* event =
                        family == "plot.who" ? pack.event_at(std::stoi(after(q.id, "plot.who:")))
                                             : nullptr;
                    const bool sex_matters =
                        family == "characters.who-is" || family == "cast.plays-whom" ||
                        family == "cast.first-role" ||
                        (event != nullptr && (event->sex_specific || gendered(event->action))) ||
                        (family == "characters.trait" && gendered(q.prompt));
                    for (const std::string& option : q.choices) {
                        const Character* d = by_name(pack, option);
                        REQUIRE(d != nullptr);
                        CAPTURE(option);
                        CHECK(d->child == answer->child);
                        if (sex_matters && answer->gender != Gender::unknown)
                            CHECK(d->gender == answer->gender);
                        if (event != nullptr)
                            CHECK((d->dies_at == 0 || d->dies_at >= event->position));
                        if (family == "characters.who-is" && d->generation && answer->generation)
                            CHECK(*d->generation == *answer->generation);
                        ++characters_checked;
                    }
                }
                if (q.type == QuestionType::multiple_choice && q.choice_kind == "actor") {
                    const Gender sex = actor_gender(pack, q.answer_text());
                    for (const std::string& option : q.choices) {
                        CAPTURE(option);
                        if (sex != Gender::unknown)
                            CHECK(actor_gender(pack, option) == sex);
                    }
                }
                if (family == "characters.how-related") {
                    // "How is A related to B?"
                    const std::string ask = q.prompt.substr(std::string("How is ").size());
                    const Character* a = by_name(pack, ask.substr(0, ask.find(" related to ")));
                    REQUIRE(a != nullptr);
                    for (const std::string& option : q.choices) {
                        const auto [of, word] = split_relation(option);
                        const Character* b = by_name(pack, of);
                        REQUIRE(b != nullptr);
                        CAPTURE(option);
                        CHECK(relation_plausible(*a, *b, word));
                        ++relations_checked;
                    }
                }
                if (family == "characters.related" && q.answer == 1) {
                    // "A is B’s word."
                    const std::string said = statement_of(q);
                    const auto is = said.find(" is ");
                    const Character* a = by_name(pack, said.substr(0, is));
                    const auto [of, word] = split_relation(said.substr(is + 4));
                    const Character* b = by_name(pack, of);
                    REQUIRE(a != nullptr);
                    REQUIRE(b != nullptr);
                    CHECK(relation_plausible(*a, *b, word.substr(0, word.size() - 1)));
                    ++relations_checked;
                }
                if (family == "plot.happens" && q.answer == 1) {
                    // "in the film, Name action." with someone else doing it.
                    const std::string said =
                        statement_of(q).substr(std::string("in the film, ").size());
                    const PlotEvent* e =
                        pack.event_at(std::stoi(after(q.id, "plot.happens-false:")));
                    REQUIRE(e != nullptr);
                    const Character* doer = by_name(pack, said.substr(0, said.find(' ')));
                    const Character* real = pack.character(e->subjects.front());
                    REQUIRE(doer != nullptr);
                    CHECK(doer->child == real->child);
                    CHECK((doer->dies_at == 0 || doer->dies_at >= e->position));
                    if (e->sex_specific || gendered(e->action))
                        CHECK(doer->gender == real->gender);
                }
                if (q.id == "crew.genre") {
                    for (const std::string& option : q.choices) {
                        CAPTURE(option);
                        const std::string folded = fold_for_matching(option);
                        CHECK((folded.find("drama") != std::string::npos ||
                               folded.find("comedy") != std::string::npos ||
                               folded.find("romantic") != std::string::npos));
                    }
                }
            }
        }
        CHECK(characters_checked > 100);
        CHECK(relations_checked > 50);
    }
}

namespace {

// A small pack of another film, made up for the templates: two screenwriters, a band with
// a plural name, casting outcomes of every kind, a country without "the".
Pack any_film() {
    std::map<std::string, std::string> files;
    files["pack.json"] = R"({"format": 1, "id": "other", "version": 1, "title": "Harbour Lights"})";
    files["sources.json"] = R"({"sources": [
      {"id": "credits", "title": "credits", "reliability": "high"},
      {"id": "fans", "title": "fan forum", "reliability": "low", "cited_as": "a fan forum"}]})";
    files["film.json"] = R"({
      "title": {"value": "Harbour Lights", "sources": ["credits"]},
      "year": {"value": 1999, "sources": ["credits"]},
      "country": {"value": "France", "sources": ["credits"]},
      "genre": {"value": "family drama", "sources": ["credits"]},
      "based_on": {"title": "Tides", "medium": "audio drama", "author": "Ann Lee",
                   "sources": ["credits"]},
      "releases": [{"region": "Netherlands", "date": "1999-05-01", "sources": ["credits"]},
                   {"region": "France", "date": "1999-03-01", "sources": ["credits"]}],
      "crew": [
        {"role": "director", "name": "Paul Roux", "sources": ["credits"]},
        {"role": "screenwriter", "name": "Ann Lee", "sources": ["credits"]},
        {"role": "screenwriter", "name": "Marc Dubois", "sources": ["credits"]},
        {"role": "editor", "name": "Ines Carvalho", "sources": ["credits"]},
        {"role": "composer", "name": "Yuki Tanaka", "sources": ["credits"]}]})";
    files["decoys.json"] = R"({"decoys": {
      "country": ["Belgium", "Switzerland", "Canada"],
      "medium": ["novel", "opera", "epic poem", "illustrated novel"],
      "genre": ["legal drama", "war drama", "costume drama"]}})";
    files["characters.json"] = R"({"characters": [
      {"name": "Anna", "gender": "female", "sources": ["credits"]},
      {"name": "Berthe", "gender": "female", "sources": ["credits"]},
      {"name": "Claire", "gender": "female", "sources": ["credits"]},
      {"name": "Delphine", "gender": "female", "sources": ["credits"]},
      {"name": "Emile", "gender": "male", "sources": ["credits"]},
      {"name": "Fabrice", "gender": "male", "sources": ["credits"]},
      {"name": "Gaston", "gender": "male", "sources": ["credits"]},
      {"name": "Hugo", "gender": "male", "sources": ["credits"]}]})";
    files["cast.json"] = R"({"cast": [
      {"actor": "Alice Martin", "character": "Anna", "billing": 1, "sources": ["credits"]},
      {"actor": "Beatrice Moreau", "character": "Berthe", "billing": 2, "sources": ["credits"]},
      {"actor": "Camille Petit", "character": "Claire", "billing": 3, "sources": ["credits"]},
      {"actor": "Dora Fabre", "character": "Delphine", "billing": 7,
       "sources": ["credits"]},
      {"actor": "Eric Blanc", "character": "Emile", "billing": 8, "sources": ["credits"]},
      {"actor": "Francois Noirs", "character": "Fabrice", "billing": 9, "sources": ["credits"]},
      {"actor": "Georges Vert", "character": "Gaston", "billing": 10, "sources": ["credits"]},
      {"actor": "Henri Gris", "character": "Hugo", "billing": 11, "sources": ["credits"]}],
     "casting_history": [
      {"actor": "Julie Roy", "outcome": "turned_down", "role": "Anna", "replaced_by": "Alice Martin",
       "gender": "female", "sources": ["credits"]},
      {"actor": "Karine Sol", "outcome": "replaced", "role": "Berthe",
       "replaced_by": "Beatrice Moreau", "gender": "female", "sources": ["credits"]},
      {"actor": "Lea Mer", "outcome": "recast", "role": "Claire", "replaced_by": "Camille Petit",
       "gender": "female", "sources": ["credits"]}]})";
    files["plot.json"] = R"({"events": [
      {"position": 1, "who": ["Anna"], "action": "opens a cafe by the harbour",
       "sources": ["credits"]},
      {"position": 2, "who": ["Berthe"], "action": "buys a boat", "with": ["Emile"],
       "sources": ["credits"]},
      {"position": 3, "who": ["Claire"], "action": "leaves for Paris", "with": ["Fabrice"],
       "sources": ["credits"]},
      {"position": 4, "who": ["Delphine"], "action": "finds a letter", "with": ["Gaston", "Hugo"],
       "sources": ["credits"]}]})";
    files["soundtrack.json"] = R"({"songs": [
      {"title": "Low Tide", "artist": "The Night Herons", "usage": "the opening",
       "spoils": 0, "sources": ["fans"]},
      {"title": "Gulls", "artist": "The Night Herons", "usage": "the last scene",
       "spoils": 4, "sources": ["fans"]}]})";
    auto load = content::load_pack_from_memory(files, "other");
    INFO(load.diagnostics.format());
    REQUIRE(load.pack);
    return std::move(*load.pack);
}

const Question* find(const std::vector<Question>& all, const std::string& id) {
    for (const Question& q : all) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

}  // namespace

TEST_CASE(
    "story questions offer only people of the story, and a body's events keep to a generation") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        std::set<std::string> in_story;
        for (const PlotEvent& e : pack.plot) {
            in_story.insert(e.subjects.begin(), e.subjects.end());
            in_story.insert(e.with.begin(), e.with.end());
        }
        int checked = 0;
        for (const Question& q : QuestionBank(pack).all(4)) {
            CAPTURE(q.id);
            const std::string kind = q.id.substr(0, q.id.find(':'));
            if (q.type == QuestionType::multiple_choice && q.choice_kind == "character") {
                const Character* answer = by_name(pack, q.answer_text());
                REQUIRE(answer != nullptr);
                if (in_story.count(answer->id) == 0)
                    continue;
                for (const std::string& option : q.choices) {
                    CAPTURE(option);
                    const Character* d = by_name(pack, option);
                    REQUIRE(d != nullptr);
                    CHECK(in_story.count(d->id) == 1);
                    ++checked;
                }
            }
            // "Milly’s mother is pregnant again" is no plausible mistake.
            if (kind == "plot.happens-false" || kind == "plot.who") {
                const PlotEvent* e = pack.event_at(std::stoi(q.id.substr(q.id.find(':') + 1)));
                REQUIRE(e != nullptr);
                const Character* subject = pack.character(e->subjects.front());
                REQUIRE(subject != nullptr);
                std::vector<std::string> people = q.choices;
                if (kind == "plot.happens-false") {
                    const std::string said =
                        statement_of(q).substr(std::string("in the film, ").size());
                    people = {said.substr(0, said.find(" " + e->action))};
                }
                for (const std::string& name : people) {
                    CAPTURE(name);
                    const Character* d = by_name(pack, name);
                    REQUIRE(d != nullptr);
                    if (e->sex_specific && d->generation && subject->generation)
                        CHECK(*d->generation == *subject->generation);
                }
            }
        }
        CHECK(checked > 50);
    }
}

TEST_CASE("explanations say each thing once") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        int relations = 0;
        for (const Question& q : QuestionBank(pack).all(6)) {
            CAPTURE(q.id);
            CAPTURE(q.explanation);
            const std::string kind = q.id.substr(0, q.id.find(':'));
            const std::string& x = q.explanation;
            if (kind == "characters.related-false") {
                // "False: Jess is Milly’s best friend." and not then "Milly is Jess’s …".
                const std::string first = x.substr(7, x.find(". ") - 7);
                const std::string a = first.substr(0, first.find(" is "));
                const std::string rest = first.substr(a.size() + 4);
                const std::string b = rest.substr(0, rest.find("\u2019s "));
                CHECK(x.find(". " + b + " is " + a + "\u2019s ") == std::string::npos);
                ++relations;
            }
            if (kind == "characters.trait-false") {
                // "False: it is Ace who is a bartender." and not then "Ace, a bartender, …".
                const std::string trait = x.substr(0, x.find(". "));
                const std::string what = trait.substr(trait.find(" who ") + 5);
                const std::string object = what.substr(what.find(' ') + 1);
                CHECK(x.find(object, trait.size()) == std::string::npos);
            }
            if (kind == "crew.who" || kind == "crew.job") {
                // "Catherine Hardwicke was the director …, and also directed …", the name once.
                const std::string name = x.substr(0, x.find(" was "));
                CHECK(x.find(". " + name + " also ") == std::string::npos);
            }
        }
        CHECK(relations > 5);
    }
}

TEST_CASE("templates read right for any film: shared jobs, articles, plurals, countries") {
    const Pack pack = any_film();
    const QuestionBank bank(pack);
    const std::vector<Question> all = bank.all(1);
    const Question* writer = find(all, "crew.who:screenwriter:Ann Lee");
    REQUIRE(writer != nullptr);
    CHECK(writer->prompt == "Who was one of the screenwriters of Harbour Lights?");
    CHECK(std::find(writer->choices.begin(), writer->choices.end(), "Marc Dubois") ==
          writer->choices.end());
    CHECK(writer->explanation.find("with Marc Dubois") != std::string::npos);
    const Question* typed = find(all, "crew.who-typed:screenwriter:Ann Lee");
    REQUIRE(typed != nullptr);
    CHECK(typed->prompt == "Name one of the screenwriters of Harbour Lights.");
    CHECK(matches_answer("Marc Dubois", typed->accept));
    CHECK(matches_answer("Ann Lee", typed->accept));

    const Question* medium = find(all, "crew.based-on");
    REQUIRE(medium != nullptr);
    CHECK(medium->answer_text() == "An audio drama");
    CHECK(medium->explanation.find(", an audio drama by Ann Lee") != std::string::npos);

    const Question* country = find(all, "crew.country");
    REQUIRE(country != nullptr);
    CHECK(country->explanation.rfind("Harbour Lights is a film from France", 0) == 0);
    const Question* order = find(all, "crew.release-order-true");
    REQUIRE(order != nullptr);
    CHECK(order->prompt ==
          "True or false: Harbour Lights was released in France before the Netherlands.");

    const Question* band = find(all, "trivia.song-artist:The Night Herons");
    REQUIRE(band != nullptr);
    CHECK(band->prompt.rfind("According to a fan forum, who performs ", 0) == 0);
    CHECK(band->explanation.rfind("By the account of a fan forum, the only source for the "
                                  "soundtrack, The Night Herons perform ",
                                  0) == 0);

    // Casting outcomes beyond "dropped out", each in its own words.
    const Question* turned = find(all, "cast.casting-true:Julie Roy");
    REQUIRE(turned != nullptr);
    CHECK(statement_of(*turned) == "Julie Roy turned down a part in Harbour Lights as Anna.");
    const Question* replaced = find(all, "cast.casting-true:Karine Sol");
    REQUIRE(replaced != nullptr);
    CHECK(statement_of(*replaced) ==
          "Karine Sol was cast in Harbour Lights as Berthe but was replaced.");
    CHECK(replaced->explanation.find("Beatrice Moreau took her place and plays Berthe") !=
          std::string::npos);
    const Question* recast = find(all, "cast.casting-true:Lea Mer");
    REQUIRE(recast != nullptr);
    CHECK(statement_of(*recast) ==
          "Lea Mer filmed scenes for Harbour Lights as Claire that were reshot with another "
          "actor.");
    // False: the same fate told of whoever plays the part in the end.
    const Question* turned_false = find(all, "cast.casting-false:Julie Roy");
    REQUIRE(turned_false != nullptr);
    CHECK(statement_of(*turned_false) ==
          "Alice Martin turned down a part in Harbour Lights as Anna.");
}

TEST_CASE("difficulty follows how close the decoys are") {
    const Pack pack = any_film();
    const QuestionBank bank(pack);
    std::map<std::string, int> difficulty;
    for (const Candidate& c : bank.candidates())
        difficulty[c.id] = c.difficulty;
    // Two minor parts: Hugo's actor is offered among other minor actors (near misses);
    // Delphine's only among the leads, the one other minor part being a man's.
    REQUIRE(difficulty.count("cast.who-plays:Hugo") == 1);
    REQUIRE(difficulty.count("cast.who-plays:Delphine") == 1);
    CHECK(difficulty["cast.who-plays:Hugo"] == 3);
    CHECK(difficulty["cast.who-plays:Delphine"] == 2);
}

TEST_CASE("cast decoys match the sex of the part") {
    const Pack pack = any_film();
    const QuestionBank bank(pack);
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const std::vector<Question> all = bank.all(seed);
        const Question* anna = find(all, "cast.who-plays:Anna");
        REQUIRE(anna != nullptr);
        for (const std::string& option : anna->choices) {
            CAPTURE(option);
            CHECK(actor_gender(pack, option) == Gender::female);
        }
    }
}

TEST_CASE("a bank built in two halves at once is the bank built in one go") {
    for (const Pack& pack : bundled_packs()) {
        CAPTURE(pack.id);
        const QuestionBank one(pack, 1);
        const QuestionBank two(pack, 2);
        REQUIRE(one.candidates().size() == two.candidates().size());
        for (std::size_t i = 0; i < one.candidates().size(); ++i) {
            const Candidate& a = one.candidates()[i];
            const Candidate& b = two.candidates()[i];
            CAPTURE(a.id);
            CHECK(a.id == b.id);
            CHECK(a.spoils == b.spoils);
            CHECK(a.difficulty == b.difficulty);
            for (const std::uint64_t seed : {1u, 2u}) {
                const Question qa = one.realize(a, seed);
                const Question qb = two.realize(b, seed);
                CHECK(qa.prompt == qb.prompt);
                CHECK(qa.choices == qb.choices);
                CHECK(qa.answer == qb.answer);
                CHECK(qa.explanation == qb.explanation);
            }
        }
    }
}
