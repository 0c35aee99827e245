#include "formats/question_draft.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/rng.hpp"
#include "core/text.hpp"

namespace filmquiz::formats {

namespace {

std::string too_long(std::string_view what, std::size_t length, std::size_t limit) {
    return std::string(what) + " is " + std::to_string(length) + " characters long; at most " +
           std::to_string(limit) + " fit on screen";
}

std::string hex12(std::uint64_t value) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return std::string(buffer + 4);
}

}  // namespace

std::string normalize_space(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    // Unicode spaces (no-break space from &nbsp;) are trimmed too.
    return core::trim(out);
}

std::string quote_text(std::string_view text) {
    constexpr std::size_t kShown = 40;
    std::string out = "\"";
    if (core::utf8_length(text) <= kShown) {
        out += text;
    } else {
        const std::u32string code_points = core::decode_utf8(text);
        out += core::encode_utf8(std::u32string_view(code_points).substr(0, kShown - 3));
        out += "...";
    }
    return out + "\"";
}

QuestionCollector::QuestionCollector(const SourceText& source, Problems& problems)
    : source_(source),
      problems_(problems),
      source_name_(std::filesystem::path(source.file()).filename().string()) {}

void QuestionCollector::skip(std::size_t offset, const std::string& why) {
    problems_.warning(source_, offset, why + "; question skipped");
}

bool QuestionCollector::add(Draft d) {
    if (full_)
        return false;
    if (questions_.size() >= kMaxQuestions) {
        problems_.error(source_, d.offset,
                        "more than " + std::to_string(kMaxQuestions) +
                            " questions; split the file into smaller sets");
        full_ = true;
        return false;
    }
    using core::QuestionType;
    d.prompt = normalize_space(d.prompt);
    d.explanation = normalize_space(d.explanation);
    for (std::string& c : d.choices)
        c = normalize_space(c);
    for (std::string& a : d.accept)
        a = normalize_space(a);

    if (d.prompt.empty()) {
        problems_.error(source_, d.offset, "the question has no text");
        return true;
    }
    if (const std::size_t n = core::utf8_length(d.prompt); n > kMaxPromptLength) {
        skip(d.offset, too_long("the question", n, kMaxPromptLength));
        return true;
    }
    if (d.type == QuestionType::multiple_choice && d.choices.size() > kMaxChoices) {
        // The right answer stays where the author put it among the wrong ones kept.
        std::vector<std::string> kept;
        int answer = -1;
        std::size_t wrong = 0;
        for (std::size_t i = 0; i < d.choices.size(); ++i) {
            if (static_cast<int>(i) == d.answer) {
                answer = static_cast<int>(kept.size());
                kept.push_back(d.choices[i]);
            } else if (wrong < kMaxChoices - 1) {
                ++wrong;
                kept.push_back(d.choices[i]);
            }
        }
        problems_.warning(source_, d.offset,
                          std::to_string(d.choices.size()) +
                              " answers to choose from; filmquiz shows at most 4, so it keeps "
                              "the right answer and the first 3 wrong ones");
        d.choices = std::move(kept);
        d.answer = answer;
    }
    if (d.type == QuestionType::true_false)
        d.choices = core::true_false_choices();
    if (d.type == QuestionType::type_in) {
        std::vector<std::string> unique;
        std::set<std::string> seen;
        for (const std::string& a : d.accept) {
            if (!a.empty() && seen.insert(core::fold_case(a)).second)
                unique.push_back(a);
        }
        d.accept = std::move(unique);
        if (d.accept.empty()) {
            skip(d.offset, "no accepted answer");
            return true;
        }
        for (const std::string& a : d.accept) {
            if (const std::size_t n = core::utf8_length(a); n > kMaxChoiceLength) {
                skip(d.offset, too_long("the answer " + quote_text(a), n, kMaxChoiceLength));
                return true;
            }
        }
    } else {
        if (d.type == QuestionType::ordering && d.choices.size() > kMaxChoices) {
            skip(d.offset, std::to_string(d.choices.size()) +
                               " items to put in order; filmquiz shows at most 4");
            return true;
        }
        if (d.choices.size() < 2) {
            skip(d.offset, "only one answer to choose from");
            return true;
        }
        std::set<std::string> seen;
        for (const std::string& c : d.choices) {
            if (c.empty()) {
                problems_.error(source_, d.offset, "an answer has no text");
                return true;
            }
            if (const std::size_t n = core::utf8_length(c); n > kMaxChoiceLength) {
                skip(d.offset, too_long("the answer " + quote_text(c), n, kMaxChoiceLength));
                return true;
            }
            if (!seen.insert(core::fold_case(c)).second) {
                skip(d.offset, "the answer " + quote_text(c) + " appears twice");
                return true;
            }
        }
    }
    if (const std::size_t n = core::utf8_length(d.explanation); n > kMaxExplanationLength) {
        problems_.warning(source_, d.offset,
                          too_long("the explanation", n, kMaxExplanationLength) + "; left out");
        d.explanation.clear();
    }

    core::Question q;
    q.family = core::Family::custom;
    q.type = d.type;
    q.difficulty = std::clamp(d.difficulty, 1, 3);
    q.prompt = std::move(d.prompt);
    q.choices = std::move(d.choices);
    q.answer = d.type == QuestionType::multiple_choice || d.type == QuestionType::true_false
                   ? d.answer
                   : -1;
    q.order = std::move(d.order);
    q.accept = std::move(d.accept);
    q.explanation = std::move(d.explanation);
    // Stable across edits elsewhere in the file, so "recently asked" survives a re-import.
    q.id = "custom-" + hex12(core::hash64(std::string(core::to_string(q.type)) + '\n' + q.prompt +
                                          '\n' + q.answer_text()));
    q.fact_id = q.id;

    const int line = source_.line_at(d.offset);
    if (const auto seen = lines_by_id_.find(q.id); seen != lines_by_id_.end()) {
        skip(d.offset, "the same question as line " + std::to_string(seen->second));
        return true;
    }
    lines_by_id_.emplace(q.id, line);
    SetQuestion sq;
    sq.source = source_name_ + ":" + std::to_string(line);
    q.sources = {sq.source};
    sq.question = std::move(q);
    sq.category = normalize_space(d.category);
    questions_.push_back(std::move(sq));
    return true;
}

}  // namespace filmquiz::formats
