#include "formats/gift_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.hpp"
#include "formats/html_text.hpp"
#include "formats/question_draft.hpp"

namespace filmquiz::formats {

namespace {

using core::QuestionType;

// One question's lines (comments dropped) joined by '\n', with where each byte came from,
// so a problem found anywhere in it can name its line and column in the file.
struct Block {
    std::string text;
    std::vector<std::size_t> at;

    void append(std::string_view s, std::size_t offset) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            text += s[i];
            at.push_back(offset + i);
        }
    }
    std::size_t offset(std::size_t i) const {
        return at.empty() ? 0 : at[std::min(i, at.size() - 1)];
    }
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skip_space(const std::string& s, std::size_t i, std::size_t end) {
    while (i < end && is_space(s[i]))
        ++i;
    return i;
}

// The first `needle` in [from, end) that no backslash escapes.
std::size_t find_unescaped(const std::string& s, std::string_view needle, std::size_t from,
                           std::size_t end) {
    for (std::size_t i = from; i < end; ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (i + needle.size() <= end && s.compare(i, needle.size(), needle) == 0)
            return i;
    }
    return std::string::npos;
}

// GIFT's escapes: \~ \= \# \{ \} \: \\ and \n for a line break; any other backslash stays.
std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char next = s[i + 1];
            if (std::string_view("~=#{}:\\").find(next) != std::string_view::npos) {
                out += next;
                ++i;
                continue;
            }
            if (next == 'n') {
                out += '\n';
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::string trim_space(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && is_space(s[b]))
        ++b;
    while (e > b && is_space(s[e - 1]))
        --e;
    return std::string(s.substr(b, e - b));
}

std::string upper(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    });
    return out;
}

// A number as GIFT writes it: optional sign, digits, optional fraction.
std::optional<double> parse_number(std::string_view text) {
    const std::string s = trim_space(text);
    if (s.empty() || s.size() > 40)
        return std::nullopt;
    std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') {
            digits = true;
        } else if (s[i] == '.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    const double value = std::strtod(s.c_str(), nullptr);
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string format_percent(double w) {
    std::string s = std::to_string(w);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s + "%";
}

// One answer of an answer block: its marker, weight, text and feedback.
struct Answer {
    char marker = '=';             // '=' right, '~' wrong (or weighted)
    std::optional<double> weight;  // %50% -> 50
    std::string raw;               // the text as written, escapes still in
    std::string feedback;          // as written
    std::size_t at = 0;            // block index of the marker
    std::size_t text_at = 0;       // block index where the text starts

    double credit() const { return weight ? *weight : (marker == '=' ? 100.0 : 0.0); }
};

class GiftReader {
  public:
    GiftReader(const SourceText& source, Problems& problems)
        : source_(source), problems_(problems), questions_(source, problems) {}

    std::vector<SetQuestion> read() {
        Block block;
        for (std::size_t li = 0; li < source_.line_count(); ++li) {
            const std::string_view line = source_.line(li);
            const std::string trimmed = trim_space(line);
            if (trimmed.empty()) {
                if (!read_block(block))
                    return questions_.take();
                block = Block();
                continue;
            }
            // Only whole lines are comments: "//" inside a text (a URL) is text.
            if (trimmed.rfind("//", 0) == 0)
                continue;
            if (!block.text.empty())
                block.append("\n", source_.line_start(li) - 1);
            block.append(line, source_.line_start(li));
        }
        read_block(block);
        return questions_.take();
    }

  private:
    void error(const Block& b, std::size_t i, std::string message) {
        problems_.error(source_, b.offset(i), std::move(message));
    }
    void warning(const Block& b, std::size_t i, std::string message) {
        problems_.warning(source_, b.offset(i), std::move(message));
    }

    std::string text_of(std::string_view raw) const {
        const std::string plain = unescape(raw);
        return format_ == "html" ? html_to_text(plain) : plain;
    }

    // False when no more questions fit in the set.
    bool read_block(const Block& b) {
        const std::string& s = b.text;
        const std::size_t end = s.size();
        std::size_t pos = skip_space(s, 0, end);
        if (pos >= end)
            return true;
        if (s.compare(pos, 10, "$CATEGORY:") == 0) {
            const std::size_t eol = std::min(s.find('\n', pos), end);
            category_ = clean_category(s.substr(pos + 10, eol - pos - 10));
            pos = skip_space(s, eol, end);
            if (pos >= end)
                return true;
        }
        const std::size_t start = pos;
        if (s.compare(pos, 2, "::") == 0) {
            const std::size_t close = find_unescaped(s, "::", pos + 2, end);
            if (close == std::string::npos) {
                error(b, pos, "the title opened with '::' is not closed with '::'");
                return true;
            }
            pos = skip_space(s, close + 2, end);
        }
        format_.clear();
        if (pos < end && s[pos] == '[') {
            const std::size_t close = s.find(']', pos);
            if (close != std::string::npos && close < end) {
                const std::string name = core::fold_case(s.substr(pos + 1, close - pos - 1));
                if (name == "html" || name == "moodle" || name == "plain" || name == "markdown") {
                    format_ = name;
                    pos = close + 1;
                }
            }
        }
        const std::size_t text_start = pos;
        const std::size_t open = find_unescaped(s, "{", pos, end);
        const std::size_t stray =
            find_unescaped(s, "}", pos, open == std::string::npos ? end : open);
        if (stray != std::string::npos) {
            error(b, stray, "'}' without an opening '{' (write \\} for a brace in the text)");
            return true;
        }
        if (open == std::string::npos) {
            warning(b, start,
                    "no answer block {...}: Moodle reads this as a description, which is not a "
                    "question; skipped");
            return true;
        }
        const std::size_t close = find_closing(b, open);
        if (close == std::string::npos)
            return true;
        if (const std::size_t again = find_unescaped(s, "{", close + 1, end);
            again != std::string::npos) {
            error(b, again,
                  "a second answer block in one question: separate questions with a blank line");
            return true;
        }
        if (const std::size_t brace = find_unescaped(s, "}", close + 1, end);
            brace != std::string::npos) {
            error(b, brace, "'}' without an opening '{' (write \\} for a brace in the text)");
            return true;
        }

        Draft d;
        d.offset = b.offset(start);
        d.category = category_;
        const std::string before =
            normalize_space(text_of(s.substr(text_start, open - text_start)));
        const std::string after = normalize_space(text_of(s.substr(close + 1)));
        // Text on both sides of the answers is Moodle's "missing word" form.
        d.prompt =
            after.empty() ? before : (before.empty() ? "_____ " : before + " _____ ") + after;
        if (d.prompt.empty()) {
            error(b, start, "the question has no text before its answer block");
            return true;
        }
        if (!read_answers(b, open + 1, close, d))
            return true;
        return questions_.add(std::move(d));
    }

    static std::string clean_category(std::string_view raw) {
        std::string c = trim_space(unescape(raw));
        // Moodle's own prefixes ("$course$/top/") say where the category lives, not its name.
        if (!c.empty() && c[0] == '$') {
            const std::size_t slash = c.find("$/");
            if (slash != std::string::npos)
                c.erase(0, slash + 2);
        }
        if (c.rfind("top/", 0) == 0)
            c.erase(0, 4);
        return c;
    }

    std::size_t find_closing(const Block& b, std::size_t open) {
        const std::string& s = b.text;
        for (std::size_t i = open + 1; i < s.size(); ++i) {
            if (s[i] == '\\') {
                ++i;
                continue;
            }
            if (s[i] == '{') {
                error(b, i, "'{' inside an answer block (write \\{ for a brace in the text)");
                return std::string::npos;
            }
            if (s[i] == '}')
                return i;
        }
        error(b, open, "the answer block is not closed with '}' (a blank line ends a question)");
        return std::string::npos;
    }

    // Fills the draft from the answer block [from, to); false when the question is not kept.
    bool read_answers(const Block& b, std::size_t from, std::size_t to, Draft& d) {
        const std::string& s = b.text;
        std::string general;
        if (const std::size_t g = find_unescaped(s, "####", from, to); g != std::string::npos) {
            general = s.substr(g + 4, to - g - 4);
            to = g;
        }
        d.explanation = text_of(general);
        const std::size_t first = skip_space(s, from, to);
        if (first >= to) {
            warning(b, from - 1,
                    "an empty answer block is an essay question, which filmquiz cannot mark; "
                    "question skipped");
            return false;
        }
        if (s[first] == '#')
            return read_numeric(b, first + 1, to, d);
        if (read_true_false(b, first, to, d))
            return true;

        std::vector<Answer> answers;
        if (!split_answers(b, first, to, "=~", answers))
            return false;
        bool pairs = false;
        bool wrong = false;
        for (const Answer& a : answers) {
            pairs = pairs || a.raw.find("->") != std::string::npos;
            wrong = wrong || a.marker == '~';
        }
        if (pairs)
            return read_matching(b, answers, d);
        if (!wrong)
            return read_short_answer(b, answers, d);
        return read_multiple_choice(b, answers, d);
    }

    // {T}, {TRUE}, {F}, {FALSE}, with "#feedback if wrong#feedback if right".
    bool read_true_false(const Block& b, std::size_t from, std::size_t to, Draft& d) {
        const std::string& s = b.text;
        const std::size_t hash = find_unescaped(s, "#", from, to);
        const std::string head = upper(trim_space(s.substr(from, std::min(hash, to) - from)));
        if (head != "T" && head != "TRUE" && head != "F" && head != "FALSE")
            return false;
        d.type = QuestionType::true_false;
        d.answer = head[0] == 'T' ? 0 : 1;
        if (d.explanation.empty() && hash != std::string::npos) {
            const std::size_t second = find_unescaped(s, "#", hash + 1, to);
            if (second != std::string::npos)
                d.explanation = text_of(s.substr(second + 1, to - second - 1));
        }
        return true;
    }

    // Splits [from, to) at every unescaped marker; text before the first one is an error.
    bool split_answers(const Block& b, std::size_t from, std::size_t to, std::string_view markers,
                       std::vector<Answer>& answers) {
        const std::string& s = b.text;
        if (markers.find(s[from]) == std::string_view::npos) {
            error(b, from,
                  "an answer must start with = (right) or ~ (wrong); a word alone is only "
                  "T, TRUE, F or FALSE");
            return false;
        }
        for (std::size_t i = from; i < to; ++i) {
            if (s[i] == '\\') {
                ++i;
                continue;
            }
            if (markers.find(s[i]) == std::string_view::npos)
                continue;
            if (answers.size() == kMaxAnswersRead) {
                error(b, from,
                      "more than " + std::to_string(kMaxAnswersRead) + " answers in one question");
                return false;
            }
            Answer a;
            a.marker = s[i];
            a.at = i;
            answers.push_back(a);
        }
        for (std::size_t k = 0; k < answers.size(); ++k) {
            Answer& a = answers[k];
            const std::size_t end = k + 1 < answers.size() ? answers[k + 1].at : to;
            std::size_t p = skip_space(s, a.at + 1, end);
            if (p < end && s[p] == '%') {
                const std::size_t close = s.find('%', p + 1);
                const auto w =
                    close < end ? parse_number(s.substr(p + 1, close - p - 1)) : std::nullopt;
                if (!w) {
                    error(b, p, "a weight is a percentage between two % signs, like %50%");
                    return false;
                }
                if (*w < -100 || *w > 100) {
                    error(b, p, "the weight " + format_percent(*w) + " is outside -100% to 100%");
                    return false;
                }
                a.weight = *w;
                p = close + 1;
            }
            a.text_at = skip_space(s, p, end);
            const std::size_t hash = find_unescaped(s, "#", p, end);
            if (hash != std::string::npos) {
                a.raw = s.substr(p, hash - p);
                a.feedback = s.substr(hash + 1, end - hash - 1);
            } else {
                a.raw = s.substr(p, end - p);
            }
        }
        return true;
    }

    bool read_multiple_choice(const Block& b, const std::vector<Answer>& answers, Draft& d) {
        std::vector<const Answer*> right;
        std::vector<const Answer*> partial;
        for (const Answer& a : answers) {
            if (normalize_space(text_of(a.raw)).empty()) {
                error(b, a.at, std::string("an empty answer after '") + a.marker + "'");
                return false;
            }
            if (a.credit() >= 100) {
                right.push_back(&a);
            } else if (a.credit() > 0) {
                partial.push_back(&a);
            }
        }
        if (right.empty() && !partial.empty()) {
            warning(b, partial.front()->at,
                    "answers with partial credit and no fully right one make Moodle's "
                    "multiple-answer question; filmquiz questions have exactly one right "
                    "answer; question skipped");
            return false;
        }
        if (right.empty()) {
            error(b, answers.front().at, "no right answer: mark it with = (or ~%100%)");
            return false;
        }
        if (right.size() > 1) {
            std::vector<std::string> texts;
            for (const Answer* a : right)
                texts.push_back(quote_text(normalize_space(text_of(a->raw))));
            warning(b, right[1]->at,
                    std::to_string(right.size()) + " right answers (" + core::join_and(texts) +
                        "); filmquiz questions have exactly one right answer; question skipped");
            return false;
        }
        for (const Answer* a : partial) {
            warning(b, a->at,
                    "the answer " + quote_text(normalize_space(text_of(a->raw))) + " gives " +
                        format_percent(a->credit()) +
                        " credit; filmquiz has no partial credit, so it is left out");
        }
        d.type = QuestionType::multiple_choice;
        for (const Answer& a : answers) {
            if (a.credit() > 0 && a.credit() < 100)
                continue;
            if (&a == right.front())
                d.answer = static_cast<int>(d.choices.size());
            d.choices.push_back(text_of(a.raw));
        }
        if (d.explanation.empty())
            d.explanation = text_of(right.front()->feedback);
        return true;
    }

    bool read_short_answer(const Block& b, const std::vector<Answer>& answers, Draft& d) {
        d.type = QuestionType::type_in;
        const Answer* first_right = nullptr;
        for (const Answer& a : answers) {
            const std::string text = normalize_space(text_of(a.raw));
            if (text.empty()) {
                error(b, a.at, "an empty answer after '='");
                return false;
            }
            if (a.credit() >= 100) {
                d.accept.push_back(text);
                if (first_right == nullptr)
                    first_right = &a;
            } else {
                warning(b, a.at,
                        "the answer " + quote_text(text) + " gives " + format_percent(a.credit()) +
                            " credit; filmquiz accepts only fully right answers, so it is left "
                            "out");
            }
        }
        if (first_right == nullptr) {
            warning(b, answers.front().at, "no fully right answer; question skipped");
            return false;
        }
        if (d.explanation.empty())
            d.explanation = text_of(first_right->feedback);
        return true;
    }

    // Matching: only items matched to the positions 1, 2, 3 (and 4) have a filmquiz form,
    // putting them in order; that is also how `generate --format gift` writes that type.
    bool read_matching(const Block& b, const std::vector<Answer>& answers, Draft& d) {
        std::vector<std::string> items;
        std::vector<int> positions;
        bool ordinal = true;
        for (const Answer& a : answers) {
            const std::size_t arrow = a.raw.find("->");
            if (a.marker != '=' || arrow == std::string::npos) {
                error(b, a.at, "in a matching question every answer is a pair: =item -> match");
                return false;
            }
            const std::string item = normalize_space(text_of(a.raw.substr(0, arrow)));
            const std::string match = normalize_space(text_of(a.raw.substr(arrow + 2)));
            if (match.empty()) {
                error(b, a.at, "the pair has nothing after '->'");
                return false;
            }
            const auto n = parse_number(match);
            const bool whole = n && *n == std::floor(*n) && match.find('.') == std::string::npos;
            if (item.empty() || !whole || *n < 1 || *n > static_cast<double>(answers.size())) {
                ordinal = false;
                continue;
            }
            items.push_back(item);
            positions.push_back(static_cast<int>(*n));
        }
        std::vector<int> sorted = positions;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 0; i < sorted.size() && ordinal; ++i)
            ordinal = sorted[i] == static_cast<int>(i + 1);
        if (!ordinal || items.size() < 3 || items.size() > kMaxChoices) {
            warning(b, answers.front().at,
                    "a matching question has no filmquiz form (only 3 or 4 items matched to "
                    "1, 2, 3... are read, as a question that puts them in order); question "
                    "skipped");
            return false;
        }
        d.type = QuestionType::ordering;
        d.choices = items;
        d.order.resize(items.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            d.order[static_cast<std::size_t>(positions[i] - 1)] = static_cast<int>(i);
        return true;
    }

    // {#2015}, {#2015:0}, {#2014..2016}, {#=2015 =%50%2014}: exact numbers become typed
    // answers; a tolerance or a range has no filmquiz form.
    bool read_numeric(const Block& b, std::size_t from, std::size_t to, Draft& d) {
        const std::string& s = b.text;
        std::vector<Answer> answers;
        const std::size_t first = skip_space(s, from, to);
        if (first < to && s[first] == '=') {
            if (!split_answers(b, first, to, "=", answers))
                return false;
        } else {
            Answer a;
            a.at = from - 1;
            a.text_at = first;
            const std::size_t hash = find_unescaped(s, "#", from, to);
            a.raw = s.substr(from, std::min(hash, to) - from);
            if (hash != std::string::npos)
                a.feedback = s.substr(hash + 1, to - hash - 1);
            answers.push_back(a);
        }
        d.type = QuestionType::type_in;
        const Answer* first_right = nullptr;
        for (const Answer& a : answers) {
            const std::string spec = trim_space(unescape(a.raw));
            std::string value = spec;
            std::string range;
            if (const std::size_t dots = spec.find(".."); dots != std::string::npos) {
                value = spec.substr(0, dots);
                range = spec.substr(dots + 2);
            } else if (const std::size_t colon = spec.find(':'); colon != std::string::npos) {
                value = spec.substr(0, colon);
                range = spec.substr(colon + 1);
            }
            const auto number = parse_number(value);
            const auto bound = range.empty() ? number : parse_number(range);
            if (!number || !bound) {
                error(b, a.text_at,
                      "not a number: " + quote_text(spec) + " (write 2015, 2015:2 or 2014..2016)");
                return false;
            }
            const bool exact = spec.find("..") != std::string::npos ? *bound == *number
                                                                    : range.empty() || *bound == 0;
            if (a.credit() < 100) {
                warning(b, a.at,
                        "the answer " + quote_text(spec) + " gives " + format_percent(a.credit()) +
                            " credit; filmquiz accepts only fully right answers, so it is left "
                            "out");
                continue;
            }
            if (!exact) {
                warning(b, a.at,
                        "the numeric answer " + quote_text(spec) +
                            " accepts a range; filmquiz accepts exact numbers only; question "
                            "skipped");
                return false;
            }
            d.accept.push_back(trim_space(value));
            if (first_right == nullptr)
                first_right = &a;
        }
        if (first_right == nullptr) {
            warning(b, answers.front().at, "no fully right answer; question skipped");
            return false;
        }
        if (d.explanation.empty())
            d.explanation = text_of(first_right->feedback);
        return true;
    }

    const SourceText& source_;
    Problems& problems_;
    QuestionCollector questions_;
    std::string category_;
    std::string format_;
};

}  // namespace

std::vector<SetQuestion> read_gift(const SourceText& source, Problems& problems) {
    return GiftReader(source, problems).read();
}

}  // namespace filmquiz::formats
