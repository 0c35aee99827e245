#include "formats/opentdb_reader.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "content/field_reader.hpp"
#include "content/json_document.hpp"
#include "core/rng.hpp"
#include "core/text.hpp"
#include "formats/html_text.hpp"
#include "formats/question_draft.hpp"

namespace filmquiz::formats {

namespace {

// Open Trivia DB's own texts are short; these only stop absurd values before decoding.
constexpr std::size_t kMaxRawText = 64 * 1024;

enum class Encoding { html, percent, base64 };

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string response_meaning(long long code) {
    switch (code) {
        case 1:
            return "no results: the database had too few questions for the request";
        case 2:
            return "invalid parameter: the request was not valid";
        case 3:
            return "token not found: the session token does not exist";
        case 4:
            return "token empty: the session token has returned every question (reset it)";
        case 5:
            return "rate limit: too many requests";
        default:
            return "not a successful response";
    }
}

// The API does not say which encoding it used; the "type" field, which is always
// "multiple" or "boolean", and the questions' spaces tell.
Encoding detect(const content::JsonDocument& doc, const std::vector<std::string>& results) {
    bool percent = !results.empty();
    for (const std::string& ptr : results) {
        const nlohmann::json& r = doc.root().at(nlohmann::json::json_pointer(ptr));
        if (!r.is_object())
            return Encoding::html;
        const auto type = r.find("type");
        if (type != r.end() && type->is_string()) {
            const std::string& t = type->get_ref<const std::string&>();
            if (t == "bXVsdGlwbGU=" || t == "Ym9vbGVhbg==")
                return Encoding::base64;
        }
        const auto question = r.find("question");
        if (question == r.end() || !question->is_string())
            return Encoding::html;
        const std::string& q = question->get_ref<const std::string&>();
        percent = percent && q.find(' ') == std::string::npos && q.find('%') != std::string::npos;
    }
    return percent ? Encoding::percent : Encoding::html;
}

class OpenTdbReader {
  public:
    OpenTdbReader(const SourceText& source, Problems& problems)
        : source_(source), problems_(problems), questions_(source, problems) {}

    std::vector<SetQuestion> read() {
        content::JsonLimits limits;
        limits.kind = "an import";
        content::Diagnostics json;
        const auto doc = content::parse_json(source_.text(), source_.file(), json, limits);
        problems_.add(json);
        if (!doc)
            return {};
        doc_ = &*doc;
        content::Diagnostics fields;
        read_root(fields);
        problems_.add(fields);
        return questions_.take();
    }

  private:
    void read_root(content::Diagnostics& fields) {
        content::FieldReader root(*doc_, "", fields);
        if (!root.valid())
            return;
        if (const auto code = root.integer("response_code", content::Need::optional, 0, 1000000);
            code && *code != 0) {
            root.error_at("response_code", "response code " + std::to_string(*code) + ", " +
                                               response_meaning(*code));
            return;
        }
        const std::vector<std::string> results =
            root.object_list("results", content::Need::required);
        const nlohmann::json& all = doc_->root();
        if (all.contains("results") && all.at("results").is_array() && all.at("results").empty()) {
            root.error_at("results", "no questions in \"results\"");
            return;
        }
        encoding_ = detect(*doc_, results);
        for (const std::string& ptr : results) {
            // Each result's problems go to the capped list at once: a file may hold many.
            content::Diagnostics found;
            const bool more = read_result(ptr, found);
            problems_.add(found);
            if (!more)
                return;
        }
    }

    std::optional<std::string> decode(const std::string& raw, const std::string& ptr,
                                      content::Diagnostics& fields) {
        std::optional<std::string> text;
        switch (encoding_) {
            case Encoding::html:
                return decode_entities(raw);
            case Encoding::percent:
                text = decode_percent(raw);
                break;
            case Encoding::base64:
                text = decode_base64(raw);
                break;
        }
        const char* name = encoding_ == Encoding::base64 ? "base64" : "percent-encoded";
        if (!text) {
            fields.error(
                source_.file(), doc_->position_of(ptr), ptr,
                std::string("not valid ") + name + " text (the other fields are " + name + ")");
            return std::nullopt;
        }
        const bool control = std::any_of(text->begin(), text->end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
        });
        if (core::first_invalid_utf8(*text) || control) {
            fields.error(source_.file(), doc_->position_of(ptr), ptr,
                         std::string("the decoded ") + name + " text is not valid UTF-8 text");
            return std::nullopt;
        }
        return text;
    }

    bool read_result(const std::string& ptr, content::Diagnostics& fields) {
        content::FieldReader r(*doc_, ptr, fields);
        const auto type = r.text("type", content::Need::required, kMaxRawText);
        const auto difficulty = r.text("difficulty", content::Need::optional, kMaxRawText);
        const auto category = r.text("category", content::Need::optional, kMaxRawText);
        const auto question = r.text("question", content::Need::required, kMaxRawText);
        const auto correct = r.text("correct_answer", content::Need::required, kMaxRawText);
        const auto incorrect =
            r.text_list("incorrect_answers", content::Need::required, kMaxRawText);
        if (!type || !question || !correct)
            return true;
        const auto decoded = [&](const std::string& raw, std::string_view key) {
            return decode(raw, r.member(key), fields);
        };
        const auto t = decoded(*type, "type");
        const auto q = decoded(*question, "question");
        const auto right = decoded(*correct, "correct_answer");
        if (!t || !q || !right)
            return true;
        Draft d;
        d.offset = source_.offset_of(doc_->position_of(ptr));
        d.prompt = *q;
        if (category) {
            if (const auto c = decoded(*category, "category"))
                d.category = *c;
        }
        if (difficulty) {
            const auto level = decoded(*difficulty, "difficulty");
            if (!level)
                return true;
            if (*level == "easy") {
                d.difficulty = 1;
            } else if (*level == "medium") {
                d.difficulty = 2;
            } else if (*level == "hard") {
                d.difficulty = 3;
            } else {
                r.error_at("difficulty", "unknown difficulty " + quote_text(*level) +
                                             " (expected easy, medium or hard)");
                return true;
            }
        }
        std::vector<std::string> wrong;
        if (incorrect.size() > kMaxAnswersRead) {
            r.error_at("incorrect_answers", std::to_string(incorrect.size()) +
                                                " incorrect answers (at most " +
                                                std::to_string(kMaxAnswersRead) + ")");
            return true;
        }
        for (std::size_t i = 0; i < incorrect.size(); ++i) {
            const auto w = decode(incorrect[i],
                                  r.member("incorrect_answers") + "/" + std::to_string(i), fields);
            if (!w)
                return true;
            wrong.push_back(*w);
        }
        if (*t == "boolean") {
            const std::string folded = core::fold_case(core::trim(*right));
            if (folded != "true" && folded != "false") {
                r.error_at("correct_answer",
                           "a boolean question's correct answer is True or "
                           "False, not " +
                               quote_text(*right));
                return true;
            }
            d.type = core::QuestionType::true_false;
            d.answer = folded == "true" ? 0 : 1;
        } else if (*t == "multiple") {
            if (wrong.empty()) {
                r.error_at("incorrect_answers", "no incorrect answers");
                return true;
            }
            // The file keeps the right answer apart; the question shows it at a place of
            // its own, the same on every import.
            const std::size_t place =
                core::hash64(d.prompt) % (std::min(wrong.size(), kMaxChoices - 1) + 1);
            d.choices = wrong;
            d.choices.insert(d.choices.begin() + static_cast<std::ptrdiff_t>(place), *right);
            d.answer = static_cast<int>(place);
        } else {
            r.error_at("type", "unknown question type " + quote_text(*t) +
                                   " (expected multiple or boolean)");
            return true;
        }
        return questions_.add(std::move(d));
    }

    const SourceText& source_;
    Problems& problems_;
    QuestionCollector questions_;
    const content::JsonDocument* doc_ = nullptr;
    Encoding encoding_ = Encoding::html;
};

}  // namespace

std::optional<std::string> decode_base64(std::string_view text) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t padding = 0;
    for (const char c : text) {
        int value = -1;
        if (c >= 'A' && c <= 'Z') {
            value = c - 'A';
        } else if (c >= 'a' && c <= 'z') {
            value = c - 'a' + 26;
        } else if (c >= '0' && c <= '9') {
            value = c - '0' + 52;
        } else if (c == '+') {
            value = 62;
        } else if (c == '/') {
            value = 63;
        } else if (c == '=') {
            ++padding;
            continue;
        }
        if (value < 0 || padding > 0)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    if (padding > 2 || bits >= 6)
        return std::nullopt;
    return out;
}

std::optional<std::string> decode_percent(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%') {
            if (i + 2 >= text.size() || hex_value(text[i + 1]) < 0 || hex_value(text[i + 2]) < 0)
                return std::nullopt;
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<SetQuestion> read_opentdb(const SourceText& source, Problems& problems) {
    return OpenTdbReader(source, problems).read();
}

}  // namespace filmquiz::formats
