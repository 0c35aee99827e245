#include "core/generator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "core/text.hpp"

namespace filmquiz::core {

namespace {

constexpr std::size_t kDistractors = 3;  // four options in all

// Pools of wrong answers, best first: the draw empties a tier before it takes from the next.
using Tiers = std::vector<std::vector<std::string>>;

std::string capitalize(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 32);
    return s;
}

std::string quoted(const std::string& s) {
    return "\u201C" + s + "\u201D";
}

std::string possessive(const std::string& name) {
    return name + "\u2019s";
}

bool same_text(const std::string& a, const std::string& b) {
    return fold_for_matching(a) == fold_for_matching(b);
}

// Wrong answers from the tiers, none equal to the answer or to each other.
std::vector<std::string> distinct_pool(const std::string& answer, const Tiers& tiers) {
    std::set<std::string> seen{fold_for_matching(answer)};
    std::vector<std::string> pool;
    for (const auto& tier : tiers) {
        for (const auto& value : tier) {
            if (seen.insert(fold_for_matching(value)).second)
                pool.push_back(value);
        }
    }
    return pool;
}

bool enough_distractors(const std::string& answer, const Tiers& tiers) {
    return distinct_pool(answer, tiers).size() >= kDistractors;
}

// Draws three distractors (best tiers first) and places the answer in `slot`.
void fill_choices(Question& q, const std::string& answer, const Tiers& tiers, Rng& rng,
                  AnswerSlot slot) {
    std::vector<std::string> picked;
    std::set<std::string> seen{fold_for_matching(answer)};
    for (auto tier : tiers) {
        rng.shuffle(tier);
        for (const auto& value : tier) {
            if (picked.size() == kDistractors)
                break;
            if (seen.insert(fold_for_matching(value)).second)
                picked.push_back(value);
        }
    }
    rng.shuffle(picked);
    const std::size_t at = slot >= 0 ? static_cast<std::size_t>(slot) % (kDistractors + 1)
                                     : rng.index(kDistractors + 1);
    picked.insert(picked.begin() + static_cast<std::ptrdiff_t>(at), answer);
    q.choices = std::move(picked);
    q.answer = static_cast<int>(at);
    q.type = QuestionType::multiple_choice;
}

void set_true_false(Question& q, bool truth) {
    q.type = QuestionType::true_false;
    q.choices = true_false_choices();
    q.answer = truth ? 0 : 1;
    q.choice_kind = "truth";
}

std::vector<std::string> merge_sources(std::vector<std::string> a,
                                       const std::vector<std::string>& b) {
    for (const auto& s : b) {
        if (std::find(a.begin(), a.end(), s) == a.end())
            a.push_back(s);
    }
    return a;
}

bool mentions_gender(const std::string& text) {
    static const std::set<std::string> kWords{"she", "her", "herself", "he",
                                              "him", "his", "himself"};
    std::string word;
    for (const char c : text + " ") {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += static_cast<char>(c | 0x20);
        } else {
            if (kWords.count(word) > 0)
                return true;
            word.clear();
        }
    }
    return false;
}

std::string month_year(const std::string& iso_date) {
    static const char* kMonths[] = {"January",   "February", "March",    "April",
                                    "May",       "June",     "July",     "August",
                                    "September", "October",  "November", "December"};
    if (iso_date.size() != 10)
        return iso_date;
    const int month = std::stoi(iso_date.substr(5, 2));
    return std::string(kMonths[(month - 1) % 12]) + " " + iso_date.substr(0, 4);
}

// Kinship words a distractor may use, by the gender of the person they describe.
const std::vector<std::string>& kinship_words(Gender g) {
    static const std::vector<std::string> male{"husband", "father", "son",
                                               "brother", "uncle",  "grandfather"};
    static const std::vector<std::string> female{"wife",   "mother", "daughter",
                                                 "sister", "aunt",   "grandmother"};
    static const std::vector<std::string> any{"cousin", "sibling", "parent", "child"};
    return g == Gender::male ? male : g == Gender::female ? female : any;
}

struct QuoteParts {
    std::string start;
    std::string end;
};

// Splits a line so its ending can be asked: before the last sentence, else at the last
// comma or dash, else in the middle of a long line.
std::optional<QuoteParts> split_quote(const std::string& text) {
    auto words = [](const std::string& s) {
        return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
    };
    for (std::size_t i = text.size(); i-- > 1;) {
        const char c = text[i - 1];
        if (text[i] == ' ' && (c == '.' || c == '?' || c == '!')) {
            const std::string start = text.substr(0, i);
            const std::string end = text.substr(i + 1);
            if (words(start) >= 2 && words(end) >= 2)
                return QuoteParts{start, end};
        }
    }
    for (const std::string sep : {";", ",", "\u2014"}) {
        const std::size_t at = text.rfind(sep);
        if (at == std::string::npos)
            continue;
        std::string start = text.substr(0, at + sep.size());
        std::string end = trim(text.substr(at + sep.size()));
        if (words(start) >= 2 && words(end) >= 3)
            return QuoteParts{start, end};
    }
    return std::nullopt;
}

class Builder {
  public:
    Builder(const Pack& pack, std::vector<Candidate>& out) : pack_(pack), out_(out) {
        title_ = pack.film.title.value.empty() ? pack.title : pack.film.title.value;
        for (const PlotEvent& e : pack.plot) {
            for (const auto& id : e.subjects)
                in_plot_.insert(id);
            for (const auto& id : e.with)
                in_plot_.insert(id);
        }
        for (const CastMember& m : pack.cast) {
            people_.insert(m.actor);
            if (!m.character.empty())
                ++actors_per_character_[m.character];
        }
        for (const CastingNote& n : pack.casting)
            people_.insert(n.actor);
        for (const CrewCredit& c : pack.film.crew)
            people_.insert(c.name);
    }

    void build() {
        build_cast();
        build_casting();
        build_characters();
        build_crew();
        build_film();
        build_plot();
        build_quotes();
        build_claims();
        build_songs();
    }

  private:
    using Make = std::function<void(Question&, Rng&, AnswerSlot)>;

    void add(std::string id, std::string fact_id, Family family, QuestionType type, int difficulty,
             int spoils, std::vector<std::string> sources, Make make) {
        Candidate c;
        c.id = id;
        c.fact_id = fact_id;
        c.family = family;
        c.type = type;
        c.difficulty = std::clamp(difficulty, 1, 3);
        c.spoils = spoils;
        const bool verified = strongest(pack_, sources) >= Reliability::good;
        c.make = [=](Rng& rng, AnswerSlot slot) {
            Question q;
            q.id = id;
            q.fact_id = fact_id;
            q.family = family;
            q.type = type;
            q.difficulty = std::clamp(difficulty, 1, 3);
            q.spoils = spoils;
            q.sources = sources;
            q.verified = verified;
            make(q, rng, slot);
            return q;
        };
        out_.push_back(std::move(c));
    }

    void add_mc(std::string id, std::string fact_id, Family family, int difficulty, int spoils,
                std::vector<std::string> sources, std::string prompt, std::string answer,
                Tiers tiers, std::string kind, std::string explanation) {
        if (!enough_distractors(answer, tiers))
            return;
        add(std::move(id), std::move(fact_id), family, QuestionType::multiple_choice, difficulty,
            spoils, std::move(sources), [=](Question& q, Rng& rng, AnswerSlot slot) {
                q.prompt = prompt;
                q.choice_kind = kind;
                q.explanation = explanation;
                fill_choices(q, answer, tiers, rng, slot);
            });
    }

    void add_true_false(std::string id, std::string fact_id, Family family, int difficulty,
                        int spoils, std::vector<std::string> sources, std::string statement,
                        bool truth, std::string explanation) {
        add(std::move(id), std::move(fact_id), family, QuestionType::true_false, difficulty, spoils,
            std::move(sources), [=](Question& q, Rng&, AnswerSlot) {
                q.prompt = "True or false: " + statement;
                q.explanation = explanation;
                set_true_false(q, truth);
            });
    }

    void add_type_in(std::string id, std::string fact_id, Family family, int difficulty, int spoils,
                     std::vector<std::string> sources, std::string prompt,
                     std::vector<std::string> accept, std::string kind, std::string explanation) {
        add(std::move(id), std::move(fact_id), family, QuestionType::type_in, difficulty, spoils,
            std::move(sources), [=](Question& q, Rng&, AnswerSlot) {
                q.prompt = prompt;
                q.accept = accept;
                q.choice_kind = kind;
                q.explanation = explanation;
            });
    }

    // --- helpers about people and characters ------------------------------------------

    // A full name, plus the surname when no other person in the pack shares it.
    std::vector<std::string> person_answers(const std::string& name) const {
        std::vector<std::string> accept{name};
        const auto space = name.rfind(' ');
        if (space == std::string::npos)
            return accept;
        const std::string surname = name.substr(space + 1);
        // people_ is a set: one person in the cast and the casting history counts once.
        const int sharing = static_cast<int>(
            std::count_if(people_.begin(), people_.end(), [&](const std::string& p) {
                const auto s = p.rfind(' ');
                return s != std::string::npos && same_text(p.substr(s + 1), surname);
            }));
        if (sharing <= 1 && utf8_length(surname) >= 4)
            accept.push_back(surname);
        return accept;
    }

    std::vector<std::string> character_answers(const Character& c) const {
        std::vector<std::string> accept{c.name};
        for (const auto& alias : c.aliases)
            accept.push_back(alias);
        return accept;
    }

    int character_spoils(const std::string& id) const {
        const Character* c = pack_.character(id);
        return c ? c->spoils : 0;
    }

    // Names of characters to offer as wrong answers: those like the answer (gender when it
    // matters, adult or child, main or minor) first. Characters the story has not yet
    // introduced by `max_spoils` are never offered, nor anyone in `exclude`.
    Tiers character_tiers(Gender gender, bool child, bool main, bool gender_matters, int max_spoils,
                          const std::set<std::string>& exclude) const {
        Tiers tiers(3);
        for (const Character& c : pack_.characters) {
            if (exclude.count(c.id) > 0 || c.spoils > max_spoils)
                continue;
            const bool gender_ok =
                !gender_matters || gender == Gender::unknown || c.gender == gender;
            const bool gender_unknown = gender_matters && c.gender == Gender::unknown;
            if (gender_matters && !gender_ok && !gender_unknown)
                continue;
            const bool c_main = in_plot_.count(c.id) > 0;
            if (gender_ok && c.child == child && c_main == main) {
                tiers[0].push_back(c.name);
            } else if (gender_ok && c_main) {
                tiers[1].push_back(c.name);
            } else {
                tiers[2].push_back(c.name);
            }
        }
        return tiers;
    }

    Tiers character_tiers_like(const Character& like, bool gender_matters, int max_spoils,
                               const std::set<std::string>& exclude) const {
        return character_tiers(like.gender, like.child, in_plot_.count(like.id) > 0, gender_matters,
                               max_spoils, exclude);
    }

    // Actors to offer as wrong answers for the part `row` plays. Lead parts: actors of
    // parts of the same gender together with the actors of the casting history (real
    // near-misses), drawn at random. Minor parts: other minor actors first.
    Tiers actor_tiers(const CastMember& row) const {
        const Character* c = pack_.character(row.character);
        const Gender gender = c ? c->gender : Gender::unknown;
        const bool lead = row.billing <= 6;
        Tiers tiers(3);
        for (const CastMember& m : pack_.cast) {
            if (m.actor == row.actor)
                continue;
            const Character* mc = pack_.character(m.character);
            const Gender g = mc ? mc->gender : Gender::unknown;
            if (lead) {
                (gender != Gender::unknown && g == gender ? tiers[0] : tiers[2]).push_back(m.actor);
            } else {
                (m.billing > 6 ? tiers[0] : tiers[2]).push_back(m.actor);
            }
        }
        for (const CastingNote& n : pack_.casting) {
            if (n.actor == row.actor)
                continue;
            (lead && gender == Gender::female ? tiers[0] : tiers[1]).push_back(n.actor);
        }
        return tiers;
    }

    static int billing_difficulty(int billing) { return billing <= 2 ? 1 : billing <= 6 ? 2 : 3; }

    std::string event_text(const PlotEvent& e) const {
        std::vector<std::string> names;
        for (const auto& id : e.subjects)
            names.push_back(pack_.name_of(id));
        return join_and(names) + " " + e.action;
    }

    // --- cast ---------------------------------------------------------------------------

    void build_cast() {
        for (const CastMember& m : pack_.cast) {
            const Character* c = pack_.character(m.character);
            const bool named = c != nullptr;
            if (named && actors_per_character_[m.character] > 1)
                continue;
            const std::string part = named ? c->name : m.role;
            const int spoils = std::max(m.spoils, named ? c->spoils : 0);
            const int d = billing_difficulty(m.billing);
            const std::string fact = "cast:" + m.actor;
            const std::string key = named ? c->id : m.actor;
            const std::string explanation = m.actor + " plays " + part + ".";

            add_mc("cast.who-plays:" + key, fact, Family::cast, d, spoils, m.sources,
                   "Who plays " + part + " in " + title_ + "?", m.actor, actor_tiers(m), "actor",
                   explanation);
            if (m.billing <= 6) {
                add_type_in("cast.who-plays-typed:" + key, fact, Family::cast, d + 1, spoils,
                            m.sources, "Type the name of the actor who plays " + part + ".",
                            person_answers(m.actor), "actor", explanation);
            }
            if (!named)
                continue;
            add_mc("cast.plays-whom:" + m.actor, fact, Family::cast, d, spoils, m.sources,
                   "Which character does " + m.actor + " play?", c->name,
                   character_tiers_like(*c, true, spoils, {c->id}), "character", explanation);
            if (m.billing <= 6) {
                add_type_in("cast.plays-whom-typed:" + m.actor, fact, Family::cast, d + 1, spoils,
                            m.sources, "Type the name of the character " + m.actor + " plays.",
                            character_answers(*c), "character", explanation);
            }
            add_true_false("cast.plays-true:" + m.actor, fact, Family::cast, d, spoils, m.sources,
                           m.actor + " plays " + c->name + ".", true, explanation);

            // A false pairing with a character of the same kind that someone else plays.
            std::vector<const CastMember*> others;
            for (const CastMember& o : pack_.cast) {
                const Character* oc = pack_.character(o.character);
                if (oc == nullptr || o.actor == m.actor || oc->child != c->child)
                    continue;
                if (c->gender != Gender::unknown && oc->gender != c->gender)
                    continue;
                if (spoils < oc->spoils)
                    continue;
                if ((in_plot_.count(oc->id) > 0) != (in_plot_.count(c->id) > 0))
                    continue;
                others.push_back(&o);
            }
            if (others.empty())
                continue;
            std::vector<std::string> sources = m.sources;
            for (const auto* o : others)
                sources = merge_sources(sources, o->sources);
            const std::string actor = m.actor;
            const std::string name = c->name;
            const Pack* pack = &pack_;  // the bank's pack outlives this builder
            add("cast.plays-false:" + m.actor, fact, Family::cast, QuestionType::true_false,
                std::min(3, d + 1), spoils, sources, [=](Question& q, Rng& rng, AnswerSlot) {
                    const CastMember* o = others[rng.index(others.size())];
                    const std::string other = pack->name_of(o->character);
                    q.prompt = "True or false: " + actor + " plays " + other + ".";
                    q.explanation = "False: " + actor + " plays " + name + ", and " + other +
                                    " is played by " + o->actor + ".";
                    set_true_false(q, false);
                });
        }
        // Other work the actors are known for.
        for (const CastMember& m : pack_.cast) {
            const std::string part = m.character.empty() ? m.role : pack_.name_of(m.character);
            for (const std::string& work : m.known_for) {
                add_true_false(
                    "cast.known-for:" + m.actor + ":" + work, "known-for:" + m.actor, Family::cast,
                    2, 0, m.sources,
                    m.actor + ", who plays " + part + ", is also known for " + work + ".", true,
                    m.actor + " is also known for " + join_and(m.known_for) + ".");
            }
        }
    }

    void build_casting() {
        std::vector<std::string> lead_actors;
        for (const CastMember& m : pack_.cast) {
            if (m.billing <= 4)
                lead_actors.push_back(m.actor);
        }
        const CastingNote* first = nullptr;
        for (const CastingNote& n : pack_.casting) {
            if (n.outcome == CastingOutcome::dropped_out && n.order > 0 &&
                (first == nullptr || n.order < first->order)) {
                first = &n;
            }
        }
        if (first != nullptr && first->order == 1) {
            std::vector<std::string> others;
            for (const CastingNote& n : pack_.casting) {
                if (&n != first)
                    others.push_back(n.actor);
            }
            const std::string detail = first->detail.empty() ? "" : " " + first->detail;
            add_mc("cast.first-cast", "casting:" + first->actor, Family::cast, 3, 0, first->sources,
                   "Which actor was cast first in " + title_ + ", then dropped out" + detail + "?",
                   first->actor, {others, lead_actors}, "actor",
                   first->actor + " was cast first and dropped out" + detail + ".");
        }
        for (const CastingNote& n : pack_.casting) {
            if (n.outcome == CastingOutcome::dropped_out) {
                const std::string detail = n.detail.empty() ? "" : " " + n.detail;
                std::vector<std::string> cast_names;
                for (const CastMember& m : pack_.cast) {
                    if (m.billing <= 6)
                        cast_names.push_back(m.actor);
                }
                // The same prompt for every actor who left: one per round is enough.
                add_mc("cast.not-in-film:" + n.actor, "casting:not-in-film", Family::cast, 2, 0,
                       n.sources, "Which of these actors does not appear in " + title_ + "?",
                       n.actor, {cast_names}, "actor",
                       n.actor + " was cast but dropped out" + detail + ".");
                if (!n.replaced_by.empty()) {
                    std::vector<std::string> others;
                    for (const CastingNote& o : pack_.casting) {
                        if (o.actor != n.actor && o.actor != n.replaced_by) {
                            others.push_back(o.actor);
                        }
                    }
                    add_mc("cast.replaced:" + n.actor, "casting:" + n.actor, Family::cast, 3, 0,
                           n.sources,
                           "When " + n.actor + " dropped out of " + title_ +
                               ", who took over the role?",
                           n.replaced_by, {others, lead_actors}, "actor",
                           n.replaced_by + " replaced " + n.actor + ".");
                }
                add_true_false("cast.dropped-out:" + n.actor, "casting:" + n.actor, Family::cast, 2,
                               0, n.sources,
                               n.actor + " was cast in " + title_ + " but dropped out.", true,
                               n.actor + " was cast but dropped out" + detail + ".");
            } else if (n.outcome == CastingOutcome::switched_role) {
                const Character* first_role = pack_.character(n.first_role);
                const CastMember* final_row = nullptr;
                for (const CastMember& m : pack_.cast) {
                    if (m.actor == n.actor)
                        final_row = &m;
                }
                if (first_role == nullptr || final_row == nullptr)
                    continue;
                const Character* final_role = pack_.character(final_row->character);
                Tiers tiers =
                    character_tiers_like(*first_role, true, first_role->spoils, {first_role->id});
                if (final_role != nullptr)
                    tiers.insert(tiers.begin(), {final_role->name});
                const std::string detail = n.detail.empty() ? "" : "; " + n.detail;
                add_mc("cast.first-role:" + n.actor, "casting:" + n.actor, Family::cast, 3,
                       std::max(first_role->spoils, final_row->spoils), n.sources,
                       n.actor + " was first cast as which character?", first_role->name, tiers,
                       "character",
                       n.actor + " was first cast as " + first_role->name + detail + ".");
            }
        }
    }

    // --- characters -----------------------------------------------------------------------

    struct RelationView {
        std::string from;
        RelationKind kind;
        std::string to;
        std::string fact_id;
        std::vector<std::string> sources;
        int spoils;
    };

    static std::string relation_key(const std::string& from, RelationKind kind,
                                    const std::string& to) {
        return from + "-" + std::string(to_string(kind)) + "-" + to;
    }

    void build_characters() {
        // The relations as listed, and the other direction where the genders say it.
        std::vector<RelationView> views;
        std::set<std::string> listed;
        for (const Relation& r : pack_.relations)
            listed.insert(relation_key(r.from, r.kind, r.to));
        for (const Relation& r : pack_.relations) {
            const Character* from = pack_.character(r.from);
            const Character* to = pack_.character(r.to);
            if (from == nullptr || to == nullptr)
                continue;
            const int spoils = std::max({r.spoils, from->spoils, to->spoils});
            const std::string key = relation_key(r.from, r.kind, r.to);
            std::string fact = key;
            // Seen from `to`, the relation depends on `to`'s gender: Ben is Milly's son, so
            // Milly is Ben's mother.
            const auto back = inverse(r.kind, to->gender);
            if (back)
                fact = std::min(key, relation_key(r.to, *back, r.from));
            views.push_back({r.from, r.kind, r.to, "rel:" + fact, r.sources, spoils});
            if (back && listed.insert(relation_key(r.to, *back, r.from)).second) {
                views.push_back({r.to, *back, r.from, "rel:" + fact, r.sources, spoils});
            }
        }
        for (const RelationView& v : views)
            build_relation(v, views);

        for (const Character& c : pack_.characters) {
            for (std::size_t i = 0; i < c.traits.size(); ++i) {
                const Trait& t = c.traits[i];
                const int spoils = std::max(t.spoils, c.spoils);
                std::set<std::string> exclude{c.id};
                for (const Character& o : pack_.characters) {
                    for (const Trait& ot : o.traits) {
                        if (same_text(ot.text, t.text))
                            exclude.insert(o.id);
                    }
                }
                const std::string fact = "trait:" + c.id + ":" + std::to_string(i);
                const std::string explanation = c.name + " " + t.text + ".";
                add_mc("characters.trait:" + c.id + ":" + std::to_string(i), fact,
                       Family::characters, 2, spoils, t.sources, "Which character " + t.text + "?",
                       c.name, character_tiers_like(c, mentions_gender(t.text), spoils, exclude),
                       "character", explanation);
                add_true_false("characters.trait-true:" + c.id + ":" + std::to_string(i), fact,
                               Family::characters, 1, spoils, t.sources,
                               c.name + " " + t.text + ".", true, explanation);
            }
        }
    }

    void build_relation(const RelationView& v, const std::vector<RelationView>& all) {
        const Character* from = pack_.character(v.from);
        const Character* to = pack_.character(v.to);
        const std::string word(relation_word(v.kind));
        const std::string key = relation_key(v.from, v.kind, v.to);
        // Everyone who holds this relation to `to`: never a wrong answer.
        std::set<std::string> holders;
        for (const RelationView& o : all) {
            if (o.kind == v.kind && o.to == v.to)
                holders.insert(o.from);
        }
        holders.insert(v.to);
        const bool main =
            in_plot_.count(v.from) > 0 && in_plot_.count(v.to) > 0 && !from->child && !to->child;
        const int d = main ? 1 : 2;
        Gender gender = implied_gender(v.kind);
        if (gender == Gender::unknown)
            gender = from->gender;
        const std::string statement = from->name + " is " + possessive(to->name) + " " + word + ".";

        const std::string prompt =
            holders.size() > 2
                ? "Which of these is one of " + possessive(to->name) + " " + word + "s?"
                : "Who is " + possessive(to->name) + " " + word + "?";
        add_mc("characters.who-is:" + key, v.fact_id, Family::characters, d, v.spoils, v.sources,
               prompt, from->name,
               character_tiers(gender, from->child, in_plot_.count(from->id) > 0, true, v.spoils,
                               holders),
               "character", statement);
        if (holders.size() == 2) {
            add_type_in("characters.name-of:" + key, v.fact_id, Family::characters, d + 1, v.spoils,
                        v.sources, "What is the name of " + possessive(to->name) + " " + word + "?",
                        character_answers(*from), "character", statement);
        }

        // "How is Kit related to Milly?": other kinship words for the same person.
        std::set<std::string> true_words{word};
        for (const RelationView& o : all) {
            if (o.from == v.from && o.to == v.to)
                true_words.insert(std::string(relation_word(o.kind)));
        }
        std::vector<std::string> wrong;
        for (const std::string& w : kinship_words(gender)) {
            if (true_words.count(w) == 0)
                wrong.push_back(possessive(to->name) + " " + w);
        }
        add_mc("characters.how-related:" + key, v.fact_id, Family::characters, d + 1, v.spoils,
               v.sources, "How is " + from->name + " related to " + to->name + "?",
               possessive(to->name) + " " + word, {wrong}, "relation", statement);
        add_true_false("characters.related-true:" + key, v.fact_id, Family::characters, d, v.spoils,
                       v.sources, statement, true, statement);
        if (!wrong.empty()) {
            const std::string from_name = from->name;
            add("characters.related-false:" + key, v.fact_id, Family::characters,
                QuestionType::true_false, d + 1, v.spoils, v.sources,
                [=](Question& q, Rng& rng, AnswerSlot) {
                    q.prompt = "True or false: " + from_name + " is " +
                               wrong[rng.index(wrong.size())] + ".";
                    q.explanation = "False: " + statement;
                    set_true_false(q, false);
                });
        }
    }

    // --- crew and the film ----------------------------------------------------------------

    static std::string who_prompt(CrewRole role, const std::string& title) {
        switch (role) {
            case CrewRole::director:
                return "Who directed " + title + "?";
            case CrewRole::screenwriter:
                return "Who wrote the screenplay of " + title + "?";
            case CrewRole::composer:
                return "Who composed the score for " + title + "?";
            case CrewRole::cinematographer:
                return "Who was the cinematographer of " + title + "?";
            default:
                return "Who was the " + std::string(crew_job(role)) + " of " + title + "?";
        }
    }

    static int crew_difficulty(CrewRole role) {
        switch (role) {
            case CrewRole::director:
            case CrewRole::screenwriter:
                return 1;
            case CrewRole::composer:
            case CrewRole::cinematographer:
            case CrewRole::producer:
            case CrewRole::editor:
                return 2;
            default:
                return 3;
        }
    }

    static std::string made_verb(CrewRole role) {
        switch (role) {
            case CrewRole::director:
                return "also directed";
            case CrewRole::cinematographer:
                return "also shot";
            case CrewRole::screenwriter:
                return "also wrote";
            case CrewRole::composer:
                return "also scored";
            default:
                return "also worked on";
        }
    }

    void build_crew() {
        const auto& crew = pack_.film.crew;
        for (const CrewCredit& c : crew) {
            const std::string job(crew_job(c.role));
            const std::string role(to_string(c.role));
            const std::string fact = "crew:" + role + ":" + c.name;
            const int d = crew_difficulty(c.role);
            const std::string explanation = c.name + " was the " + job + " of " + title_ + "." +
                                            (c.note.empty() ? "" : " " + c.note);
            // People who share this job are never wrong answers.
            std::set<std::string> same_job;
            std::set<CrewRole> jobs_of_person;
            for (const CrewCredit& o : crew) {
                if (o.role == c.role)
                    same_job.insert(o.name);
                if (o.name == c.name)
                    jobs_of_person.insert(o.role);
            }
            std::vector<std::string> others;
            for (const CrewCredit& o : crew) {
                if (same_job.count(o.name) == 0)
                    others.push_back(o.name);
            }
            const bool shared = same_job.size() > 1;
            add_mc("crew.who:" + role + ":" + c.name, fact, Family::crew, d, c.spoils, c.sources,
                   shared ? "Which of these was a " + job + " of " + title_ + "?"
                          : who_prompt(c.role, title_),
                   c.name, {others}, "crew", explanation);
            if (d == 1 && !shared) {
                add_type_in("crew.who-typed:" + role, fact, Family::crew, 2, c.spoils, c.sources,
                            who_prompt(c.role, title_) + " Type the name.", person_answers(c.name),
                            "crew", explanation);
            }
            std::vector<std::string> other_jobs;
            for (const CrewRole r : all_crew_roles()) {
                if (jobs_of_person.count(r) == 0)
                    other_jobs.push_back(capitalize(std::string(crew_job(r))));
            }
            add_mc("crew.job:" + c.name + ":" + role, fact, Family::crew, d, c.spoils, c.sources,
                   "What was " + possessive(c.name) + " job on " + title_ + "?", capitalize(job),
                   {other_jobs}, "job", explanation);
            add_true_false("crew.job-true:" + role + ":" + c.name, fact, Family::crew, d, c.spoils,
                           c.sources, c.name + " was the " + job + " of " + title_ + ".", true,
                           explanation);
            std::vector<const CrewCredit*> wrong_people;
            for (const CrewCredit& o : crew) {
                if (same_job.count(o.name) == 0)
                    wrong_people.push_back(&o);
            }
            if (!wrong_people.empty() && !shared) {
                const std::string name = c.name;
                std::vector<std::string> sources = c.sources;
                for (const auto* o : wrong_people)
                    sources = merge_sources(sources, o->sources);
                const std::string title = title_;
                add("crew.job-false:" + role + ":" + c.name, fact, Family::crew,
                    QuestionType::true_false, std::min(3, d + 1), c.spoils, sources,
                    [=](Question& q, Rng& rng, AnswerSlot) {
                        const CrewCredit* o = wrong_people[rng.index(wrong_people.size())];
                        q.prompt =
                            "True or false: " + o->name + " was the " + job + " of " + title + ".";
                        q.explanation = "False: the " + job + " was " + name + ". " + o->name +
                                        " was the " + std::string(crew_job(o->role)) + ".";
                        set_true_false(q, false);
                    });
            }
            for (const std::string& work : c.known_for) {
                add_true_false(
                    "crew.known-for:" + c.name + ":" + work, "crew-known-for:" + c.name,
                    Family::crew, 2, c.spoils, c.sources,
                    c.name + ", the " + job + " of " + title_ + ", " + made_verb(c.role) + " " +
                        work + ".",
                    true, c.name + " " + made_verb(c.role) + " " + join_and(c.known_for) + ".");
            }
        }
    }

    // Four numbers around `value`, the answer at `slot`, nearest first.
    static std::vector<std::string> numeric_choices(double value, double step, bool ratio, int slot,
                                                    const std::string& prefix,
                                                    const std::string& suffix, int decimals) {
        std::vector<std::string> out;
        for (int j = 0; j < 4; ++j) {
            const int k = j - slot;
            const double v = ratio ? value * std::pow(step, k) : value + step * k;
            char buffer[64];
            std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
            out.push_back(prefix + buffer + suffix);
        }
        return out;
    }

    void add_numeric(std::string id, std::string fact, int difficulty,
                     const std::vector<std::string>& sources, std::string prompt, double value,
                     double step, bool ratio, std::string prefix, std::string suffix, int decimals,
                     std::string kind, std::string explanation) {
        add(std::move(id), std::move(fact), Family::crew, QuestionType::multiple_choice, difficulty,
            0, sources, [=](Question& q, Rng& rng, AnswerSlot slot) {
                const int at = slot >= 0 ? slot % 4 : static_cast<int>(rng.index(4));
                q.prompt = prompt;
                q.choices = numeric_choices(value, step, ratio, at, prefix, suffix, decimals);
                q.answer = at;
                q.choice_kind = kind;
                q.explanation = explanation;
            });
    }

    void build_film() {
        const Film& f = pack_.film;
        if (f.year.value > 0) {
            const std::string year = std::to_string(f.year.value);
            const std::string explanation = title_ + " came out in " + year + ".";
            add_numeric("crew.year", "film:year", 1, f.year.sources,
                        "In which year did " + title_ + " come out?", f.year.value, 1, false, "",
                        "", 0, "year", explanation);
            add_type_in("crew.year-typed", "film:year", Family::crew, 2, 0, f.year.sources,
                        "In which year did " + title_ + " come out? Type the year.", {year}, "year",
                        explanation);
        }
        if (f.running_time_minutes.value > 0) {
            add_numeric(
                "crew.running-time", "film:running-time", 3, f.running_time_minutes.sources,
                "How long does " + title_ + " run?", f.running_time_minutes.value, 7, false, "",
                " minutes", 0, "minutes",
                title_ + " runs for " + std::to_string(f.running_time_minutes.value) + " minutes.");
        }
        if (f.box_office_usd_millions.value > 0) {
            char amount[32];
            std::snprintf(amount, sizeof amount, "%.1f", f.box_office_usd_millions.value);
            add_numeric("crew.box-office", "film:box-office", 3, f.box_office_usd_millions.sources,
                        "How much did " + title_ + " take at the box office?",
                        f.box_office_usd_millions.value, 1.4, true, "$", " million", 1, "money",
                        title_ + " took $" + amount + " million at the box office.");
        }
        auto decoys = [&](const char* kind) {
            const auto it = pack_.decoys.find(kind);
            return it == pack_.decoys.end() ? std::vector<std::string>{} : it->second;
        };
        if (!f.country.value.empty()) {
            add_mc("crew.country", "film:country", Family::crew, 1, 0, f.country.sources,
                   "Which country is " + title_ + " from?", f.country.value, {decoys("country")},
                   "country", title_ + " is a film from the " + f.country.value + ".");
        }
        if (!f.genre.value.empty()) {
            add_mc("crew.genre", "film:genre", Family::crew, 1, 0, f.genre.sources,
                   "How would you describe " + title_ + "?", capitalize(f.genre.value), {[&] {
                       std::vector<std::string> v;
                       for (const auto& d : decoys("genre"))
                           v.push_back(capitalize(d));
                       return v;
                   }()},
                   "genre", title_ + " is a " + f.genre.value + ".");
        }
        if (f.premiere) {
            const Premiere& p = *f.premiere;
            const std::string when = month_year(p.date);
            const std::string explanation = title_ + " premiered at the " + p.festival +
                                            (p.section.empty() ? "" : " (" + p.section + ")") +
                                            " in " + when + ".";
            add_mc("crew.premiere", "film:premiere", Family::crew, 2, 0, p.sources,
                   "Where did " + title_ + " have its world premiere?", p.festival,
                   {decoys("festival")}, "festival", explanation);
            add_true_false("crew.premiere-true", "film:premiere", Family::crew, 2, 0, p.sources,
                           title_ + " premiered at the " + p.festival + " in " + when + ".", true,
                           explanation);
        }
        if (f.releases.size() >= 2) {
            std::vector<const Release*> sorted;
            for (const Release& r : f.releases)
                sorted.push_back(&r);
            std::sort(sorted.begin(), sorted.end(),
                      [](const Release* a, const Release* b) { return a->date < b->date; });
            const Release* a = sorted[0];
            const Release* b = sorted[1];
            if (a->date != b->date) {
                add_true_false(
                    "crew.release-order", "film:releases", Family::crew, 2, 0,
                    merge_sources(a->sources, b->sources),
                    title_ + " was released in the " + b->region + " before the " + a->region + ".",
                    false,
                    "False: it came out in the " + a->region + " in " + month_year(a->date) +
                        ", and in the " + b->region + " in " + month_year(b->date) + ".");
            }
        }
        if (f.based_on) {
            const BasedOn& b = *f.based_on;
            std::vector<std::string> media;
            for (const auto& m : decoys("medium"))
                media.push_back("A " + m);
            const std::string by = b.author.empty() ? "" : " by " + b.author;
            const std::string explanation =
                title_ + " is based on " + quoted(b.title) + ", a " + b.medium + by +
                (b.broadcaster.empty() ? "" : ", first heard on " + b.broadcaster) +
                (b.year > 0 ? " in " + std::to_string(b.year) : "") + ".";
            add_mc("crew.based-on", "film:based-on", Family::crew, 2, 0, b.sources,
                   "What is " + title_ + " adapted from?", "A " + b.medium, {media}, "medium",
                   explanation);
            add_type_in("crew.based-on-title", "film:based-on-title", Family::crew, 3, 0, b.sources,
                        title_ + " is adapted from a " + b.medium + by + ". What is it called?",
                        {b.title}, "title", explanation);
            if (!b.broadcaster.empty()) {
                add_mc("crew.broadcaster", "film:based-on-title", Family::crew, 3, 0, b.sources,
                       "Where was the " + b.medium + " " + quoted(b.title) + " first heard?",
                       b.broadcaster, {decoys("broadcaster")}, "broadcaster", explanation);
            }
            for (const CrewCredit& c : pack_.film.crew) {
                if (c.role == CrewRole::screenwriter && c.name == b.author) {
                    add_true_false("crew.own-adaptation", "film:based-on", Family::crew, 2, 0,
                                   merge_sources(b.sources, c.sources),
                                   "The screenwriter of " + title_ + " also wrote the " + b.medium +
                                       " it is adapted from.",
                                   true, explanation);
                }
            }
        }
        for (const auto& place : f.shooting_locations) {
            add_true_false("crew.shot-in:" + place.value, "film:shot-in:" + place.value,
                           Family::crew, 1, 0, place.sources,
                           title_ + " was shot in " + place.value + ".", true,
                           title_ + " was shot in " + place.value + ".");
        }
        for (const Company& c : f.companies) {
            const std::string verb = c.role == "distribution" ? "distributed" : "produced";
            add_true_false("crew.company:" + c.name, "film:company:" + c.name, Family::crew, 3, 0,
                           c.sources, c.name + " " + verb + " " + title_ + ".", true,
                           c.name + " " + verb + " " + title_ + ".");
        }
    }

    // --- plot -------------------------------------------------------------------------------

    void build_plot() {
        const auto& events = pack_.plot;
        const std::size_t n = events.size();
        for (std::size_t i = 0; i < n; ++i) {
            const PlotEvent& e = events[i];
            const std::string text = event_text(e);
            const std::string pos = std::to_string(e.position);
            const std::string fact = "plot:" + pos;
            add_true_false("plot.happens:" + pos, fact, Family::plot, 1, e.position, e.sources,
                           "in the film, " + text + ".", true, capitalize(text) + ".");

            if (e.subjects.size() == 1) {
                const Character* who = pack_.character(e.subjects.front());
                if (who == nullptr)
                    continue;
                std::set<std::string> involved(e.subjects.begin(), e.subjects.end());
                involved.insert(e.with.begin(), e.with.end());
                const bool gendered = mentions_gender(e.action);
                const Tiers tiers = character_tiers_like(*who, gendered, e.position, involved);
                add_mc("plot.who:" + pos, fact, Family::plot, 2, e.position, e.sources,
                       "Who " + e.action + "?", who->name, tiers, "character",
                       capitalize(text) + ".");
                // The same event with someone not involved in it is false. Only main
                // characters of a fitting gender, so the statement still reads true-ish.
                std::vector<std::string> impostors =
                    distinct_pool(who->name, Tiers{tiers[0], tiers[1]});
                if (!impostors.empty()) {
                    const std::string action = e.action;
                    const std::string name = who->name;
                    add("plot.happens-false:" + pos, fact, Family::plot, QuestionType::true_false,
                        2, e.position, e.sources, [=](Question& q, Rng& rng, AnswerSlot) {
                            q.prompt =
                                "True or false: in the film, " +
                                impostors[rng.index(std::min<std::size_t>(impostors.size(), 3))] +
                                " " + action + ".";
                            q.explanation = "False: it is " + name + " who " + action + ".";
                            set_true_false(q, false);
                        });
                }
            }
            // What comes right after / before; wrong options come from earlier in the story
            // only, so the question spoils nothing beyond its answer.
            if (i + 1 < n)
                build_neighbour(i, i + 1, true);
            if (i >= 1)
                build_neighbour(i, i - 1, false);
        }
        // Story order: windows of four neighbouring events (hard) and of three events two
        // apart (easier), every other start, so the count grows with the plot, not faster.
        for (std::size_t start = 0; start + 4 <= n; start += 2)
            build_order(start, 1, 4, 3);
        for (std::size_t start = 0; start + 5 <= n; start += 3)
            build_order(start, 2, 3, 2);
    }

    void build_neighbour(std::size_t i, std::size_t j, bool after) {
        const auto& events = pack_.plot;
        const PlotEvent& ref = events[i];
        const PlotEvent& answer = events[j];
        const std::size_t latest = std::max(i, j);
        std::vector<std::string> near;
        std::vector<std::string> far;
        for (std::size_t k = 0; k <= latest; ++k) {
            if (k == i || k == j)
                continue;
            const std::size_t distance = k > j ? k - j : j - k;
            (distance <= 6 ? near : far).push_back(capitalize(event_text(events[k])));
        }
        const std::string pos = std::to_string(ref.position);
        const int spoils = events[latest].position;
        add_mc(std::string(after ? "plot.next:" : "plot.previous:") + pos,
               "plot-neighbour:" + std::to_string(std::min(ref.position, answer.position)),
               Family::plot, 2, spoils, merge_sources(ref.sources, answer.sources),
               std::string(after ? "What happens right after this?"
                                 : "What happens right before this?") +
                   " " + capitalize(event_text(ref)) + ".",
               capitalize(event_text(answer)), {near, far}, "event",
               after ? "Right after that, " + event_text(answer) + "."
                     : "Right before that, " + event_text(answer) + ".");
    }

    void build_order(std::size_t start, std::size_t stride, std::size_t size, int difficulty) {
        const auto& events = pack_.plot;
        std::vector<const PlotEvent*> window;
        for (std::size_t k = 0; k < size; ++k)
            window.push_back(&events[start + k * stride]);
        std::vector<std::string> texts;
        std::vector<std::string> sources;
        for (const auto* e : window) {
            texts.push_back(capitalize(event_text(*e)));
            sources = merge_sources(sources, e->sources);
        }
        const int spoils = window.back()->position;
        const std::string id = "plot.order:" + std::to_string(window.front()->position) + "-" +
                               std::to_string(stride) + "-" + std::to_string(size);
        add(id,
            "plot-order:" + std::to_string(window.front()->position) + "-" + std::to_string(stride),
            Family::plot, QuestionType::ordering, difficulty, spoils, sources,
            [=](Question& q, Rng& rng, AnswerSlot) {
                std::vector<int> shown(texts.size());
                for (std::size_t k = 0; k < shown.size(); ++k)
                    shown[k] = static_cast<int>(k);
                // Never show them already in order.
                do {
                    rng.shuffle(shown);
                } while (std::is_sorted(shown.begin(), shown.end()));
                q.prompt = "Put these events in story order, first to last.";
                q.choices.clear();
                for (const int k : shown)
                    q.choices.push_back(texts[static_cast<std::size_t>(k)]);
                q.order.assign(texts.size(), 0);
                for (std::size_t slot = 0; slot < shown.size(); ++slot) {
                    q.order[static_cast<std::size_t>(shown[slot])] = static_cast<int>(slot);
                }
                q.choice_kind = "event";
                std::string explanation = "In the film: ";
                for (std::size_t k = 0; k < texts.size(); ++k) {
                    explanation += std::to_string(k + 1) + ". " + texts[k] + ". ";
                }
                q.explanation = trim(explanation);
            });
    }

    // --- quotes -----------------------------------------------------------------------------

    void build_quotes() {
        std::set<std::string> speaker_ids;
        for (const Quote& q : pack_.quotes)
            speaker_ids.insert(q.speaker);
        std::vector<std::string> speaker_names;
        for (const auto& id : speaker_ids)
            speaker_names.push_back(pack_.name_of(id));
        // Endings that start a sentence and endings cut at a comma are told apart by their
        // first letter, so each is only offered among its own kind.
        auto starts_sentence = [](const std::string& s) {
            return !s.empty() && !(s[0] >= 'a' && s[0] <= 'z');
        };
        std::vector<std::string> sentence_endings;
        std::vector<std::string> clause_endings;
        for (const Quote& q : pack_.quotes) {
            if (const auto parts = split_quote(q.text)) {
                (starts_sentence(parts->end) ? sentence_endings : clause_endings)
                    .push_back(parts->end);
            }
        }
        for (const Quote& quote : pack_.quotes) {
            const Character* speaker = pack_.character(quote.speaker);
            if (speaker == nullptr)
                continue;
            const int spoils = std::max(quote.spoils, speaker->spoils);
            const std::string fact = "quote:" + quote.id;
            const std::string explanation = speaker->name + " says: " + quoted(quote.text);
            Tiers tiers = character_tiers_like(*speaker, false, spoils, {speaker->id});
            tiers.insert(tiers.begin(), speaker_names);
            add_mc("quotes.who:" + quote.id, fact, Family::quotes, 2, spoils, quote.sources,
                   "Who says this line? " + quoted(quote.text), speaker->name, tiers, "character",
                   explanation);
            add_true_false("quotes.said-true:" + quote.id, fact, Family::quotes, 2, spoils,
                           quote.sources, speaker->name + " says: " + quoted(quote.text), true,
                           explanation);
            std::vector<std::string> others;
            for (const auto& name : distinct_pool(speaker->name, tiers))
                others.push_back(name);
            if (!others.empty()) {
                const std::string text = quote.text;
                const std::string name = speaker->name;
                const std::size_t choose_from = std::min<std::size_t>(others.size(), 2);
                add("quotes.said-false:" + quote.id, fact, Family::quotes, QuestionType::true_false,
                    2, spoils, quote.sources, [=](Question& q, Rng& rng, AnswerSlot) {
                        q.prompt = "True or false: " + others[rng.index(choose_from)] +
                                   " says: " + quoted(text);
                        q.explanation = "False: it is " + name + " who says it.";
                        set_true_false(q, false);
                    });
            }
            if (const auto parts = split_quote(quote.text)) {
                add_mc("quotes.finish:" + quote.id, fact, Family::quotes, 3, spoils, quote.sources,
                       "Finish " + possessive(speaker->name) +
                           " line: " + quoted(parts->start + " \u2026"),
                       parts->end,
                       {starts_sentence(parts->end) ? sentence_endings : clause_endings},
                       "quote-ending", explanation);
            }
        }
    }

    // --- trivia and soundtrack --------------------------------------------------------------

    void build_claims() {
        for (const Claim& c : pack_.claims) {
            if (c.truth != Truth::true_ && c.truth != Truth::false_)
                continue;
            const bool truth = c.truth == Truth::true_;
            const Family family = c.kind == "scene" ? Family::plot : Family::trivia;
            // A false claim is cited to the sources that refute it as well.
            const std::vector<std::string> sources =
                truth ? c.sources : merge_sources(c.refuted_by, c.sources);
            add_true_false("trivia.claim:" + c.id, "claim:" + c.id, family, 2, c.spoils, sources,
                           c.text, truth, truth ? c.text : "False. " + c.correction);
        }
    }

    void build_songs() {
        std::map<std::string, std::vector<const Song*>> by_artist;
        for (const Song& s : pack_.songs) {
            by_artist[s.artist].push_back(&s);
            const std::string statement = quoted(s.title) + " by " + s.artist +
                                          " is on the soundtrack" +
                                          (s.usage.empty() ? "" : ", for " + s.usage) + ".";
            add_true_false("trivia.song:" + s.title, "song:" + s.title, Family::trivia, 2, s.spoils,
                           s.sources, statement, true, statement);
        }
        for (const auto& [artist, songs] : by_artist) {
            std::vector<std::string> titles;
            std::vector<std::string> sources;
            int spoils = 0;
            for (const Song* s : songs) {
                titles.push_back(quoted(s->title));
                sources = merge_sources(sources, s->sources);
                spoils = std::max(spoils, s->spoils);
            }
            add_type_in(
                "trivia.song-artist:" + artist, "song-artist:" + artist, Family::trivia, 3, spoils,
                sources,
                "Who performs " + join_and(titles) + " on the soundtrack of " + title_ + "?",
                {artist}, "artist", artist + " performs " + join_and(titles) + ".");
        }
    }

    const Pack& pack_;
    std::vector<Candidate>& out_;
    std::string title_;
    std::set<std::string> in_plot_;
    std::set<std::string> people_;
    std::map<std::string, int> actors_per_character_;
};

}  // namespace

QuestionBank::QuestionBank(const Pack& pack) : pack_(&pack) {
    Builder(pack, candidates_).build();
}

Question QuestionBank::realize(const Candidate& candidate, std::uint64_t seed,
                               AnswerSlot slot) const {
    Rng rng(derive_seed(seed, candidate.id));
    return candidate.make(rng, slot);
}

std::vector<Question> QuestionBank::all(std::uint64_t seed) const {
    std::vector<Question> questions;
    questions.reserve(candidates_.size());
    for (const Candidate& c : candidates_)
        questions.push_back(realize(c, seed));
    return questions;
}

}  // namespace filmquiz::core
