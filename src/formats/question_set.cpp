#include "formats/question_set.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <random>
#include <set>
#include <unistd.h>

#include "content/field_reader.hpp"
#include "content/json_document.hpp"
#include "core/rng.hpp"
#include "core/text.hpp"
#include "formats/question_draft.hpp"
#include "formats/question_json.hpp"

namespace filmquiz::formats {

namespace {

using content::Need;
using core::QuestionType;

constexpr std::size_t kMaxIdLength = 100;
constexpr std::size_t kMaxTitleLength = 200;
constexpr std::size_t kMaxSourceLength = 300;

std::vector<std::string> family_names() {
    std::vector<std::string> names;
    for (const core::Family f : core::all_families())
        names.emplace_back(core::to_string(f));
    names.emplace_back(core::to_string(core::Family::custom));
    return names;
}

const std::vector<std::string>& type_names() {
    static const std::vector<std::string> names{"multiple_choice", "true_false", "ordering",
                                                "type_in"};
    return names;
}

QuestionType type_from_string(const std::string& s) {
    if (s == "true_false")
        return QuestionType::true_false;
    if (s == "ordering")
        return QuestionType::ordering;
    if (s == "type_in")
        return QuestionType::type_in;
    return QuestionType::multiple_choice;
}

// A hand-edited file is likely to hold a misspelt key: say so rather than ignore it.
void warn_unknown_keys(const content::JsonDocument& doc, const std::string& pointer,
                       const std::vector<std::string>& known, content::Diagnostics& out) {
    const nlohmann::json& object = doc.root().at(nlohmann::json::json_pointer(pointer));
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        const std::string ptr = pointer + "/" + content::pointer_token(key);
        std::string message = "unknown field \"" + key + "\"";
        if (const auto hint = core::did_you_mean(key, known))
            message += " (did you mean \"" + *hint + "\"?)";
        out.warning(doc.file(), doc.key_position_of(ptr), ptr, message + "; it is ignored");
    }
}

class SetReader {
  public:
    SetReader(const content::JsonDocument& doc, content::Diagnostics& diagnostics)
        : doc_(doc), d_(diagnostics) {}

    std::optional<QuestionSet> read() {
        content::FieldReader root(doc_, "", d_);
        if (!root.valid())
            return std::nullopt;
        QuestionSet set;
        const auto format = root.text("format", Need::required, kMaxTitleLength);
        if (format && *format != kSetFormatName) {
            root.error_at("format", "not a question set: \"format\" is \"" + *format +
                                        "\", not \"" + kSetFormatName + "\"");
            return std::nullopt;
        }
        const auto version = root.integer("version", Need::required, 1, 1000000);
        if (version && *version > kSetFormatVersion) {
            root.error_at("version", "set format " + std::to_string(*version) +
                                         " is newer than this filmquiz reads (" +
                                         std::to_string(kSetFormatVersion) + "); update filmquiz");
            return std::nullopt;
        }
        set.version = static_cast<int>(version.value_or(kSetFormatVersion));
        set.title = root.text("title", Need::required, kMaxTitleLength).value_or("");
        if (const auto from = root.object("imported_from", Need::optional)) {
            content::FieldReader r(doc_, *from, d_);
            set.imported_file = r.text("file", Need::optional, 4096).value_or("");
            set.imported_format = r.text("format", Need::optional, kMaxTitleLength).value_or("");
            set.imported_at = r.text("at", Need::optional, kMaxTitleLength).value_or("");
            if (r.valid())
                warn_unknown_keys(doc_, *from, {"file", "format", "at"}, d_);
        }
        const std::vector<std::string> questions = root.object_list("questions", Need::required);
        warn_unknown_keys(doc_, "", {"format", "version", "title", "imported_from", "questions"},
                          d_);
        if (questions.empty() && root.has("questions") && doc_.root().at("questions").is_array()) {
            root.error_at("questions", "the set has no questions");
        }
        std::map<std::string, std::string> ids;
        for (const std::string& ptr : questions) {
            if (auto q = read_question(ptr, ids))
                set.questions.push_back(std::move(*q));
        }
        if (d_.has_errors())
            return std::nullopt;
        return set;
    }

  private:
    std::optional<SetQuestion> read_question(const std::string& ptr,
                                             std::map<std::string, std::string>& ids) {
        content::FieldReader r(doc_, ptr, d_);
        if (!r.valid())
            return std::nullopt;
        const int errors_before = d_.error_count();
        SetQuestion sq;
        core::Question& q = sq.question;
        q.id = r.text("id", Need::required, kMaxIdLength).value_or("");
        if (!q.id.empty()) {
            if (const auto seen = ids.find(q.id); seen != ids.end()) {
                const content::TextPosition first = doc_.position_of(seen->second);
                r.error_at("id", "duplicate id \"" + q.id + "\" (first at line " +
                                     std::to_string(first.line) + ")");
            } else {
                ids.emplace(q.id, r.member("id"));
            }
        }
        q.fact_id = q.id;
        if (const auto family = r.choice("family", Need::required, family_names()))
            q.family = *core::family_from_string(*family);
        const auto type = r.choice("type", Need::required, type_names());
        q.difficulty = static_cast<int>(r.integer("difficulty", Need::required, 1, 3).value_or(2));
        q.prompt = r.text("prompt", Need::required, kMaxPromptLength).value_or("");
        q.choices = r.text_list("choices", Need::required, kMaxChoiceLength);
        q.explanation = optional_text(r, "explanation", kMaxExplanationLength);
        r.text_list("sources", Need::optional, kMaxSourceLength);
        q.verified = r.flag("verified", Need::optional).value_or(true);
        q.spoils = static_cast<int>(r.integer("spoils", Need::optional, 0, 1000000).value_or(0));
        sq.source = r.text("source", Need::required, kMaxSourceLength).value_or("");
        sq.category = r.text("category", Need::optional, kMaxTitleLength).value_or("");
        q.sources = {sq.source};
        warn_unknown_keys(
            doc_, ptr,
            {"id", "family", "type", "difficulty", "prompt", "choices", "answer", "accept",
             "explanation", "sources", "verified", "spoils", "source", "category"},
            d_);
        if (!type)
            return std::nullopt;
        q.type = type_from_string(*type);
        read_answer(r, q);
        if (d_.error_count() > errors_before)
            return std::nullopt;
        return sq;
    }

    // An empty explanation is allowed: most imported questions have none.
    std::string optional_text(content::FieldReader& r, std::string_view key, std::size_t max) {
        const std::string ptr = r.member(key);
        const nlohmann::json::json_pointer jp(ptr);
        if (doc_.root().contains(jp) && doc_.root().at(jp).is_string() &&
            doc_.root().at(jp).get_ref<const std::string&>().empty())
            return "";
        return r.text(key, Need::optional, max).value_or("");
    }

    void read_answer(content::FieldReader& r, core::Question& q) {
        const std::string answer_ptr = r.member("answer");
        const nlohmann::json::json_pointer jp(answer_ptr);
        const nlohmann::json* answer = doc_.root().contains(jp) ? &doc_.root().at(jp) : nullptr;
        const auto fail = [&](const std::string& message) { r.error_at("answer", message); };
        const std::size_t n = q.choices.size();
        switch (q.type) {
            case QuestionType::true_false:
                if (q.choices != core::true_false_choices()) {
                    r.error_at("choices",
                               "a true_false question's choices are [\"True\", \"False\"]");
                    return;
                }
                [[fallthrough]];
            case QuestionType::multiple_choice: {
                if (n < 2 || n > kMaxChoices) {
                    r.error_at("choices", "expected 2 to 4 choices, found " + std::to_string(n));
                    return;
                }
                if (const auto a =
                        r.integer("answer", Need::required, 0, static_cast<long long>(n) - 1))
                    q.answer = static_cast<int>(*a);
                break;
            }
            case QuestionType::ordering: {
                if (n < 2 || n > kMaxChoices) {
                    r.error_at("choices", "expected 2 to 4 choices, found " + std::to_string(n));
                    return;
                }
                if (answer == nullptr || !answer->is_array()) {
                    fail(
                        "an ordering question's answer is the choice indices in order, like "
                        "[2, 0, 1]");
                    return;
                }
                std::set<int> seen;
                for (const nlohmann::json& i : *answer) {
                    if (!i.is_number_integer() || i.get<long long>() < 0 ||
                        i.get<long long>() >= static_cast<long long>(n) ||
                        !seen.insert(i.get<int>()).second) {
                        fail("the order must name each choice index from 0 to " +
                             std::to_string(n - 1) + " once");
                        return;
                    }
                    q.order.push_back(i.get<int>());
                }
                if (q.order.size() != n)
                    fail("the order must name each choice index from 0 to " +
                         std::to_string(n - 1) + " once");
                break;
            }
            case QuestionType::type_in:
                if (n != 0)
                    r.error_at("choices", "a type_in question has no choices");
                if (answer != nullptr && !answer->is_null())
                    fail("a type_in question's answer is null; the answers are in \"accept\"");
                q.accept = r.text_list("accept", Need::required, kMaxChoiceLength);
                if (q.accept.empty() && r.has("accept"))
                    r.error_at("accept", "no accepted answer");
                break;
        }
    }

    const content::JsonDocument& doc_;
    content::Diagnostics& d_;
};

// Writes all of `text` to a new file and syncs it, so the rename publishes whole data.
std::optional<std::string> write_synced(const std::filesystem::path& path,
                                        const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return std::string("cannot create ") + path.string() + ": " + std::strerror(errno);
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            return "cannot write " + path.string() + ": " + why;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0)
        return "cannot write " + path.string() + ": " + std::strerror(errno);
    return std::nullopt;
}

}  // namespace

std::vector<core::Question> QuestionSet::plain_questions() const {
    std::vector<core::Question> out;
    out.reserve(questions.size());
    for (const SetQuestion& q : questions)
        out.push_back(q.question);
    return out;
}

std::string set_to_json(const QuestionSet& set) {
    nlohmann::json root;
    root["format"] = kSetFormatName;
    root["version"] = set.version;
    root["title"] = set.title;
    root["imported_from"] = {
        {"file", set.imported_file}, {"format", set.imported_format}, {"at", set.imported_at}};
    nlohmann::json questions = nlohmann::json::array();
    for (const SetQuestion& sq : set.questions) {
        nlohmann::json q = question_to_json(sq.question);
        q["source"] = sq.source;
        if (!sq.category.empty())
            q["category"] = sq.category;
        questions.push_back(std::move(q));
    }
    root["questions"] = std::move(questions);
    return root.dump(2) + "\n";
}

SetLoad load_set_from_text(std::string text, const std::string& display_file) {
    SetLoad load;
    content::JsonLimits limits;
    limits.max_bytes = kMaxSetBytes;
    limits.kind = "a question set";
    const auto doc = content::parse_json(std::move(text), display_file, load.diagnostics, limits);
    if (doc)
        load.set = SetReader(*doc, load.diagnostics).read();
    if (load.diagnostics.has_errors())
        load.set.reset();
    load.diagnostics.sort();
    return load;
}

SetLoad load_set(const std::filesystem::path& dir, const std::string& display_dir) {
    const std::filesystem::path file = dir / kSetFileName;
    const std::string display =
        ((display_dir.empty() ? dir : std::filesystem::path(display_dir)) / kSetFileName).string();
    SetLoad load;
    content::JsonLimits limits;
    limits.max_bytes = kMaxSetBytes;
    limits.kind = "a question set";
    const auto doc = content::read_json_file(file, display, load.diagnostics, limits);
    if (doc)
        load.set = SetReader(*doc, load.diagnostics).read();
    if (load.diagnostics.has_errors())
        load.set.reset();
    load.diagnostics.sort();
    return load;
}

std::optional<std::string> write_set(const std::filesystem::path& dir, const QuestionSet& set) {
    const std::string text = set_to_json(set);
    if (text.size() > kMaxSetBytes) {
        return "the set would be " + std::to_string(text.size()) + " bytes, more than the " +
               std::to_string(kMaxSetBytes) + " a set may hold; split the file";
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return "cannot create " + dir.string() + ": " + ec.message();
    std::random_device random;
    const std::filesystem::path temp =
        dir / ("." + std::string(kSetFileName) + ".tmp-" + std::to_string(random()));
    if (auto failed = write_synced(temp, text)) {
        std::filesystem::remove(temp, ec);
        return failed;
    }
    std::filesystem::rename(temp, dir / kSetFileName, ec);
    if (ec) {
        const std::string why = ec.message();
        std::filesystem::remove(temp, ec);
        return "cannot replace " + (dir / kSetFileName).string() + ": " + why;
    }
    return std::nullopt;
}

std::vector<std::filesystem::path> list_sets(const std::filesystem::path& sets_dir) {
    std::vector<std::filesystem::path> sets;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(sets_dir, ec)) {
        if (entry.is_directory(ec) &&
            std::filesystem::is_regular_file(entry.path() / kSetFileName, ec))
            sets.push_back(entry.path());
    }
    std::sort(sets.begin(), sets.end());
    return sets;
}

std::vector<core::Question> draw_round(const QuestionSet& set, int count, std::uint64_t seed) {
    std::vector<std::size_t> order(set.questions.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    core::Rng rng(seed);
    rng.shuffle(order);
    order.resize(std::min(order.size(), static_cast<std::size_t>(std::max(count, 0))));
    // Easier questions first, as generated rounds do; the draw decides among equals.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return set.questions[a].question.difficulty < set.questions[b].question.difficulty;
    });
    std::vector<core::Question> round;
    for (const std::size_t i : order) {
        core::Question q = set.questions[i].question;
        if (q.type == QuestionType::multiple_choice) {
            const std::string right = q.choices[static_cast<std::size_t>(q.answer)];
            core::Rng own(core::derive_seed(seed, q.id));
            own.shuffle(q.choices);
            q.answer = static_cast<int>(std::find(q.choices.begin(), q.choices.end(), right) -
                                        q.choices.begin());
        }
        round.push_back(std::move(q));
    }
    return round;
}

}  // namespace filmquiz::formats
