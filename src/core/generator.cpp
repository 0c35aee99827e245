#include "core/generator.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/names.hpp"
#include "core/parallel.hpp"
#include "core/text.hpp"
#include "core/wording.hpp"

namespace filmquiz::core {

namespace {

constexpr std::size_t kDistractors = 3;  // four options in all
// Wrong answers kept per tier and question: enough for variety from seed to seed, few
// enough that a pack a hundred times larger costs a hundred times more, not ten thousand.
constexpr std::size_t kPoolCap = 12;
// Longest explanation a multiple-choice question gets when it could say more: the reveal
// shows the four options above it.
constexpr std::size_t kMaxChoiceExplanation = 200;

// Wrong answers of one multiple-choice question: indices of interned texts, best first.
struct Decoys {
    std::vector<std::uint32_t> items;
    std::size_t close = 0;  // the first `close` items are the nearest kind
    bool enough() const { return items.size() >= kDistractors; }
    bool all_close() const { return close >= kDistractors; }
};

// Wrong answers gathered in two tiers, near misses first, at most kPoolCap of each.
struct DecoyTiers {
    std::vector<std::uint32_t> close;
    std::vector<std::uint32_t> loose;

    // Adds `id` to its tier; true once there are enough near misses to stop looking (the
    // looser kind would never be drawn).
    bool add(std::uint32_t id, bool near) {
        auto& tier = near ? close : loose;
        if (tier.size() < kPoolCap)
            tier.push_back(id);
        return close.size() >= kPoolCap;
    }

    Decoys take() {
        Decoys d;
        d.close = close.size();
        d.items = std::move(close);
        d.items.insert(d.items.end(), loose.begin(), loose.end());
        return d;
    }
};

enum class RecipeKind : std::uint8_t { choice, numeric, statement, ordering, typed };

struct Statement {
    std::string text;
    std::string explanation;
};

// How to draw one candidate; texts fixed at build time, options drawn with the seed.
struct Recipe {
    RecipeKind kind = RecipeKind::choice;
    std::string prompt;
    std::string answer;
    std::string answer_key;  // folded answer, computed once
    std::size_t answer_length = 0;
    Decoys decoys;
    std::string choice_kind;
    std::string explanation;
    std::vector<std::string> accept;
    std::vector<Statement> statements;  // one is drawn; every one has the same truth
    bool truth = true;
    std::vector<std::string> items;  // ordering: in story order
    double value = 0;                // numeric: the answer and the step between options
    double step = 1;
    bool ratio = false;
    std::string prefix;
    std::string suffix;
    int decimals = 0;
    std::vector<std::string> sources;
    bool verified = true;
};

bool same_text(const std::string& a, const std::string& b) {
    return fold_for_matching(a) == fold_for_matching(b);
}

std::string quoted(const std::string& s) {
    return "\u201C" + s + "\u201D";
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

std::string day_month_year(const std::string& iso_date) {
    if (iso_date.size() != 10)
        return iso_date;
    return std::to_string(std::stoi(iso_date.substr(8, 2))) + " " + month_year(iso_date);
}

// "Milly", "Milly and Jess", "Milly, Jess and Kit".
std::string names_and(const std::vector<std::string>& names) {
    return join_and(names);
}

// A kinship or social word a wrong relation option may use: who may hold it (their sex,
// whether a child may) and the generation gap it implies (holder minus other).
struct RelationWord {
    const char* word;
    Gender sex;
    std::optional<int> gap;  // none: any generation
    bool holder_adult;       // aunt, father: the holder is grown up
    bool both_adults;        // husband, colleague: both are
    bool kin;                // family, as opposed to friend, colleague or neighbour
};

const std::vector<RelationWord>& relation_words() {
    static const std::vector<RelationWord> words{
        {"husband", Gender::male, 0, true, true, true},
        {"wife", Gender::female, 0, true, true, true},
        {"brother", Gender::male, 0, false, false, true},
        {"sister", Gender::female, 0, false, false, true},
        {"cousin", Gender::unknown, 0, false, false, true},
        {"sister-in-law", Gender::female, 0, true, false, true},
        {"brother-in-law", Gender::male, 0, true, false, true},
        {"mother-in-law", Gender::female, -1, true, true, true},
        {"father-in-law", Gender::male, -1, true, true, true},
        {"daughter-in-law", Gender::female, 1, true, true, true},
        {"son-in-law", Gender::male, 1, true, true, true},
        {"sister-in-law", Gender::female, 0, true, false, true},
        {"brother-in-law", Gender::male, 0, true, false, true},
        {"mother-in-law", Gender::female, -1, true, true, true},
        {"father-in-law", Gender::male, -1, true, true, true},
        {"daughter-in-law", Gender::female, 1, true, true, true},
        {"son-in-law", Gender::male, 1, true, true, true},
        {"best friend", Gender::unknown, std::nullopt, false, false, false},
        {"friend", Gender::unknown, std::nullopt, false, false, false},
        {"colleague", Gender::unknown, std::nullopt, true, true, false},
        {"neighbour", Gender::unknown, std::nullopt, false, false, false},
        {"mother", Gender::female, -1, true, false, true},
        {"father", Gender::male, -1, true, false, true},
        {"aunt", Gender::female, -1, true, false, true},
        {"uncle", Gender::male, -1, true, false, true},
        {"stepmother", Gender::female, -1, true, false, true},
        {"stepfather", Gender::male, -1, true, false, true},
        {"godmother", Gender::female, -1, true, false, true},
        {"godfather", Gender::male, -1, true, false, true},
        {"daughter", Gender::female, 1, false, false, true},
        {"son", Gender::male, 1, false, false, true},
        {"niece", Gender::female, 1, false, false, true},
        {"nephew", Gender::male, 1, false, false, true},
        {"stepdaughter", Gender::female, 1, false, false, true},
        {"stepson", Gender::male, 1, false, false, true},
        {"goddaughter", Gender::female, 1, false, false, true},
        {"godson", Gender::male, 1, false, false, true},
        {"grandmother", Gender::female, -2, true, false, true},
        {"grandfather", Gender::male, -2, true, false, true},
        {"granddaughter", Gender::female, 2, false, false, true},
        {"grandson", Gender::male, 2, false, false, true},
    };
    return words;
}

bool is_spouse_word(const std::string& w) {
    return w == "husband" || w == "wife";
}
bool is_friend_word(const std::string& w) {
    return w == "friend" || w == "best friend";
}

struct QuoteParts {
    std::string start;
    std::string end;
};

// Splits a line so its ending can be asked: before the last sentence, else at the last
// comma or dash, else not at all.
std::optional<QuoteParts> split_quote(const std::string& text) {
    auto count_words = [](const std::string& s) {
        return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
    };
    for (std::size_t i = text.size(); i-- > 1;) {
        const char c = text[i - 1];
        if (text[i] == ' ' && (c == '.' || c == '?' || c == '!')) {
            const std::string start = text.substr(0, i);
            const std::string end = text.substr(i + 1);
            if (count_words(start) >= 2 && count_words(end) >= 2)
                return QuoteParts{start, end};
        }
    }
    for (const std::string sep : {";", ",", "\u2014"}) {
        const std::size_t at = text.rfind(sep);
        if (at == std::string::npos)
            continue;
        std::string start = text.substr(0, at + sep.size());
        std::string end = trim(text.substr(at + sep.size()));
        if (count_words(start) >= 2 && count_words(end) >= 3)
            return QuoteParts{start, end};
    }
    return std::nullopt;
}

std::vector<std::string> numeric_choices(const Recipe& r, int slot) {
    std::vector<std::string> out;
    for (int j = 0; j < 4; ++j) {
        const int k = j - slot;
        const double v = r.ratio ? r.value * std::pow(r.step, k) : r.value + r.step * k;
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", r.decimals, v);
        out.push_back(r.prefix + buffer + r.suffix);
    }
    return out;
}

}  // namespace

struct QuestionBank::Data {
    std::vector<std::string> strings;
    std::vector<std::string> folded;   // fold_for_matching of each string, computed once
    std::vector<std::size_t> lengths;  // in code points
    std::unordered_map<std::string, std::uint32_t> index;
    std::vector<Recipe> recipes;

    std::uint32_t intern(const std::string& s) {
        const auto it = index.find(s);
        if (it != index.end())
            return it->second;
        const auto id = static_cast<std::uint32_t>(strings.size());
        strings.push_back(s);
        folded.push_back(fold_for_matching(s));
        lengths.push_back(utf8_length(s));
        index.emplace(s, id);
        return id;
    }
};

namespace {

// What a character is, for choosing plausible decoys and for explanations.
struct Person {
    const Character* character = nullptr;
    std::size_t index = 0;
    int intro = 0;      // the plot position that introduces them
    bool main = false;  // appears in the plot
    std::uint32_t name = 0;
};

// Which characters are plausible wrong answers for a question about someone.
struct Like {
    Gender sex = Gender::unknown;  // required sex; unknown: any
    bool child = false;
    std::optional<int> generation;  // must match a decoy's known generation
    int alive_at = 0;               // alive at this plot position; 0: no check
    bool main = true;               // nearest misses: characters in the plot, or (false) outside it
};

struct Actor {
    std::string name;
    Gender sex = Gender::unknown;
    bool child = false;
    bool lead = false;
    std::uint32_t id = 0;
    bool in_cast = true;  // false: only in the casting history
};

// The families a builder makes. A large pack's bank is built in two halves at once, the
// people (cast, characters, crew, the film) and the story (plot, quotes, trivia, songs),
// and joined in that order, so it is the same bank as one built in one go.
enum class Half { people, story, all };

std::size_t fact_count(const Pack& pack) {
    std::size_t facts = pack.cast.size() + pack.casting.size() + pack.relations.size() +
                        pack.film.crew.size() + pack.plot.size() + pack.quotes.size() +
                        pack.claims.size() + pack.songs.size();
    for (const Character& c : pack.characters)
        facts += c.traits.size();
    return facts;
}

class Builder {
  public:
    Builder(const Pack& pack, std::vector<Candidate>& out, QuestionBank::Data& data, Half half)
        : pack_(pack), out_(out), data_(data) {
        title_ = pack.film.title.value.empty() ? pack.title : pack.film.title.value;
        // A handful of questions per fact: reserve once rather than grow a large pack's
        // bank by copying.
        // The people's half keeps room for the story's too, which is joined after it
        // without moving every recipe again; room never touched costs no memory.
        const std::size_t facts = fact_count(pack) / (half == Half::story ? 2 : 1);
        out_.reserve(out_.size() + 5 * facts);
        data_.recipes.reserve(data_.recipes.size() + 5 * facts);
        index_characters();
        index_people();
        index_plot();
    }

    void build(Half half) {
        if (half != Half::story) {
            build_cast();
            build_casting();
            build_characters();
            build_crew();
            build_film();
        }
        if (half != Half::people) {
            build_plot();
            build_quotes();
            build_claims();
            build_songs();
        }
    }

  private:
    // --- indexes, built once ------------------------------------------------------------

    void index_characters() {
        std::unordered_set<std::string> in_plot;
        for (const PlotEvent& e : pack_.plot) {
            in_plot.insert(e.subjects.begin(), e.subjects.end());
            in_plot.insert(e.with.begin(), e.with.end());
        }
        people_.reserve(pack_.characters.size());
        for (std::size_t i = 0; i < pack_.characters.size(); ++i) {
            const Character& c = pack_.characters[i];
            Person p;
            p.character = &c;
            p.index = i;
            p.intro = c.spoils;
            p.main = in_plot.count(c.id) > 0;
            p.name = data_.intern(c.name);
            people_.push_back(p);
            by_id_.emplace(c.id, i);
            names_.add(c.name, i);
            for (const std::string& alias : c.aliases)
                names_.add(alias, i);
        }
        // Decoy pools by (sex, child), each in order of introduction, so a question finds
        // everyone its spoiler point allows with one binary search.
        for (std::size_t i = 0; i < people_.size(); ++i)
            pools_[pool_of(*people_[i].character)].push_back(i);
        for (auto& pool : pools_) {
            std::stable_sort(pool.begin(), pool.end(), [&](std::size_t a, std::size_t b) {
                return people_[a].intro < people_[b].intro;
            });
        }
        for (const CastMember& m : pack_.cast) {
            if (!m.character.empty())
                cast_of_.emplace(m.character, &m);
        }
        for (const Relation& r : pack_.relations) {
            if (r.kind == RelationKind::husband || r.kind == RelationKind::wife) {
                married_.insert(r.from);
                married_.insert(r.to);
            }
            relations_of_[r.from].push_back(&r);
            relations_of_[r.to].push_back(&r);
        }
        // Descriptions and shared traits, once: a long series' pack asks for them often.
        for (const Character& c : pack_.characters) {
            roles_.emplace(c.id, find_role_in_story(c));
            for (std::size_t t = 0; t < c.traits.size(); ++t)
                trait_holders_[fold_for_matching(c.traits[t].text)].push_back(&c);
        }
    }

    static std::size_t pool_of(const Character& c) {
        return static_cast<std::size_t>(c.gender) * 2 + (c.child ? 1 : 0);
    }

    void index_people() {
        std::unordered_set<std::string> seen;
        auto add_actor = [&](const std::string& name, Gender sex, bool child, bool lead,
                             bool in_cast) {
            if (!seen.insert(name).second)
                return;
            actors_.push_back({name, sex, child, lead, data_.intern(name), in_cast});
        };
        for (const CastMember& m : pack_.cast) {
            const Character* c = character(m.character);
            add_actor(m.actor, actor_sex(m), c != nullptr && c->child, m.billing <= 6, true);
        }
        for (const CastingNote& n : pack_.casting) {
            Gender sex = n.gender;
            if (sex == Gender::unknown) {
                const Character* role = character(!n.role.empty() ? n.role : n.first_role);
                if (role != nullptr)
                    sex = role->gender;
            }
            add_actor(n.actor, sex, false, true, false);
        }
        std::vector<std::string> person_names;
        for (const Actor& a : actors_)
            person_names.push_back(a.name);
        for (const CrewCredit& c : pack_.film.crew) {
            if (seen.insert(c.name).second)
                person_names.push_back(c.name);
            crew_by_name_.emplace(c.name, &c);
        }
        for (const std::string& p : person_names) {
            const auto s = p.rfind(' ');
            if (s != std::string::npos)
                ++surname_count_[fold_for_matching(p.substr(s + 1))];
        }
    }

    void index_plot() {
        for (std::size_t i = 0; i < pack_.plot.size(); ++i) {
            const PlotEvent& e = pack_.plot[i];
            event_index_.emplace(e.position, i);
            std::vector<std::string> names;
            for (const auto& id : e.subjects)
                names.push_back(name_of(id));
            event_texts_.push_back(names_and(names) + " " + e.action);
        }
        for (const PlotEvent& e : pack_.plot) {
            for (const int other : e.during) {
                overlaps_.insert(pair_key(e.position, other));
                overlaps_.insert(pair_key(other, e.position));
            }
        }
    }

    static std::uint64_t pair_key(int a, int b) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) |
               static_cast<std::uint32_t>(b);
    }

    bool overlap(int a, int b) const { return overlaps_.count(pair_key(a, b)) > 0; }

    std::string name_of(const std::string& id) const {
        const Character* c = character(id);
        return c != nullptr ? c->name : id;
    }

    const Character* character(const std::string& id) const {
        const auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : &pack_.characters[it->second];
    }

    const Person* person(const std::string& id) const {
        const auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : &people_[it->second];
    }

    Gender actor_sex(const CastMember& m) const {
        if (m.gender != Gender::unknown)
            return m.gender;
        const Character* c = character(m.character);
        return c != nullptr ? c->gender : Gender::unknown;
    }

    // The latest introduction among the characters a text names.
    int named_spoils(const std::string& text) const {
        int latest = 0;
        names_.scan(text, [&](std::size_t i) { latest = std::max(latest, people_[i].intro); });
        return latest;
    }

    // --- emitting candidates --------------------------------------------------------

    // The name prompts give a low-reliability source: "a fan site".
    std::string cited_as(const std::vector<std::string>& sources) const {
        for (const std::string& id : sources) {
            const Source* s = pack_.source(id);
            if (s != nullptr && s->reliability == Reliability::low && !s->cited_as.empty())
                return s->cited_as;
        }
        return "an unconfirmed source";
    }

    void emit(std::string id, std::string fact_id, Family family, QuestionType type, int difficulty,
              int spoils, Recipe recipe) {
        recipe.verified = strongest(pack_, recipe.sources) >= Reliability::good;
        // A question resting only on a weak source says so, so it never asserts the fact.
        if (!recipe.verified) {
            const std::string source = cited_as(recipe.sources);
            if (type == QuestionType::true_false) {
                recipe.prompt = "True or false, according to " + source + ": ";
            } else {
                recipe.prompt = "According to " + source + ", " + decapitalize(recipe.prompt);
            }
        } else if (type == QuestionType::true_false) {
            recipe.prompt = "True or false: ";
        }
        // What a question gives away includes everyone its texts name. Texts repeat within
        // a question (every false statement shares its explanation): each is read once.
        int named = 0;
        std::vector<const std::string*> read;
        auto scan = [&](const std::string& text) {
            for (const std::string* seen : read) {
                if (*seen == text)
                    return;
            }
            read.push_back(&text);
            named = std::max(named, named_spoils(text));
        };
        scan(recipe.prompt);
        scan(recipe.answer);
        scan(recipe.explanation);
        for (const Statement& s : recipe.statements) {
            scan(s.text);
            scan(s.explanation);
        }
        for (const std::string& item : recipe.items)
            scan(item);
        for (const std::string& a : recipe.accept)
            scan(a);
        if (recipe.answer_key.empty() && !recipe.answer.empty())
            recipe.answer_key = fold_for_matching(recipe.answer);
        recipe.answer_length = utf8_length(recipe.answer);

        Candidate c;
        c.id = std::move(id);
        c.fact_id = std::move(fact_id);
        c.family = family;
        c.type = type;
        c.difficulty = std::clamp(difficulty, 1, 3);
        c.spoils = std::max(spoils, named);
        c.verified = recipe.verified;
        c.truth = type == QuestionType::true_false ? (recipe.truth ? 1 : 0) : -1;
        c.recipe = static_cast<std::uint32_t>(data_.recipes.size());
        data_.recipes.push_back(std::move(recipe));
        out_.push_back(std::move(c));
    }

    // A multiple-choice question; `decoys` already hold only plausible wrong answers.
    void add_choice(std::string id, std::string fact_id, Family family, int difficulty, int spoils,
                    std::vector<std::string> sources, std::string prompt, std::string answer,
                    Decoys decoys, std::string kind, std::string explanation) {
        // Never the answer itself, nor a repeat: options must differ even folded.
        // Decoy lists are short (two tiers of kPoolCap at most): a linear scan of the folded
        // texts beats hashing copies of them.
        const std::string key = fold_for_matching(answer);
        std::vector<const std::string*> seen{&key};
        Decoys clean;
        for (std::size_t i = 0; i < decoys.items.size(); ++i) {
            const std::uint32_t d = decoys.items[i];
            const std::string& folded = data_.folded[d];
            if (std::any_of(seen.begin(), seen.end(),
                            [&](const std::string* k) { return *k == folded; }))
                continue;
            seen.push_back(&folded);
            clean.items.push_back(d);
            if (i < decoys.close)
                ++clean.close;
        }
        if (!clean.enough())
            return;
        // An answer longer than every wrong option would give itself away by its length.
        const std::size_t length = utf8_length(answer);
        if (std::none_of(clean.items.begin(), clean.items.end(),
                         [&](std::uint32_t d) { return data_.lengths[d] >= length; }))
            return;
        // Near misses make it harder; decoys of a looser kind make it easier.
        if (!clean.all_close())
            difficulty -= 1;
        Recipe r;
        r.kind = RecipeKind::choice;
        r.prompt = std::move(prompt);
        r.answer = std::move(answer);
        r.answer_key = key;
        r.decoys = std::move(clean);
        r.choice_kind = std::move(kind);
        r.explanation = std::move(explanation);
        r.sources = std::move(sources);
        emit(std::move(id), std::move(fact_id), family, QuestionType::multiple_choice, difficulty,
             spoils, std::move(r));
    }

    void add_statement(std::string id, std::string fact_id, Family family, int difficulty,
                       int spoils, std::vector<std::string> sources,
                       std::vector<Statement> statements, bool truth) {
        if (statements.empty())
            return;
        Recipe r;
        r.kind = RecipeKind::statement;
        r.statements = std::move(statements);
        r.truth = truth;
        r.choice_kind = "truth";
        r.sources = std::move(sources);
        emit(std::move(id), std::move(fact_id), family, QuestionType::true_false, difficulty,
             spoils, std::move(r));
    }

    void add_typed(std::string id, std::string fact_id, Family family, int difficulty, int spoils,
                   std::vector<std::string> sources, std::string prompt,
                   std::vector<std::string> accept, std::string kind, std::string explanation) {
        Recipe r;
        r.kind = RecipeKind::typed;
        r.prompt = std::move(prompt);
        r.accept = std::move(accept);
        r.choice_kind = std::move(kind);
        r.explanation = std::move(explanation);
        r.sources = std::move(sources);
        emit(std::move(id), std::move(fact_id), family, QuestionType::type_in, difficulty, spoils,
             std::move(r));
    }

    // --- plausible decoys -------------------------------------------------------------

    bool plausible(const Person& p, const Like& like,
                   const std::vector<std::size_t>& exclude) const {
        const Character& c = *p.character;
        if (std::find(exclude.begin(), exclude.end(), p.index) != exclude.end())
            return false;
        if (c.child != like.child)
            return false;
        // Someone with no part in the story is no near miss for someone who has one.
        if (like.main && !p.main)
            return false;
        if (like.sex != Gender::unknown && c.gender != like.sex)
            return false;
        if (like.generation && c.generation && *c.generation != *like.generation)
            return false;
        if (like.alive_at > 0 && c.dies_at > 0 && c.dies_at < like.alive_at)
            return false;
        return true;
    }

    std::vector<const std::vector<std::size_t>*> pools_for(const Like& like) const {
        std::vector<const std::vector<std::size_t>*> out;
        for (const Gender g : {Gender::female, Gender::male, Gender::unknown}) {
            if (like.sex != Gender::unknown && g != like.sex)
                continue;
            out.push_back(&pools_[static_cast<std::size_t>(g) * 2 + (like.child ? 1 : 0)]);
        }
        return out;
    }

    // Characters like `like` to offer as wrong answers, main characters first. `spoils` is
    // the question's spoiler point; when fewer than three plausible characters are known by
    // then, it moves to the introduction of the third one (the question then spoils that
    // much). Nothing when the whole story has fewer than three.
    std::optional<Decoys> character_decoys(const Like& like,
                                           const std::vector<std::size_t>& exclude, int& spoils,
                                           const std::string& salt) const {
        const auto pools = pools_for(like);
        // The three earliest plausible characters fix how far the question must spoil.
        std::vector<int> earliest;
        for (const auto* pool : pools) {
            std::size_t found = 0;
            for (const std::size_t i : *pool) {
                if (!plausible(people_[i], like, exclude))
                    continue;
                earliest.push_back(people_[i].intro);
                if (++found == kDistractors)
                    break;
            }
        }
        if (earliest.size() < kDistractors)
            return std::nullopt;
        std::sort(earliest.begin(), earliest.end());
        spoils = std::max(spoils, earliest[kDistractors - 1]);

        DecoyTiers tiers;
        const std::uint64_t start = hash64(salt);
        for (const auto* pool : pools) {
            const auto n = static_cast<std::size_t>(introduced_by(*pool, spoils) - pool->begin());
            for (std::size_t k = 0; k < n; ++k) {
                const Person& p = people_[(*pool)[(start + k) % n]];
                if (plausible(p, like, exclude) && tiers.add(p.name, p.main == like.main))
                    break;
            }
        }
        return tiers.take();
    }

    // Up to three characters like `like` for a false statement ("Kit goes into labour" is
    // never one): introduced by `spoils` when possible, else the earliest ones, in which
    // case `spoils` moves to the latest of them.
    std::vector<std::uint32_t> impostors(const Like& like, const std::vector<std::size_t>& exclude,
                                         int& spoils, const std::string& salt) const {
        std::vector<const Person*> main;
        std::vector<const Person*> other;
        const std::uint64_t start = hash64(salt);
        const auto pools = pools_for(like);
        for (const auto* pool : pools) {
            const auto n = static_cast<std::size_t>(introduced_by(*pool, spoils) - pool->begin());
            for (std::size_t k = 0; k < n && main.size() < kDistractors; ++k) {
                const Person& p = people_[(*pool)[(start + k) % n]];
                if (!plausible(p, like, exclude))
                    continue;
                if (p.main)
                    main.push_back(&p);
                else if (other.size() < kDistractors)
                    other.push_back(&p);
            }
        }
        if (main.empty() && other.empty()) {
            // Nobody plausible yet: the first one the story introduces later.
            const Person* earliest = nullptr;
            for (const auto* pool : pools) {
                for (auto it = introduced_by(*pool, spoils); it != pool->end(); ++it) {
                    const Person& p = people_[*it];
                    if (!plausible(p, like, exclude))
                        continue;
                    if (earliest == nullptr || p.intro < earliest->intro)
                        earliest = &p;
                    break;
                }
            }
            if (earliest == nullptr)
                return {};
            spoils = std::max(spoils, earliest->intro);
            main.push_back(earliest);
        }
        main.insert(main.end(), other.begin(), other.end());
        std::vector<std::uint32_t> out;
        for (const Person* p : main) {
            if (out.size() == kDistractors)
                break;
            out.push_back(p->name);
        }
        return out;
    }

    // The end of the part of a pool (ordered by introduction) that `spoils` has introduced.
    std::vector<std::size_t>::const_iterator introduced_by(const std::vector<std::size_t>& pool,
                                                           int spoils) const {
        return std::upper_bound(pool.begin(), pool.end(), spoils,
                                [&](int limit, std::size_t i) { return limit < people_[i].intro; });
    }

    Like like_character(const Character& c, bool sex_matters) const {
        Like like;
        like.sex = sex_matters ? c.gender : Gender::unknown;
        like.child = c.child;
        if (const Person* p = person(c.id))
            like.main = p->main;
        return like;
    }

    // Actors to offer for a part: of the same sex when it is known (never a giveaway),
    // child actors for children, and actors of parts of the same size first.
    Decoys actor_decoys(Gender sex, bool child, bool lead, const std::vector<std::string>& exclude,
                        bool cast_only = false) const {
        DecoyTiers tiers;
        const std::uint64_t start = exclude.empty() ? 0 : hash64(exclude.front());
        for (std::size_t k = 0; k < actors_.size(); ++k) {
            const Actor& a = actors_[(start + k) % actors_.size()];
            if (cast_only && !a.in_cast)
                continue;
            if (std::find(exclude.begin(), exclude.end(), a.name) != exclude.end())
                continue;
            if (a.child != child)
                continue;
            if (sex != Gender::unknown && a.sex != sex)
                continue;
            if (tiers.add(a.id, a.lead == lead))
                break;
        }
        return tiers.take();
    }

    Decoys literal_decoys(const std::vector<std::string>& values, std::size_t close_count) {
        Decoys d;
        for (const std::string& v : values)
            d.items.push_back(data_.intern(v));
        d.close = std::min(close_count, d.items.size());
        return d;
    }

    const std::string& text(std::uint32_t id) const { return data_.strings[id]; }

    // --- describing things in explanations ------------------------------------------

    // "Milly’s husband", "Jess’s best friend", "a bartender", or "" when nothing is known.
    std::string role_in_story(const Character& c) const {
        const auto it = roles_.find(c.id);
        return it == roles_.end() ? std::string() : it->second;
    }

    std::string find_role_in_story(const Character& c) const {
        const auto mine = relations_of_.find(c.id);
        static const std::vector<const Relation*> kNone;
        const auto& relations = mine == relations_of_.end() ? kNone : mine->second;
        for (const Relation* rp : relations) {
            const Relation& r = *rp;
            if (r.from == c.id)
                return possessive(name_of(r.to)) + " " + std::string(relation_word(r.kind));
        }
        for (const Relation* rp : relations) {
            const Relation& r = *rp;
            if (r.to != c.id)
                continue;
            const Character* from = character(r.from);
            if (const auto back = inverse(r.kind, c.gender); back && from != nullptr)
                return possessive(from->name) + " " + std::string(relation_word(*back));
        }
        for (const Trait& t : c.traits) {
            if (t.text.rfind("is a ", 0) == 0 || t.text.rfind("is an ", 0) == 0)
                return t.text.substr(3);
        }
        return "";
    }

    std::string played_by(const Character& c) const {
        const auto cast = cast_of_.find(c.id);
        return cast == cast_of_.end() ? "" : cast->second->actor;
    }

    // " Milly is also Jess’s best friend.": another relation of `c`, not with `other`.
    std::string other_tie(const Character& c, const Character& other) const {
        const auto mine = relations_of_.find(c.id);
        if (mine == relations_of_.end())
            return "";
        for (const Relation* rp : mine->second) {
            const Relation& r = *rp;
            if (r.from == c.id && r.to != other.id) {
                return " " + c.name + " is also " + possessive(name_of(r.to)) + " " +
                       std::string(relation_word(r.kind)) + ".";
            }
        }
        return "";
    }

    // "Kit, Milly’s husband, is played by Dominic Cooper."
    std::string who_is(const Character& c) const {
        const std::string role = role_in_story(c);
        const auto cast = cast_of_.find(c.id);
        std::string out = c.name;
        if (!role.empty())
            out += ", " + role + ",";
        if (cast != cast_of_.end())
            return out + " is played by " + cast->second->actor + ".";
        return role.empty() ? "" : c.name + " is " + role + ".";
    }

    std::string known_for_sentence(const std::string& name, const std::vector<std::string>& works,
                                   const std::string& verb) const {
        if (works.empty())
            return "";
        std::vector<std::string> titles;
        for (const auto& w : works)
            titles.push_back(w);
        return " " + name + " " + verb + " " + join_and(titles) + ".";
    }

    std::string cast_explanation(const CastMember& m) const {
        const Character* c = character(m.character);
        std::string out;
        if (c != nullptr) {
            const std::string role = role_in_story(*c);
            out = m.actor + " plays " + c->name + (role.empty() ? "" : ", " + role) + ".";
        } else {
            out = m.actor + " plays " + m.role + ".";
        }
        out += " The credits list " + m.actor + " " + ordinal(m.billing) + " in the cast.";
        if (m.billing > 6) {
            std::vector<std::string> others;
            for (const CastMember& o : pack_.cast) {
                if (o.billing > 6 && o.actor != m.actor && others.size() < 2)
                    others.push_back((o.character.empty() ? o.role : name_of(o.character)) + " (" +
                                     o.actor + ")");
            }
            if (!others.empty())
                out += " Other small parts: " + join_and(others) + ".";
        }
        if (!m.known_for.empty())
            out += " " + m.actor + " is also known for " + join_and(m.known_for) + ".";
        return out;
    }

    // --- helpers about people ---------------------------------------------------------

    // A full name, plus the surname when no other person in the pack shares it.
    std::vector<std::string> person_answers(const std::string& name) const {
        std::vector<std::string> accept{name};
        const auto space = name.rfind(' ');
        if (space == std::string::npos)
            return accept;
        const std::string surname = name.substr(space + 1);
        const auto it = surname_count_.find(fold_for_matching(surname));
        if (it != surname_count_.end() && it->second <= 1 && utf8_length(surname) >= 4)
            accept.push_back(surname);
        return accept;
    }

    std::vector<std::string> character_answers(const Character& c) const {
        std::vector<std::string> accept{c.name};
        for (const auto& alias : c.aliases)
            accept.push_back(alias);
        return accept;
    }

    static int billing_difficulty(int billing) { return billing <= 2 ? 1 : billing <= 6 ? 2 : 3; }

    const std::string& event_text(const PlotEvent& e) const {
        return event_texts_[static_cast<std::size_t>(&e - pack_.plot.data())];
    }

    // --- cast ---------------------------------------------------------------------------

    void build_cast() {
        std::unordered_map<std::string, int> actors_per_character;
        for (const CastMember& m : pack_.cast) {
            if (!m.character.empty())
                ++actors_per_character[m.character];
        }
        // Work the crew is known for: false "also known for" statements about actors come
        // from the other side of the camera, so they never pair two actors of one film.
        std::vector<std::string> crew_work;
        std::vector<std::string> cast_work;
        for (const CrewCredit& c : pack_.film.crew) {
            for (const std::string& w : c.known_for) {
                crew_work.push_back(w);
                work_owner_.emplace(w, c.name + ", the " + std::string(crew_job(c.role)) + ",");
            }
        }
        for (const CastMember& m : pack_.cast) {
            for (const std::string& w : m.known_for) {
                cast_work.push_back(w);
                work_owner_.emplace(w, m.actor + ", who plays " +
                                           (m.character.empty() ? m.role : name_of(m.character)) +
                                           ",");
            }
        }

        for (const CastMember& m : pack_.cast) {
            const Character* c = character(m.character);
            const bool named = c != nullptr;
            if (named && actors_per_character[m.character] > 1)
                continue;
            const Person* p = named ? person(m.character) : nullptr;
            const std::string part = named ? c->name : m.role;
            const std::string part_the =
                named ? c->name
                      : (m.role.rfind("a ", 0) == 0    ? "the " + m.role.substr(2)
                         : m.role.rfind("an ", 0) == 0 ? "the " + m.role.substr(3)
                                                       : m.role);
            int spoils = std::max(m.spoils, p != nullptr ? p->intro : 0);
            const int d = billing_difficulty(m.billing);
            const std::string fact = "cast:" + m.actor;
            const std::string key = named ? c->id : m.actor;
            const std::string explanation = cast_explanation(m);
            const Gender sex = actor_sex(m);
            const bool child = named && c->child;

            add_choice("cast.who-plays:" + key, fact, Family::cast, d, spoils, m.sources,
                       "Who plays " + part_the + " in " + title_ + "?", m.actor,
                       actor_decoys(sex, child, m.billing <= 6, {m.actor}), "actor", explanation);
            if (m.billing <= 6) {
                add_typed("cast.who-plays-typed:" + key, fact, Family::cast, d + 1, spoils,
                          m.sources, "Type the name of the actor who plays " + part_the + ".",
                          person_answers(m.actor), "actor", explanation);
            }
            if (!named)
                continue;
            {
                int s = spoils;
                if (const auto decoys = character_decoys(like_character(*c, true), {p->index}, s,
                                                         "cast.plays-whom:" + m.actor)) {
                    add_choice("cast.plays-whom:" + m.actor, fact, Family::cast, d, s, m.sources,
                               "Which character does " + m.actor + " play?", c->name, *decoys,
                               "character", explanation);
                }
            }
            if (m.billing <= 6) {
                add_typed("cast.plays-whom-typed:" + m.actor, fact, Family::cast, d + 1, spoils,
                          m.sources, "Type the name of the character " + m.actor + " plays.",
                          character_answers(*c), "character", explanation);
            }
            add_statement("cast.plays-true:" + m.actor, fact, Family::cast, d, spoils, m.sources,
                          {{m.actor + " plays " + c->name + ".", "True. " + explanation}}, true);

            // False: the actor with another part of the same kind that someone else plays.
            std::vector<Statement> wrong;
            std::vector<std::string> sources = m.sources;
            for (const CastMember& o : pack_.cast) {
                const Character* oc = character(o.character);
                const Person* op = oc != nullptr ? person(o.character) : nullptr;
                if (oc == nullptr || o.actor == m.actor || oc == c || oc->child != c->child)
                    continue;
                if (c->gender != Gender::unknown && oc->gender != c->gender)
                    continue;
                if (op->intro > spoils || op->main != p->main)
                    continue;
                const std::string own_role = role_in_story(*c);
                const std::string other_role = role_in_story(*oc);
                wrong.push_back({m.actor + " plays " + oc->name + ".",
                                 "False: " + m.actor + " plays " + c->name +
                                     (own_role.empty() ? "" : ", " + own_role) + "; " + oc->name +
                                     (other_role.empty() ? "" : ", " + other_role + ",") +
                                     " is played by " + o.actor + "."});
                sources = merge_sources(sources, o.sources);
                if (wrong.size() == kDistractors)
                    break;
            }
            add_statement("cast.plays-false:" + m.actor, fact, Family::cast, std::min(3, d + 1),
                          spoils, sources, wrong, false);
        }

        // Other work the actors are known for, and work they are not.
        for (const CastMember& m : pack_.cast) {
            if (m.known_for.empty())
                continue;
            const std::string part = m.character.empty() ? m.role : name_of(m.character);
            const std::string intro = m.actor + ", who plays " + part + ", is also known for ";
            const std::string list = join_and(m.known_for);
            std::vector<Statement> right;
            for (const std::string& work : m.known_for) {
                right.push_back({intro + work + ".", "True. Besides " + part + " in " + title_ +
                                                         ", " + m.actor + " is known for " + list +
                                                         "."});
            }
            add_statement("cast.known-for-true:" + m.actor, "known-for:" + m.actor, Family::cast, 2,
                          0, m.sources, right, true);
            std::vector<Statement> wrong;
            for (const auto* pool : {&crew_work, &cast_work}) {
                for (const std::string& work : *pool) {
                    if (std::find(m.known_for.begin(), m.known_for.end(), work) !=
                            m.known_for.end() ||
                        wrong.size() == kDistractors)
                        continue;
                    bool repeated = false;
                    for (const Statement& s : wrong)
                        repeated = repeated || s.text == intro + work + ".";
                    if (repeated)
                        continue;
                    wrong.push_back({intro + work + ".",
                                     "False: " + work_owner_[work] + " is the one known for " +
                                         work + ". " + m.actor + " is known for " + list + "."});
                }
            }
            add_statement("cast.known-for-false:" + m.actor, "known-for:" + m.actor, Family::cast,
                          2, 0, m.sources, wrong, false);
        }
    }

    // --- casting history ----------------------------------------------------------------

    static std::string pronoun_object(Gender g) {
        return g == Gender::female ? "her" : g == Gender::male ? "his" : "their";
    }

    std::string outcome_sentence(const CastingNote& n, const std::string& actor) const {
        const std::string role = n.role.empty() ? "" : " as " + name_of(n.role);
        switch (n.outcome) {
            case CastingOutcome::dropped_out:
                return actor + " was cast in " + title_ + role + " but dropped out.";
            case CastingOutcome::replaced:
                return actor + " was cast in " + title_ + role + " but was replaced.";
            case CastingOutcome::recast:
                return actor + " filmed scenes for " + title_ + role +
                       " that were reshot with another actor.";
            case CastingOutcome::turned_down:
                return actor + " turned down a part in " + title_ + role + ".";
            case CastingOutcome::switched_role:
                break;
        }
        return "";
    }

    // What happened, with the order of events when the pack gives it.
    std::string casting_story(const CastingNote& n) const {
        std::string out = outcome_sentence(n, n.actor);
        out.pop_back();
        if (!n.detail.empty())
            out += ", " + n.detail;
        out += ".";
        if (n.order > 1) {
            for (const CastingNote& o : pack_.casting) {
                if (o.order == n.order - 1)
                    out += " Before " +
                           (n.gender == Gender::female ? std::string("her")
                            : n.gender == Gender::male ? std::string("him")
                                                       : std::string("them")) +
                           ", " + o.actor + " had been cast.";
            }
        }
        if (!n.replaced_by.empty()) {
            out += " " + n.replaced_by + " took " + pronoun_object(n.gender) + " place";
            for (const CastMember& m : pack_.cast) {
                if (m.actor == n.replaced_by && !m.character.empty())
                    out += " and plays " + name_of(m.character);
            }
            out += ".";
        }
        return out;
    }

    void build_casting() {
        std::unordered_set<std::string> in_history;
        for (const CastingNote& n : pack_.casting)
            in_history.insert(n.actor);
        // Leads of the final cast with no casting story: whom a false one is told of.
        std::vector<const CastMember*> settled_leads;
        for (const CastMember& m : pack_.cast) {
            if (m.billing <= 4 && in_history.count(m.actor) == 0)
                settled_leads.push_back(&m);
        }
        const CastingNote* first = nullptr;
        for (const CastingNote& n : pack_.casting) {
            if (n.outcome != CastingOutcome::switched_role && n.order > 0 &&
                (first == nullptr || n.order < first->order)) {
                first = &n;
            }
        }
        if (first != nullptr && first->order == 1) {
            std::vector<std::string> exclude{first->actor};
            Decoys d = actor_decoys(first->gender, false, true, exclude);
            const std::string detail = first->detail.empty() ? "" : " " + first->detail;
            add_choice(
                "cast.first-cast", "casting:" + first->actor, Family::cast, 3, 0, first->sources,
                "Which actor was cast first in " + title_ + ", then dropped out" + detail + "?",
                first->actor, d, "actor", casting_story(*first));
        }
        for (const CastingNote& n : pack_.casting) {
            if (n.outcome == CastingOutcome::switched_role) {
                build_switch(n);
                continue;
            }
            const std::string story = casting_story(n);
            // The same prompt for every actor who is not in the film: one per round.
            add_choice("cast.not-in-film:" + n.actor, "casting:not-in-film", Family::cast, 2, 0,
                       n.sources, "Which of these actors does not appear in " + title_ + "?",
                       n.actor, actor_decoys(n.gender, false, true, {n.actor}, true), "actor",
                       story);
            if (!n.replaced_by.empty()) {
                std::vector<std::string> exclude{n.actor, n.replaced_by};
                Gender sex = Gender::unknown;
                for (const CastMember& m : pack_.cast) {
                    if (m.actor == n.replaced_by)
                        sex = actor_sex(m);
                }
                add_choice("cast.replaced:" + n.actor, "casting:" + n.actor, Family::cast, 3, 0,
                           n.sources,
                           "When " + n.actor + " left " + title_ + ", who took " +
                               pronoun_object(n.gender) + " place in the cast?",
                           n.replaced_by, actor_decoys(sex, false, true, exclude), "actor", story);
            }
            add_statement("cast.casting-true:" + n.actor, "casting:" + n.actor, Family::cast, 2, 0,
                          n.sources, {{outcome_sentence(n, n.actor), "True. " + story}}, true);
            // False: the same fate told of an actor who is in the film in the end.
            std::vector<Statement> wrong;
            std::vector<std::string> sources = n.sources;
            for (const CastMember* lead : settled_leads) {
                const CastMember& m = *lead;
                if (wrong.size() == kDistractors)
                    break;
                if (n.outcome == CastingOutcome::turned_down && !n.role.empty() &&
                    m.character != n.role)
                    continue;
                const std::string part = m.character.empty() ? m.role : name_of(m.character);
                wrong.push_back(
                    {outcome_sentence(n, m.actor),
                     "False: " + m.actor + " is in the film and plays " + part + ". " + story});
                sources = merge_sources(sources, m.sources);
            }
            add_statement("cast.casting-false:" + n.actor, "casting:" + n.actor, Family::cast, 2, 0,
                          sources, wrong, false);
        }
    }

    void build_switch(const CastingNote& n) {
        const Character* first_role = character(n.first_role);
        const CastMember* final_row = nullptr;
        for (const CastMember& m : pack_.cast) {
            if (m.actor == n.actor)
                final_row = &m;
        }
        if (first_role == nullptr || final_row == nullptr)
            return;
        const Character* final_role = character(final_row->character);
        const Person* first_person = person(first_role->id);
        int spoils = first_person->intro;
        if (final_role != nullptr)
            spoils = std::max(spoils, person(final_role->id)->intro);
        const std::string detail = n.detail.empty() ? "" : "; " + n.detail;
        const std::string explanation =
            n.actor + " was first cast as " + first_role->name + detail + ".";
        const std::string fact = "casting:" + n.actor;
        int s = spoils;
        if (auto decoys = character_decoys(like_character(*first_role, true), {first_person->index},
                                           s, "cast.first-role:" + n.actor)) {
            // The part the actor plays in the end is the nearest miss of all.
            if (final_role != nullptr) {
                const std::uint32_t id = data_.intern(final_role->name);
                decoys->items.erase(std::remove(decoys->items.begin(), decoys->items.end(), id),
                                    decoys->items.end());
                decoys->items.insert(decoys->items.begin(), id);
                decoys->close = std::min(decoys->items.size(), decoys->close + 1);
            }
            add_choice("cast.first-role:" + n.actor, fact, Family::cast, 3, s, n.sources,
                       n.actor + " was first cast as which character?", first_role->name, *decoys,
                       "character", explanation);
        }
        add_statement(
            "cast.first-role-true:" + n.actor, fact, Family::cast, 2, spoils, n.sources,
            {{n.actor + " was first cast as " + first_role->name + ".", "True. " + explanation}},
            true);
        std::vector<Statement> wrong;
        if (final_role != nullptr) {
            wrong.push_back({n.actor + " was first cast as " + final_role->name + ".",
                             "False: " + n.actor + " plays " + final_role->name +
                                 " in the end, but was first cast as " + first_role->name + detail +
                                 "."});
        }
        add_statement("cast.first-role-false:" + n.actor, fact, Family::cast, 3, spoils, n.sources,
                      wrong, false);
    }

    // --- characters -----------------------------------------------------------------------

    struct RelationView {
        std::string from;
        RelationKind kind;
        std::string to;
    };

    static std::string relation_key(const std::string& from, RelationKind kind,
                                    const std::string& to) {
        return from + "-" + std::string(to_string(kind)) + "-" + to;
    }

    // Every relation word that is true of `from` towards `to`, from both directions of
    // every listed relation; a best friend is also a friend.
    std::set<std::string> true_words(const std::string& from, const std::string& to) const {
        std::set<std::string> out;
        const auto mine = relations_of_.find(from);
        if (mine == relations_of_.end())
            return out;
        for (const Relation* rp : mine->second) {
            const Relation& r = *rp;
            if (r.from == from && r.to == to)
                out.insert(std::string(relation_word(r.kind)));
            if (r.from == to && r.to == from) {
                if (const Character* f = character(from)) {
                    if (const auto back = inverse(r.kind, f->gender))
                        out.insert(std::string(relation_word(*back)));
                }
            }
        }
        if (out.count("best friend") > 0)
            out.insert("friend");
        return out;
    }

    // Wrong relation words that could hold between the two: of the holder's sex, of the
    // generation gap when both are known, adults' words only for adults, and none that
    // another known relation already rules in or out (a spouse's friend, a second spouse).
    // `kin_only`: family words only, for false statements (that Jess is not Milly's
    // neighbour no source says; that she is not her sister, the family data does).
    std::vector<std::string> wrong_words(const Character& from, const Character& to,
                                         bool kin_only) const {
        const std::set<std::string> truths = true_words(from.id, to.id);
        const bool spouses = truths.count("husband") > 0 || truths.count("wife") > 0;
        bool family = false;
        for (const RelationWord& w : relation_words())
            family = family || (w.kin && truths.count(w.word) > 0);
        std::vector<std::string> out;
        for (const RelationWord& w : relation_words()) {
            const std::string word = w.word;
            if (truths.count(word) > 0)
                continue;
            if (kin_only && !w.kin)
                continue;
            // A mother may well be her daughter's friend: no social word for family.
            if (family && !w.kin)
                continue;
            if (w.sex != Gender::unknown &&
                (from.gender == Gender::unknown || w.sex != from.gender))
                continue;
            if ((w.holder_adult && from.child) || (w.both_adults && (from.child || to.child)))
                continue;
            if (w.gap) {
                if (!from.generation || !to.generation)
                    continue;
                if (*from.generation - *to.generation != *w.gap)
                    continue;
            }
            if (is_spouse_word(word) && (married_.count(from.id) > 0 || married_.count(to.id) > 0))
                continue;
            if (spouses && is_friend_word(word))
                continue;
            if (truths.count("best friend") > 0 && word == "friend")
                continue;
            out.push_back(word);
        }
        return out;
    }

    void build_characters() {
        std::set<std::string> done;
        for (const Relation& r : pack_.relations) {
            const Character* from = character(r.from);
            const Character* to = character(r.to);
            if (from == nullptr || to == nullptr)
                continue;
            const auto back = inverse(r.kind, to->gender);
            const std::string key = relation_key(r.from, r.kind, r.to);
            const std::string back_key = back ? relation_key(r.to, *back, r.from) : key;
            // A relation listed in both directions is one fact.
            if (!done.insert(key).second)
                continue;
            done.insert(back_key);
            build_relation(r, *from, *to, back, "rel:" + std::min(key, back_key));
        }
        for (const Character& c : pack_.characters) {
            for (std::size_t i = 0; i < c.traits.size(); ++i)
                build_trait(c, i);
        }
    }

    void build_relation(const Relation& r, const Character& from, const Character& to,
                        std::optional<RelationKind> back, const std::string& fact) {
        const Person& pf = *person(from.id);
        const Person& pt = *person(to.id);
        const int spoils = std::max({r.spoils, pf.intro, pt.intro});
        const std::string word(relation_word(r.kind));
        const bool main = pf.main && pt.main && !from.child && !to.child;
        const int d = main ? 1 : 2;
        const std::string statement = from.name + " is " + possessive(to.name) + " " + word + ".";
        std::string explanation = statement;
        const std::string from_actor = played_by(from);
        const std::string to_actor = played_by(to);
        if (!from_actor.empty() && !to_actor.empty()) {
            explanation += " In the film, " + from.name + " is played by " + from_actor + " and " +
                           to.name + " by " + to_actor + ".";
        }
        explanation += other_tie(to, from);

        // Everyone who holds this relation to `to`: never a wrong answer.
        std::vector<std::size_t> holders{pt.index};
        for (const Relation& o : pack_.relations) {
            if (o.kind == r.kind && o.to == r.to) {
                if (const Person* h = person(o.from))
                    holders.push_back(h->index);
            }
        }
        {
            Like like;
            like.sex = implied_gender(r.kind);
            like.child = from.child;
            like.generation = from.generation;
            like.main = pf.main;
            int s = spoils;
            const std::string prompt =
                holders.size() > 2
                    ? "Which of these is one of " + possessive(to.name) + " " + word + "s?"
                    : "Who is " + possessive(to.name) + " " + word + "?";
            if (auto decoys = character_decoys(like, holders, s, "who-is:" + fact)) {
                add_choice("characters.who-is:" + relation_key(r.from, r.kind, r.to), fact,
                           Family::characters, d, s, r.sources, prompt, from.name, *decoys,
                           "character", explanation);
            }
        }
        if (holders.size() == 2 && main) {
            add_typed("characters.name-of:" + relation_key(r.from, r.kind, r.to), fact,
                      Family::characters, d + 1, spoils, r.sources,
                      "What is the name of " + possessive(to.name) + " " + word + "?",
                      character_answers(from), "character", explanation);
        }

        // Asked the other way round where the other side has a word of its own.
        const Character& a = back ? to : from;
        const Character& b = back ? from : to;
        const std::string a_word = back ? std::string(relation_word(*back)) : word;
        const std::string a_statement = a.name + " is " + possessive(b.name) + " " + a_word + ".";
        const std::vector<std::string> wrong = wrong_words(a, b, false);
        {
            std::vector<std::string> options;
            for (const std::string& w : wrong)
                options.push_back(possessive(b.name) + " " + w);
            const std::string key = relation_key(a.id, back ? *back : r.kind, b.id);
            add_choice("characters.how-related:" + key, fact, Family::characters, d + 1, spoils,
                       r.sources, "How is " + a.name + " related to " + b.name + "?",
                       possessive(b.name) + " " + a_word, literal_decoys(options, options.size()),
                       "relation", explanation);
        }
        add_statement("characters.related-true:" + relation_key(r.from, r.kind, r.to), fact,
                      Family::characters, d, spoils, r.sources,
                      {{statement, "True. " + explanation}}, true);
        std::vector<Statement> wrong_statements;
        Rng pick(hash64(fact));
        std::vector<std::string> shuffled = wrong_words(a, b, true);
        pick.shuffle(shuffled);
        for (const std::string& w : shuffled) {
            if (wrong_statements.size() == kDistractors)
                break;
            // The right relation once, said the way round the statement was: not again
            // from the other side ("Jess is Milly’s best friend. Milly is Jess’s …").
            wrong_statements.push_back(
                {a.name + " is " + possessive(b.name) + " " + w + ".",
                 "False: " + a_statement + explanation.substr(statement.size())});
        }
        add_statement("characters.related-false:" + relation_key(a.id, back ? *back : r.kind, b.id),
                      fact, Family::characters, d + 1, spoils, r.sources, wrong_statements, false);
    }

    void build_trait(const Character& c, std::size_t i) {
        const Trait& t = c.traits[i];
        const Person& p = *person(c.id);
        const int base = std::max(t.spoils, p.intro);
        std::vector<std::size_t> exclude{p.index};
        for (const std::string& w : t.with) {
            if (const Person* o = person(w))
                exclude.push_back(o->index);
        }
        // Anyone the pack gives the same trait fits it too.
        for (const Character* o : trait_holders_.at(fold_for_matching(t.text))) {
            if (o != &c)
                exclude.push_back(person(o->id)->index);
        }
        const std::string fact = "trait:" + c.id + ":" + std::to_string(i);
        std::vector<std::string> shared;
        for (const std::string& w : t.with)
            shared.push_back(name_of(w));
        const std::string role = role_in_story(c);
        const std::string actor = played_by(c);
        // "Ace is a bartender": the trait already says who Ace is.
        const bool trait_is_role = !role.empty() && t.text.find(role) != std::string::npos;
        const std::string about = !trait_is_role  ? " " + who_is(c)
                                  : actor.empty() ? std::string()
                                                  : " " + c.name + " is played by " + actor + ".";
        std::string explanation =
            c.name + " " + t.text +
            (shared.empty() ? "" : " (and so does " + join_and(shared) + ")") + ".";
        if (!role.empty() && !trait_is_role)
            explanation += " " + c.name + " is " + role + ".";
        if (!actor.empty())
            explanation += " " + actor + " plays " + c.name + " in " + title_ + ".";
        int s = base;
        const auto decoys = character_decoys(like_character(c, mentions_gender(t.text)), exclude, s,
                                             "trait:" + fact);
        if (decoys) {
            add_choice("characters.trait:" + c.id + ":" + std::to_string(i), fact,
                       Family::characters, 2, s, t.sources, "Which character " + t.text + "?",
                       c.name, *decoys, "character", explanation);
        }
        add_statement("characters.trait-true:" + c.id + ":" + std::to_string(i), fact,
                      Family::characters, 1, base, t.sources,
                      {{c.name + " " + t.text + ".", "True. " + explanation}}, true);
        int fs = base;
        std::vector<Statement> wrong;
        for (const std::uint32_t d :
             impostors(like_character(c, mentions_gender(t.text)), exclude, fs, fact)) {
            wrong.push_back({text(d) + " " + t.text + ".",
                             "False: it is " + c.name + " who " + t.text + "." + about});
        }
        add_statement("characters.trait-false:" + c.id + ":" + std::to_string(i), fact,
                      Family::characters, 2, fs, t.sources, wrong, false);
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

    // "the director" or "one of the screenwriters", as the credits have it.
    static std::string job_phrase(CrewRole role, std::size_t holders) {
        const std::string job(crew_job(role));
        return holders > 1 ? "one of the " + job + "s" : "the " + job;
    }

    std::string crew_explanation(const CrewCredit& c,
                                 const std::vector<std::string>& others) const {
        std::string out =
            c.name + " was " + job_phrase(c.role, others.size() + 1) + " of " + title_;
        if (!others.empty())
            out += ", with " + join_and(others);
        out += ".";
        if (c.role == CrewRole::screenwriter && pack_.film.based_on &&
            pack_.film.based_on->author == c.name) {
            const BasedOn& b = *pack_.film.based_on;
            out += " The script adapts " + c.name + "\u2019s own " + b.medium + " " +
                   quoted(b.title) + (b.year > 0 ? " (" + std::to_string(b.year) + ")" : "") + ".";
        }
        if (!c.note.empty())
            out += " " + c.note;
        std::vector<std::string> more_work;
        for (const std::string& w : c.known_for) {
            if (c.note.find(w) == std::string::npos)
                more_work.push_back(w);
        }
        if (!more_work.empty() && others.empty() && out.back() == '.' &&
            out.find(". ") == std::string::npos) {
            // One sentence so far: the other work joins it, without the name again.
            out.pop_back();
            out += ", and " + made_verb(c.role) + " " + join_and(more_work) + ".";
        } else {
            out += known_for_sentence(c.name, more_work, made_verb(c.role));
        }
        if (others.empty() && c.note.empty() && c.known_for.empty()) {
            // Say who else made it, so the answer comes with something to remember.
            std::vector<std::string> more;
            for (const CrewCredit& o : pack_.film.crew) {
                if (o.name != c.name && more.size() < 2 &&
                    (o.role == CrewRole::director || o.role == CrewRole::composer ||
                     o.role == CrewRole::cinematographer))
                    more.push_back(o.name + " (" + std::string(crew_job(o.role)) + ")");
            }
            if (!more.empty())
                out += " Others behind the camera: " + join_and(more) + ".";
        }
        return out;
    }

    void build_crew() {
        const auto& crew = pack_.film.crew;
        std::vector<std::string> cast_work;
        for (const CastMember& m : pack_.cast)
            cast_work.insert(cast_work.end(), m.known_for.begin(), m.known_for.end());
        std::unordered_map<int, std::vector<const CrewCredit*>> by_role;
        std::unordered_map<std::string, std::set<CrewRole>> jobs_of;
        for (const CrewCredit& c : crew) {
            by_role[static_cast<int>(c.role)].push_back(&c);
            jobs_of[c.name].insert(c.role);
        }
        std::size_t rotation = 0;
        for (const CrewCredit& c : crew) {
            const std::string job(crew_job(c.role));
            const std::string role(to_string(c.role));
            const std::string fact = "crew:" + role + ":" + c.name;
            const auto& holders = by_role[static_cast<int>(c.role)];
            std::vector<std::string> others;
            for (const CrewCredit* o : holders) {
                if (o->name != c.name && others.size() < 3)
                    others.push_back(o->name);
            }
            const bool shared = holders.size() > 1;
            const int d = crew_difficulty(c.role);
            const std::string explanation = crew_explanation(c, others);
            const std::string phrase = job_phrase(c.role, holders.size());

            // Wrong people: crew of other jobs, a few from anywhere in the list.
            std::vector<std::string> wrong_people;
            for (std::size_t k = 0; k < crew.size() && wrong_people.size() < kPoolCap; ++k) {
                const CrewCredit& o = crew[(rotation + k) % crew.size()];
                if (jobs_of[o.name].count(c.role) == 0 &&
                    std::find(wrong_people.begin(), wrong_people.end(), o.name) ==
                        wrong_people.end())
                    wrong_people.push_back(o.name);
            }
            rotation += 7;
            add_choice(
                "crew.who:" + role + ":" + c.name, fact, Family::crew, d, c.spoils, c.sources,
                shared ? "Who was " + phrase + " of " + title_ + "?" : who_prompt(c.role, title_),
                c.name, literal_decoys(wrong_people, wrong_people.size()), "crew", explanation);
            if (d == 1) {
                std::vector<std::string> accept = person_answers(c.name);
                std::string prompt = who_prompt(c.role, title_) + " Type the name.";
                if (shared) {
                    prompt = "Name " + phrase + " of " + title_ + ".";
                    for (const CrewCredit* o : holders) {
                        if (o->name != c.name)
                            accept.push_back(o->name);
                    }
                }
                add_typed("crew.who-typed:" + role + (shared ? ":" + c.name : ""), fact,
                          Family::crew, 2, c.spoils, c.sources, prompt, accept, "crew",
                          explanation);
            }
            std::vector<std::string> other_jobs;
            for (const CrewRole r : all_crew_roles()) {
                if (jobs_of[c.name].count(r) == 0)
                    other_jobs.push_back(capitalize(std::string(crew_job(r))));
            }
            add_choice(
                "crew.job:" + c.name + ":" + role, fact, Family::crew, d, c.spoils, c.sources,
                jobs_of[c.name].size() > 1
                    ? "What was one of " + possessive(c.name) + " jobs on " + title_ + "?"
                    : "What was " + possessive(c.name) + " job on " + title_ + "?",
                capitalize(job), literal_decoys(other_jobs, other_jobs.size()), "job", explanation);
            add_statement(
                "crew.job-true:" + role + ":" + c.name, fact, Family::crew, d, c.spoils, c.sources,
                {{c.name + " was " + phrase + " of " + title_ + ".", "True. " + explanation}},
                true);
            std::vector<Statement> wrong;
            std::vector<std::string> sources = c.sources;
            for (const std::string& name : wrong_people) {
                if (wrong.size() == kDistractors)
                    break;
                const CrewCredit* o = crew_by_name_.at(name);
                wrong.push_back({name + " was " + phrase + " of " + title_ + ".",
                                 "False: " + name + " was the " + std::string(crew_job(o->role)) +
                                     ". " + explanation});
                sources = merge_sources(sources, o->sources);
            }
            add_statement("crew.job-false:" + role + ":" + c.name, fact, Family::crew,
                          std::min(3, d + 1), c.spoils, sources, wrong, false);

            if (!c.known_for.empty()) {
                const std::string intro =
                    c.name + ", " + phrase + " of " + title_ + ", " + made_verb(c.role) + " ";
                std::vector<Statement> right;
                for (const std::string& work : c.known_for)
                    right.push_back({intro + work + ".", "True. " + explanation});
                add_statement("crew.known-for-true:" + c.name, "crew-known-for:" + c.name,
                              Family::crew, 2, c.spoils, c.sources, right, true);
                // False: work the cast is known for, never another crew member's, since
                // people behind one camera often share films.
                std::vector<Statement> wrong_work;
                for (const std::string& work : cast_work) {
                    if (wrong_work.size() == kDistractors)
                        break;
                    if (std::find(c.known_for.begin(), c.known_for.end(), work) !=
                        c.known_for.end())
                        continue;
                    wrong_work.push_back({intro + work + ".", "False: " + work_owner_[work] +
                                                                  " is the one known for " + work +
                                                                  ". " + explanation});
                }
                add_statement("crew.known-for-false:" + c.name, "crew-known-for:" + c.name,
                              Family::crew, 2, c.spoils, c.sources, wrong_work, false);
            }
        }
    }

    void add_numeric(std::string id, std::string fact, int difficulty,
                     const std::vector<std::string>& sources, std::string prompt, double value,
                     double step, bool ratio, std::string prefix, std::string suffix, int decimals,
                     std::string kind, std::string explanation) {
        Recipe r;
        r.kind = RecipeKind::numeric;
        r.prompt = std::move(prompt);
        r.value = value;
        r.step = step;
        r.ratio = ratio;
        r.prefix = std::move(prefix);
        r.suffix = std::move(suffix);
        r.decimals = decimals;
        r.choice_kind = std::move(kind);
        r.explanation = std::move(explanation);
        r.sources = sources;
        emit(std::move(id), std::move(fact), Family::crew, QuestionType::multiple_choice,
             difficulty, 0, std::move(r));
    }

    std::vector<std::string> decoys_of(const char* kind) const {
        const auto it = pack_.decoys.find(kind);
        return it == pack_.decoys.end() ? std::vector<std::string>{} : it->second;
    }

    std::string made_by() const {
        std::vector<std::string> producers;
        for (const Company& c : pack_.film.companies) {
            if (c.role == "production")
                producers.push_back(c.name);
        }
        return producers.empty() ? "" : "produced by " + join_and(producers);
    }

    // The film's year and title are on screen while a round is played: never asked.
    void build_film() {
        const Film& f = pack_.film;
        const std::string director = [&] {
            for (const CrewCredit& c : f.crew) {
                if (c.role == CrewRole::director)
                    return c.name;
            }
            return std::string();
        }();
        if (f.running_time_minutes.value > 0) {
            const int minutes = f.running_time_minutes.value;
            add_numeric("crew.running-time", "film:running-time", 3, f.running_time_minutes.sources,
                        "How long does " + title_ + " run?", minutes, 7, false, "", " minutes", 0,
                        "minutes",
                        title_ + " runs " + std::to_string(minutes) + " minutes (" +
                            hours_and_minutes(minutes) + ")" +
                            (f.genre.value.empty() ? "" : ": " + with_article(f.genre.value)) +
                            (director.empty() ? "" : " directed by " + director) + ".");
        }
        if (f.box_office_usd_millions.value > 0) {
            char amount[32];
            std::snprintf(amount, sizeof amount, "%.1f", f.box_office_usd_millions.value);
            std::string when;
            if (!f.releases.empty())
                when = ", after opening in " + country_in_sentence(f.releases.front().region) +
                       " in " + month_year(f.releases.front().date);
            add_numeric("crew.box-office", "film:box-office", 3, f.box_office_usd_millions.sources,
                        "How much did " + title_ + " take at the box office?",
                        f.box_office_usd_millions.value, 1.4, true, "$", " million", 1, "money",
                        title_ + " took $" + amount + " million at the box office" + when + ".");
        }
        std::string place;
        if (!f.shooting_locations.empty())
            place = "shot in " + f.shooting_locations.front().value;
        const std::string made = made_by();
        if (!f.country.value.empty()) {
            std::vector<std::string> parts;
            if (!made.empty())
                parts.push_back(made);
            if (!place.empty())
                parts.push_back(place);
            add_choice("crew.country", "film:country", Family::crew, 1, 0, f.country.sources,
                       "Which country is " + title_ + " from?", f.country.value,
                       literal_decoys(decoys_of("country"), kPoolCap), "country",
                       title_ + " is a film from " + country_in_sentence(f.country.value) +
                           (parts.empty() ? "" : ", " + join_and(parts)) + ".");
        }
        if (!f.genre.value.empty()) {
            std::vector<std::string> genres;
            for (const auto& d : decoys_of("genre"))
                genres.push_back(capitalize(d));
            add_choice("crew.genre", "film:genre", Family::crew, 1, 0, f.genre.sources,
                       "Which genre is " + title_ + "?", capitalize(f.genre.value),
                       literal_decoys(genres, genres.size()), "genre",
                       title_ + " is " + with_article(f.genre.value) +
                           (director.empty() ? "" : ", directed by " + director) +
                           (made.empty() ? "" : " and " + made) + ".");
        }
        if (f.premiere) {
            const Premiere& p = *f.premiere;
            const std::string when = month_year(p.date);
            std::string explanation =
                title_ + " had its world premiere at the " + p.festival +
                (p.section.empty() ? "" : ", in its " + p.section + " section,") + " on " +
                day_month_year(p.date) + ".";
            if (!f.releases.empty()) {
                const Release& first = *std::min_element(
                    f.releases.begin(), f.releases.end(),
                    [](const Release& a, const Release& b) { return a.date < b.date; });
                explanation += " It opened in " + country_in_sentence(first.region) + " on " +
                               day_month_year(first.date) + ".";
            }
            add_choice("crew.premiere", "film:premiere", Family::crew, 2, 0, p.sources,
                       "Where did " + title_ + " have its world premiere?", p.festival,
                       literal_decoys(decoys_of("festival"), kPoolCap), "festival", explanation);
            add_statement("crew.premiere-true", "film:premiere", Family::crew, 2, 0, p.sources,
                          {{title_ + " premiered at the " + p.festival + " in " + when + ".",
                            "True. " + explanation}},
                          true);
            std::vector<Statement> wrong;
            for (const std::string& festival : decoys_of("festival")) {
                if (wrong.size() == kDistractors)
                    break;
                wrong.push_back({title_ + " premiered at the " + festival + " in " + when + ".",
                                 "False. " + explanation});
            }
            add_statement("crew.premiere-false", "film:premiere", Family::crew, 2, 0, p.sources,
                          wrong, false);
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
                const std::string first = country_in_sentence(a->region);
                const std::string second = country_in_sentence(b->region);
                const std::string explanation = "It came out in " + first + " on " +
                                                day_month_year(a->date) + ", and in " + second +
                                                " on " + day_month_year(b->date) + ".";
                const auto sources = merge_sources(a->sources, b->sources);
                add_statement("crew.release-order-true", "film:releases", Family::crew, 2, 0,
                              sources,
                              {{title_ + " was released in " + first + " before " + second + ".",
                                "True. " + explanation}},
                              true);
                add_statement("crew.release-order-false", "film:releases", Family::crew, 2, 0,
                              sources,
                              {{title_ + " was released in " + second + " before " + first + ".",
                                "False. " + explanation}},
                              false);
            }
        }
        if (f.based_on) {
            const BasedOn& b = *f.based_on;
            std::vector<std::string> media;
            for (const auto& m : decoys_of("medium"))
                media.push_back(with_capital_article(m));
            const std::string by = b.author.empty() ? "" : " by " + b.author;
            const std::string explanation =
                title_ + " is adapted from " + quoted(b.title) + ", " + with_article(b.medium) +
                by + (b.broadcaster.empty() ? "" : " first heard on " + b.broadcaster) +
                (b.year > 0 ? " in " + std::to_string(b.year) : "") + ".";
            add_choice("crew.based-on", "film:based-on", Family::crew, 2, 0, b.sources,
                       "What is " + title_ + " adapted from?", with_capital_article(b.medium),
                       literal_decoys(media, media.size()), "medium", explanation);
            add_typed(
                "crew.based-on-title", "film:based-on-title", Family::crew, 3, 0, b.sources,
                title_ + " is adapted from " + with_article(b.medium) + by + ". What is it called?",
                {b.title}, "title", explanation);
            if (!b.broadcaster.empty()) {
                add_choice("crew.broadcaster", "film:based-on-title", Family::crew, 3, 0, b.sources,
                           "Where was the " + b.medium + " " + quoted(b.title) + " first heard?",
                           b.broadcaster, literal_decoys(decoys_of("broadcaster"), kPoolCap),
                           "broadcaster", explanation);
            }
            for (const CrewCredit& c : pack_.film.crew) {
                if (c.role != CrewRole::screenwriter || c.name != b.author)
                    continue;
                const auto sources = merge_sources(b.sources, c.sources);
                add_statement("crew.own-adaptation-true", "film:based-on", Family::crew, 2, 0,
                              sources,
                              {{"The screenwriter of " + title_ + " also wrote the " + b.medium +
                                    " it is adapted from.",
                                "True. " + explanation}},
                              true);
                std::vector<Statement> wrong;
                for (const CrewCredit& o : pack_.film.crew) {
                    if (o.name == b.author || o.role == CrewRole::screenwriter || wrong.size() == 1)
                        continue;
                    wrong.push_back({"The " + std::string(crew_job(o.role)) + " of " + title_ +
                                         " also wrote the " + b.medium + " it is adapted from.",
                                     "False: the " + std::string(crew_job(o.role)) + " was " +
                                         o.name + ". " + explanation});
                }
                add_statement("crew.own-adaptation-false", "film:based-on", Family::crew, 2, 0,
                              sources, wrong, false);
            }
        }
        for (const auto& loc : f.shooting_locations) {
            std::string explanation = title_ + " was shot in " + loc.value;
            if (!f.country.value.empty())
                explanation += ", in " + country_in_sentence(f.country.value);
            explanation += (director.empty() ? "" : ", under director " + director) + ".";
            std::vector<std::string> wrong_places = decoys_of("location");
            add_choice("crew.shot-in:" + loc.value, "film:shot-in:" + loc.value, Family::crew, 1, 0,
                       loc.sources, "Where was " + title_ + " shot?", loc.value,
                       literal_decoys(wrong_places, kPoolCap), "location", explanation);
            add_statement("crew.shot-in-true:" + loc.value, "film:shot-in:" + loc.value,
                          Family::crew, 1, 0, loc.sources,
                          {{title_ + " was shot in " + loc.value + ".", "True. " + explanation}},
                          true);
            std::vector<Statement> wrong;
            for (const std::string& w : wrong_places) {
                if (wrong.size() == kDistractors)
                    break;
                wrong.push_back({title_ + " was shot in " + w + ".", "False. " + explanation});
            }
            add_statement("crew.shot-in-false:" + loc.value, "film:shot-in:" + loc.value,
                          Family::crew, 1, 0, loc.sources, wrong, false);
        }
        std::vector<std::string> distributors;
        for (const Company& c : f.companies) {
            if (c.role == "distribution")
                distributors.push_back(c.name);
        }
        for (const Company& c : f.companies) {
            const bool distributes = c.role == "distribution";
            const std::string verb = distributes ? "distributed" : "produced";
            std::string explanation = c.name + " " + verb + " " + title_ + ".";
            if (!made.empty())
                explanation += " The film was " + made;
            if (!distributors.empty())
                explanation += (made.empty() ? " The film was" : ",") +
                               std::string(" distributed by ") + join_and(distributors);
            if (!made.empty() || !distributors.empty())
                explanation += ".";
            add_statement("crew.company-true:" + c.name, "film:company:" + c.name, Family::crew, 3,
                          0, c.sources,
                          {{c.name + " " + verb + " " + title_ + ".", "True. " + explanation}},
                          true);
            // False: a production company said to distribute, where the distributor is known.
            if (!distributes && !distributors.empty()) {
                add_statement(
                    "crew.company-false:" + c.name, "film:company:" + c.name, Family::crew, 3, 0,
                    c.sources,
                    {{c.name + " distributed " + title_ + ".",
                      "False: " + c.name + " was a production company of " + title_ + "; " +
                          join_and(distributors) + " distributed it. It was " + made + "."}},
                    false);
            }
        }
    }

    // --- plot -------------------------------------------------------------------------------

    // "This happens while ..." and "Just before, ...": what a plot explanation adds, never
    // from later in the story than the event itself.
    std::string plot_context(std::size_t i) const {
        const auto& events = pack_.plot;
        const PlotEvent& e = events[i];
        std::string out;
        for (const int other : e.during) {
            const auto it = event_index_.find(other);
            if (it != event_index_.end() && other < e.position) {
                out += " This happens while " + event_text(events[it->second]) + ".";
                return out;
            }
        }
        for (std::size_t k = i; k-- > 0;) {
            if (overlap(events[k].position, e.position))
                continue;
            return out + " Just before this, " + event_text(events[k]) + ".";
        }
        return out + " This is how the story begins.";
    }

    void build_plot() {
        const auto& events = pack_.plot;
        const std::size_t n = events.size();
        for (std::size_t i = 0; i < n; ++i) {
            const PlotEvent& e = events[i];
            const std::string event = event_text(e);
            const std::string pos = std::to_string(e.position);
            const std::string fact = "plot:" + pos;
            const std::string context = plot_context(i);
            add_statement(
                "plot.happens:" + pos, fact, Family::plot, 1, e.position, e.sources,
                {{"in the film, " + event + ".", "True. " + capitalize(event) + "." + context}},
                true);
            if (e.subjects.size() == 1) {
                const Person* who = person(e.subjects.front());
                if (who == nullptr)
                    continue;
                const Character& c = *who->character;
                std::vector<std::size_t> involved;
                for (const auto* list : {&e.subjects, &e.with}) {
                    for (const std::string& id : *list) {
                        if (const Person* o = person(id))
                            involved.push_back(o->index);
                    }
                }
                Like like = like_character(c, e.sex_specific || mentions_gender(e.action));
                like.alive_at = e.position;
                // An event of the body (a pregnancy, IVF) belongs to a time of life too:
                // Milly's mother is no one to swap in for it.
                if (e.sex_specific)
                    like.generation = c.generation;
                int s = e.position;
                const auto decoys = character_decoys(like, involved, s, "plot.who:" + pos);
                if (decoys) {
                    add_choice("plot.who:" + pos, fact, Family::plot, 2, s, e.sources,
                               "Who " + e.action + "?", c.name, *decoys, "character",
                               capitalize(event) + "." + context);
                }
                // The same event with someone else in it, just as plausible, is false.
                int fs = e.position;
                std::vector<Statement> wrong;
                for (const std::uint32_t d : impostors(like, involved, fs, fact)) {
                    wrong.push_back(
                        {"in the film, " + text(d) + " " + e.action + ".",
                         "False: it is " + c.name + " who " + e.action + "." + context});
                }
                add_statement("plot.happens-false:" + pos, fact, Family::plot, 2, fs, e.sources,
                              wrong, false);
            }
            // What comes right after / before: never across events that overlap.
            if (i + 1 < n && !overlap(e.position, events[i + 1].position))
                build_neighbour(i, i + 1, true);
            if (i >= 1 && !overlap(e.position, events[i - 1].position))
                build_neighbour(i, i - 1, false);
        }
        // Story order: windows of four neighbouring events (hard) and of three events two
        // apart (easier), every other start, skipping any event that overlaps another in
        // the window, so the count grows with the plot, not faster.
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
        // Wrong options: events near this one and no later than the answer, so the
        // question spoils nothing beyond its answer; none that overlaps the reference.
        std::vector<std::string> near;
        const std::size_t from = latest >= 8 ? latest - 8 : 0;
        for (std::size_t k = latest + 1; k-- > from;) {
            if (k == i || k == j || overlap(events[k].position, ref.position))
                continue;
            if (near.size() < kPoolCap)
                near.push_back(capitalize(event_text(events[k])));
        }
        const std::string pos = std::to_string(ref.position);
        const int spoils = events[latest].position;
        const std::string answer_text = event_text(answer);
        std::string explanation =
            after ? "Right after " + event_text(ref) + ", " + answer_text + "."
                  : "Right before " + event_text(ref) + ", " + answer_text + ".";
        // The scene before, when it fits: the reveal shows the options too.
        std::string before;
        if (!after && j >= 1 && !overlap(events[j - 1].position, answer.position))
            before = " Before that, " + event_text(events[j - 1]) + ".";
        if (after && i >= 1 && !overlap(events[i - 1].position, ref.position))
            before = " Before both, " + event_text(events[i - 1]) + ".";
        if (utf8_length(explanation) + utf8_length(before) <= kMaxChoiceExplanation)
            explanation += before;
        add_choice(std::string(after ? "plot.next:" : "plot.previous:") + pos,
                   "plot-neighbour:" + std::to_string(std::min(ref.position, answer.position)),
                   Family::plot, 2, spoils, merge_sources(ref.sources, answer.sources),
                   std::string(after ? "What happens right after this?"
                                     : "What happens right before this?") +
                       " " + capitalize(event_text(ref)) + ".",
                   capitalize(answer_text), literal_decoys(near, near.size()), "event",
                   explanation);
    }

    void build_order(std::size_t start, std::size_t stride, std::size_t size, int difficulty) {
        const auto& events = pack_.plot;
        std::vector<const PlotEvent*> window;
        for (std::size_t k = start; k < events.size() && window.size() < size; k += stride) {
            const bool clash = std::any_of(window.begin(), window.end(), [&](const PlotEvent* w) {
                return overlap(w->position, events[k].position);
            });
            if (!clash)
                window.push_back(&events[k]);
        }
        if (window.size() < size)
            return;
        Recipe r;
        r.kind = RecipeKind::ordering;
        r.prompt = "Put these events in story order, first to last.";
        r.choice_kind = "event";
        std::string explanation = "In story order: ";
        for (std::size_t k = 0; k < window.size(); ++k) {
            const std::string t = capitalize(event_text(*window[k]));
            r.items.push_back(t);
            r.sources = merge_sources(r.sources, window[k]->sources);
            explanation += std::to_string(k + 1) + ". " + t + ". ";
        }
        r.explanation = trim(explanation);
        const std::string id = "plot.order:" + std::to_string(window.front()->position) + "-" +
                               std::to_string(stride) + "-" + std::to_string(size);
        emit(
            id,
            "plot-order:" + std::to_string(window.front()->position) + "-" + std::to_string(stride),
            Family::plot, QuestionType::ordering, difficulty, window.back()->position,
            std::move(r));
    }

    // --- quotes -----------------------------------------------------------------------------

    void build_quotes() {
        std::vector<std::string> speakers;
        for (const Quote& q : pack_.quotes) {
            const std::string name = name_of(q.speaker);
            if (std::find(speakers.begin(), speakers.end(), name) == speakers.end())
                speakers.push_back(name);
        }
        // Endings that start a sentence and endings cut at a comma are told apart by their
        // first letter, so each is only offered among its own kind.
        auto starts_sentence = [](const std::string& s) {
            return !s.empty() && !(s[0] >= 'a' && s[0] <= 'z');
        };
        // Each ending with the position its line spoils, earliest first: a line's wrong
        // endings never come from lines later in the story.
        using Ending = std::pair<int, std::uint32_t>;
        std::vector<Ending> sentence_endings;
        std::vector<Ending> clause_endings;
        for (const Quote& q : pack_.quotes) {
            if (const auto parts = split_quote(q.text)) {
                (starts_sentence(parts->end) ? sentence_endings : clause_endings)
                    .emplace_back(q.spoils, data_.intern(parts->end));
            }
        }
        std::stable_sort(sentence_endings.begin(), sentence_endings.end(),
                         [](const Ending& a, const Ending& b) { return a.first < b.first; });
        std::stable_sort(clause_endings.begin(), clause_endings.end(),
                         [](const Ending& a, const Ending& b) { return a.first < b.first; });
        for (const Quote& quote : pack_.quotes) {
            const Person* sp = person(quote.speaker);
            if (sp == nullptr)
                continue;
            const Character& speaker = *sp->character;
            const int base = std::max(quote.spoils, sp->intro);
            const std::string fact = "quote:" + quote.id;
            const std::string about = who_is(speaker);
            // The prompt shows the line already; the explanation says whose it is and how
            // sure that is. Only the ending question quotes it whole.
            const std::string explanation =
                capitalize(cited_as(quote.sources)) + " gives this line to " + speaker.name +
                "; no other source confirms it." + (about.empty() ? "" : " " + about);
            const std::string whole_line = "The whole line, as " + cited_as(quote.sources) +
                                           " gives it: " + quoted(quote.text) + " " + about;

            int s = base;
            auto decoys = character_decoys(like_character(speaker, false), {sp->index}, s,
                                           "quote:" + quote.id);
            if (decoys) {
                // Other speakers of the pack's quotes are the nearest misses.
                std::vector<std::uint32_t> front;
                for (const std::string& name : speakers) {
                    const std::uint32_t id = data_.intern(name);
                    if (name == speaker.name)
                        continue;
                    const auto it = std::find(decoys->items.begin(), decoys->items.end(), id);
                    if (it != decoys->items.end()) {
                        decoys->items.erase(it);
                        front.push_back(id);
                    }
                }
                decoys->items.insert(decoys->items.begin(), front.begin(), front.end());
                decoys->close = std::max(decoys->close, front.size());
                add_choice("quotes.who:" + quote.id, fact, Family::quotes, 2, s, quote.sources,
                           "Who says this line? " + quoted(quote.text), speaker.name, *decoys,
                           "character", explanation);
            }
            int fs = base;
            std::vector<Statement> wrong;
            for (const std::uint32_t d :
                 impostors(like_character(speaker, false), {sp->index}, fs, fact)) {
                wrong.push_back(
                    {text(d) + " says: " + quoted(quote.text), "False. " + explanation});
            }
            add_statement("quotes.said-false:" + quote.id, fact, Family::quotes, 2, fs,
                          quote.sources, wrong, false);
            add_statement(
                "quotes.said-true:" + quote.id, fact, Family::quotes, 2, base, quote.sources,
                {{speaker.name + " says: " + quoted(quote.text), "True. " + explanation}}, true);
            if (const auto parts = split_quote(quote.text)) {
                const auto& pool = starts_sentence(parts->end) ? sentence_endings : clause_endings;
                const auto known = static_cast<std::size_t>(
                    std::upper_bound(pool.begin(), pool.end(), base,
                                     [](int limit, const Ending& e) { return limit < e.first; }) -
                    pool.begin());
                std::vector<std::uint32_t> endings;
                const std::uint64_t start = hash64(quote.id);
                for (std::size_t k = 0; k < known && endings.size() < kPoolCap; ++k)
                    endings.push_back(pool[(start + k) % known].second);
                Decoys d;
                d.items = std::move(endings);
                d.close = d.items.size();
                add_choice("quotes.finish:" + quote.id, fact, Family::quotes, 3, base,
                           quote.sources,
                           "How does " + possessive(speaker.name) + " line end? " +
                               quoted(parts->start + " \u2026"),
                           parts->end, d, "quote-ending", trim(whole_line));
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
            std::string explanation;
            if (truth) {
                explanation =
                    "True. " + (c.detail.empty() ? "Source: " + source_line(pack_, c.sources) + "."
                                                 : c.detail);
            } else {
                explanation = "False. " + c.correction;
            }
            const int spoils = std::max(c.spoils, truth ? 0 : c.correction_spoils);
            add_statement("trivia.claim:" + c.id, "claim:" + c.id, family, 2, spoils, sources,
                          {{c.text, explanation}}, truth);
        }
    }

    void build_songs() {
        std::map<std::string, std::vector<const Song*>> by_artist;
        for (const Song& s : pack_.songs)
            by_artist[s.artist].push_back(&s);
        auto plural = [](const Song& s) {
            return s.artist_plural.value_or(is_plural_name(s.artist));
        };
        auto statement = [&](const Song& s, const std::string& usage) {
            return quoted(s.title) + " by " + s.artist + " is on the soundtrack" +
                   (usage.empty() ? "" : ", for " + usage) + ".";
        };
        for (const Song& s : pack_.songs) {
            const auto& same_artist = by_artist[s.artist];
            std::vector<std::string> others;
            for (const Song* o : same_artist) {
                if (o != &s)
                    others.push_back(quoted(o->title));
            }
            // Attributed before it is said, as the prompt is: a fan site's word, not a fact.
            const std::string explanation =
                "True, by the account of " + cited_as(s.sources) +
                ", the only source: " + statement(s, s.usage) +
                (others.empty() ? ""
                                : " It also lists " + join_and(others) + " by " + s.artist + ".");
            add_statement("trivia.song-true:" + s.title, "song:" + s.title, Family::trivia, 2,
                          s.spoils, s.sources, {{statement(s, s.usage), explanation}}, true);
            // False: the song with another song's scene.
            std::vector<Statement> wrong;
            int spoils = s.spoils;
            std::vector<std::string> sources = s.sources;
            for (const Song& o : pack_.songs) {
                if (&o == &s || o.usage.empty() || s.usage.empty() || same_text(o.usage, s.usage) ||
                    wrong.size() == kDistractors)
                    continue;
                wrong.push_back({statement(s, o.usage),
                                 "False: by the account of " + cited_as(s.sources) + ", " +
                                     quoted(s.title) + " is for " + s.usage + ", and " +
                                     quoted(o.title) + " for " + o.usage + "."});
                spoils = std::max(spoils, o.spoils);
                sources = merge_sources(sources, o.sources);
            }
            add_statement("trivia.song-false:" + s.title, "song:" + s.title, Family::trivia, 2,
                          spoils, sources, wrong, false);
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
            const bool many = plural(*songs.front());
            add_typed("trivia.song-artist:" + artist, "song-artist:" + artist, Family::trivia, 3,
                      spoils, sources,
                      "Who performs " + join_and(titles) + " on the soundtrack of " + title_ + "?",
                      {artist}, "artist",
                      "By the account of " + cited_as(sources) +
                          ", the only source for the soundtrack, " + artist +
                          (many ? " perform " : " performs ") + join_and(titles) + " in the film.");
        }
    }

    const Pack& pack_;
    std::vector<Candidate>& out_;
    QuestionBank::Data& data_;
    std::string title_;
    std::vector<Person> people_;
    std::unordered_map<std::string, std::size_t> by_id_;
    std::array<std::vector<std::size_t>, 6> pools_;
    NameIndex names_;
    std::unordered_map<std::string, const CastMember*> cast_of_;
    std::unordered_map<std::string, std::string> work_owner_;  // "Thirteen" -> its maker
    std::unordered_set<std::string> married_;
    std::unordered_map<std::string, std::vector<const Relation*>> relations_of_;
    std::unordered_map<std::string, std::string> roles_;  // "Milly’s husband"
    std::unordered_map<std::string, std::vector<const Character*>> trait_holders_;
    std::vector<Actor> actors_;
    std::unordered_map<std::string, const CrewCredit*> crew_by_name_;
    std::unordered_map<std::string, int> surname_count_;
    std::unordered_map<int, std::size_t> event_index_;
    std::vector<std::string> event_texts_;  // "Milly marries her rocker boyfriend, Kit"
    std::unordered_set<std::uint64_t> overlaps_;
};

}  // namespace

QuestionBank::QuestionBank(const Pack& pack, int threads)
    : pack_(&pack), data_(std::make_unique<Data>()) {
    // A thread costs more than a small pack's whole bank; a long series' pack is built in
    // two halves at once.
    static constexpr std::size_t kParallelFacts = 2000;
    const bool two = threads >= 2 || (threads <= 0 && fact_count(pack) >= kParallelFacts);
    if (!two) {
        Builder(pack, candidates_, *data_, Half::all).build(Half::all);
        return;
    }
    Data story_data;
    std::vector<Candidate> story;
    run_both([&] { Builder(pack, candidates_, *data_, Half::people).build(Half::people); },
             [&] { Builder(pack, story, story_data, Half::story).build(Half::story); });
    // Join the halves: the story's texts and recipes go after the people's.
    const auto text_offset = static_cast<std::uint32_t>(data_->strings.size());
    const auto recipe_offset = static_cast<std::uint32_t>(data_->recipes.size());
    data_->strings.insert(data_->strings.end(), std::make_move_iterator(story_data.strings.begin()),
                          std::make_move_iterator(story_data.strings.end()));
    data_->folded.insert(data_->folded.end(), std::make_move_iterator(story_data.folded.begin()),
                         std::make_move_iterator(story_data.folded.end()));
    data_->lengths.insert(data_->lengths.end(), story_data.lengths.begin(),
                          story_data.lengths.end());
    data_->recipes.reserve(data_->recipes.size() + story_data.recipes.size());
    for (Recipe& r : story_data.recipes) {
        for (std::uint32_t& d : r.decoys.items)
            d += text_offset;
        data_->recipes.push_back(std::move(r));
    }
    candidates_.reserve(candidates_.size() + story.size());
    for (Candidate& c : story) {
        c.recipe += recipe_offset;
        candidates_.push_back(std::move(c));
    }
    // Interning is over; its table would only hold memory.
    data_->index = {};
}

QuestionBank::~QuestionBank() = default;
QuestionBank::QuestionBank(QuestionBank&&) noexcept = default;
QuestionBank& QuestionBank::operator=(QuestionBank&&) noexcept = default;

Question QuestionBank::realize(const Candidate& candidate, std::uint64_t seed,
                               AnswerSlot slot) const {
    Rng rng(derive_seed(seed, candidate.id));
    const Recipe& r = data_->recipes[candidate.recipe];
    Question q;
    q.id = candidate.id;
    q.fact_id = candidate.fact_id;
    q.family = candidate.family;
    q.type = candidate.type;
    q.difficulty = candidate.difficulty;
    q.spoils = candidate.spoils;
    q.sources = r.sources;
    q.verified = r.verified;
    q.choice_kind = r.choice_kind;
    q.explanation = r.explanation;
    switch (r.kind) {
        case RecipeKind::choice: {
            // Wrong answers in the order to try them: the nearest kind first, each tier
            // shuffled, none equal to the answer or to another even folded.
            std::vector<std::uint32_t> order;
            std::vector<const std::string*> keys{&r.answer_key};
            auto queue = [&](std::vector<std::uint32_t> tier) {
                rng.shuffle(tier);
                for (const std::uint32_t d : tier) {
                    const std::string& key = data_->folded[d];
                    if (std::none_of(keys.begin(), keys.end(),
                                     [&](const std::string* k) { return *k == key; })) {
                        order.push_back(d);
                        keys.push_back(&key);
                    }
                }
            };
            const auto split = r.decoys.items.begin() + static_cast<std::ptrdiff_t>(r.decoys.close);
            queue({r.decoys.items.begin(), split});
            queue({split, r.decoys.items.end()});
            // How many options are longer than the answer is drawn too, so that "pick the
            // longest option" is no better than chance; among the nearest kind only, when
            // there are enough of them.
            const std::size_t want_longer = rng.index(kDistractors + 1);
            std::size_t near = 0;
            for (const std::uint32_t d : order) {
                if (std::find(r.decoys.items.begin(), split, d) != split)
                    ++near;
            }
            const std::size_t considered = near >= kDistractors ? near : order.size();
            std::vector<std::uint32_t> picked;
            std::size_t longer = 0;
            for (std::size_t k = 0; k < considered && picked.size() < kDistractors; ++k) {
                const std::uint32_t d = order[k];
                const bool is_longer = data_->lengths[d] > r.answer_length;
                if (is_longer ? longer < want_longer
                              : picked.size() - longer < kDistractors - want_longer) {
                    picked.push_back(d);
                    longer += is_longer ? 1 : 0;
                }
            }
            for (std::size_t k = 0; k < order.size() && picked.size() < kDistractors; ++k) {
                if (std::find(picked.begin(), picked.end(), order[k]) == picked.end())
                    picked.push_back(order[k]);
            }
            rng.shuffle(picked);
            const std::size_t at = slot >= 0 ? static_cast<std::size_t>(slot) % (kDistractors + 1)
                                             : rng.index(kDistractors + 1);
            for (const std::uint32_t d : picked)
                q.choices.push_back(data_->strings[d]);
            q.choices.insert(q.choices.begin() + static_cast<std::ptrdiff_t>(at), r.answer);
            q.answer = static_cast<int>(at);
            q.prompt = r.prompt;
            break;
        }
        case RecipeKind::numeric: {
            const int at = slot >= 0 ? slot % 4 : static_cast<int>(rng.index(4));
            q.choices = numeric_choices(r, at);
            q.answer = at;
            q.prompt = r.prompt;
            break;
        }
        case RecipeKind::statement: {
            const Statement& s = r.statements[rng.index(r.statements.size())];
            q.prompt = r.prompt + s.text;
            q.explanation = s.explanation;
            q.choices = true_false_choices();
            q.answer = r.truth ? 0 : 1;
            break;
        }
        case RecipeKind::ordering: {
            std::vector<int> shown(r.items.size());
            for (std::size_t k = 0; k < shown.size(); ++k)
                shown[k] = static_cast<int>(k);
            // Never show them already in order.
            do {
                rng.shuffle(shown);
            } while (std::is_sorted(shown.begin(), shown.end()));
            for (const int k : shown)
                q.choices.push_back(r.items[static_cast<std::size_t>(k)]);
            q.order.assign(r.items.size(), 0);
            for (std::size_t at = 0; at < shown.size(); ++at)
                q.order[static_cast<std::size_t>(shown[at])] = static_cast<int>(at);
            q.prompt = r.prompt;
            break;
        }
        case RecipeKind::typed:
            q.accept = r.accept;
            q.prompt = r.prompt;
            break;
    }
    return q;
}

std::vector<Question> QuestionBank::all(std::uint64_t seed) const {
    std::vector<Question> questions;
    questions.reserve(candidates_.size());
    for (const Candidate& c : candidates_)
        questions.push_back(realize(c, seed));
    return questions;
}

}  // namespace filmquiz::core
