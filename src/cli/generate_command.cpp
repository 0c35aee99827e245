#include "cli/generate_command.hpp"

#include <nlohmann/json.hpp>

#include "cli/generate_output.hpp"
#include "cli/pack_option.hpp"
#include "core/round.hpp"
#include "core/text.hpp"
#include "formats/question_json.hpp"
#include "formats/question_set.hpp"

namespace filmquiz::cli {

namespace {

std::string type_label(core::QuestionType t) {
    switch (t) {
        case core::QuestionType::multiple_choice:
            return "multiple choice";
        case core::QuestionType::true_false:
            return "true or false";
        case core::QuestionType::ordering:
            return "put in order";
        case core::QuestionType::type_in:
            return "type the answer";
    }
    return "";
}

char letter(std::size_t i) {
    return static_cast<char>('A' + i);
}

}  // namespace

std::string questions_to_json(const std::vector<core::Question>& questions) {
    nlohmann::json array = nlohmann::json::array();
    for (const core::Question& q : questions)
        array.push_back(formats::question_to_json(q));
    return array.dump(2) + "\n";
}

std::string questions_to_text(const core::Pack& pack, const std::vector<core::Question>& questions,
                              const std::string& heading) {
    std::string out = heading + "\n\n";
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const core::Question& q = questions[i];
        out += std::to_string(i + 1) + ". " + q.prompt + "\n";
        out += "   (" + std::string(core::display_name(q.family)) + ", " + type_label(q.type) +
               ", difficulty " + std::to_string(q.difficulty) + ")\n";
        if (q.type == core::QuestionType::type_in) {
            out += "   Answer: ______________________________\n";
        } else if (q.type == core::QuestionType::ordering) {
            for (std::size_t c = 0; c < q.choices.size(); ++c) {
                out += "   [  ] " + std::string(1, letter(c)) + ". " + q.choices[c] + "\n";
            }
        } else {
            for (std::size_t c = 0; c < q.choices.size(); ++c) {
                out += "   " + std::string(1, letter(c)) + ". " + q.choices[c] + "\n";
            }
        }
        out += "\n";
    }
    out += "Answer key\n\n";
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const core::Question& q = questions[i];
        std::string answer;
        switch (q.type) {
            case core::QuestionType::multiple_choice:
            case core::QuestionType::true_false:
                answer = std::string(1, letter(static_cast<std::size_t>(q.answer))) + ". " +
                         q.choices[static_cast<std::size_t>(q.answer)];
                break;
            case core::QuestionType::ordering: {
                for (const int c : q.order)
                    answer += letter(static_cast<std::size_t>(c));
                break;
            }
            case core::QuestionType::type_in:
                answer = q.accept.front();
                if (q.accept.size() > 1) {
                    std::vector<std::string> also(q.accept.begin() + 1, q.accept.end());
                    answer += " (also accepted: " + core::join(also, ", ") + ")";
                }
                break;
        }
        // Imported questions may have no explanation.
        out += std::to_string(i + 1) + ". " + answer + "\n" +
               (q.explanation.empty() ? "" : "   " + q.explanation + "\n") +
               "   Source: " + core::source_line(pack, q.sources) +
               (q.verified ? "" : " (unverified)") + "\n";
    }
    return out;
}

int run_generate(const GenerateOptions& options, const content::ContentDir& content,
                 std::ostream& out, std::ostream& err) {
    std::vector<core::Family> families;
    for (const std::string& name : options.families) {
        const auto family = core::family_from_string(name);
        if (!family) {
            std::vector<std::string> names;
            for (const auto f : core::all_families())
                names.emplace_back(core::to_string(f));
            err << "filmquiz: generate: --family: unknown family \"" << name << "\"";
            if (const auto hint = core::did_you_mean(name, names)) {
                err << " (did you mean \"" << *hint << "\"?)";
            }
            err << "; families are " << core::join(names, ", ") << "\n";
            return kUsageError;
        }
        families.push_back(*family);
    }
    if (const auto usage = check_generate_output(options, out, err))
        return *usage;
    const auto pack = load_pack_option(options.pack, content, err);
    if (!pack)
        return 1;
    const core::QuestionBank bank(*pack);

    core::RoundSettings settings;
    settings.count = options.count;
    settings.families = families;
    settings.max_difficulty = options.max_difficulty;
    settings.spoiler_limit = options.spoiler_limit;

    std::vector<core::Question> questions;
    std::string heading;
    if (options.all) {
        for (const core::Candidate* c : core::eligible(bank, settings)) {
            questions.push_back(bank.realize(*c, options.seed));
        }
        err << "filmquiz: generate: " << questions.size() << " distinct questions\n";
        heading = pack->title + ": every question (" + std::to_string(questions.size()) + ")";
    } else {
        questions = core::compose(bank, settings, options.seed).questions;
        heading = pack->title + ": " + std::to_string(questions.size()) + " questions (seed " +
                  std::to_string(options.seed) + ")";
        if (static_cast<int>(questions.size()) < options.count) {
            err << "filmquiz: generate: only " << questions.size()
                << " questions fit these options\n";
        }
    }
    if (questions.empty()) {
        err << "filmquiz: generate: no question fits these options\n";
        return 1;
    }
    return write_generated(options, content, *pack, questions, heading, out, err);
}

int run_generate_set(const GenerateOptions& options, const content::ContentDir& content,
                     std::ostream& out, std::ostream& err) {
    if (const auto usage = check_generate_output(options, out, err))
        return *usage;
    const std::string& dir = *options.set;
    formats::SetLoad load = formats::load_set(dir, dir);
    err << load.diagnostics.format();
    if (!load.set) {
        err << "filmquiz: " << dir << ": the question set has errors\n";
        return 1;
    }
    formats::QuestionSet& set = *load.set;
    std::erase_if(set.questions, [&](const formats::SetQuestion& q) {
        return q.question.difficulty > options.max_difficulty;
    });
    std::vector<core::Question> questions;
    std::string heading;
    if (options.count_given) {
        questions = formats::draw_round(set, options.count, options.seed);
        heading = set.title + ": " + std::to_string(questions.size()) + " questions (seed " +
                  std::to_string(options.seed) + ")";
    } else {
        questions = set.plain_questions();
        heading = set.title + ": every question (" + std::to_string(questions.size()) + ")";
    }
    if (questions.empty()) {
        err << "filmquiz: generate: no question fits these options\n";
        return 1;
    }
    // An imported question's source is its file and line, which needs no pack to show.
    core::Pack pack;
    pack.title = set.title;
    return write_generated(options, content, pack, questions, heading, out, err);
}

}  // namespace filmquiz::cli
