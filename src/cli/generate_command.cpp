#include "cli/generate_command.hpp"

#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/batch_heap.hpp"
#include "cli/generate_output.hpp"
#include "cli/pack_option.hpp"
#include "core/parallel.hpp"
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

// The JSON form, one question at a time, indented as dump(2) of the whole array would be,
// so `generate --all` never holds every question at once.
class JsonQuiz {
  public:
    void add(const core::Question& q) {
        const nlohmann::json j = formats::question_to_json(q);
        out_ += out_.empty() ? "[\n  " : ",\n  ";
        for (const char c : j.dump(2)) {
            out_ += c;
            if (c == '\n')
                out_ += "  ";
        }
    }

    // Adds `other`'s questions after these.
    void append(const JsonQuiz& other) {
        if (other.out_.empty())
            return;
        out_ += out_.empty() ? other.out_ : ",\n  " + other.out_.substr(4);
    }

    std::string finish() { return out_.empty() ? "[]\n" : std::move(out_) + "\n]\n"; }

  private:
    std::string out_;
};

// The printable quiz: the questions, then the answer key, both written as questions come.
class TextQuiz {
  public:
    // `first` is the number the first question gets: a quiz printed in parts numbers on.
    TextQuiz(const core::Pack& pack, std::size_t expected, std::size_t first = 1)
        : pack_(pack), count_(first - 1) {
        questions_.reserve(expected * 240);
        key_.reserve(expected * 240);
    }

    void add(const core::Question& q) {
        ++count_;
        const std::string number = std::to_string(count_);
        std::string& out = questions_;
        out.append(number).append(". ").append(q.prompt).append("\n   (");
        out.append(core::display_name(q.family)).append(", ").append(type_label(q.type));
        out.append(", difficulty ").append(std::to_string(q.difficulty)).append(")\n");
        if (q.type == core::QuestionType::type_in) {
            out.append("   Answer: ______________________________\n");
        } else {
            for (std::size_t c = 0; c < q.choices.size(); ++c) {
                out.append(q.type == core::QuestionType::ordering ? "   [  ] " : "   ");
                out += letter(c);
                out.append(". ").append(q.choices[c]).append("\n");
            }
        }
        out.append("\n");

        std::string& key = key_;
        key.append(number).append(". ");
        switch (q.type) {
            case core::QuestionType::multiple_choice:
            case core::QuestionType::true_false:
                key += letter(static_cast<std::size_t>(q.answer));
                key.append(". ").append(q.choices[static_cast<std::size_t>(q.answer)]);
                break;
            case core::QuestionType::ordering:
                for (const int c : q.order)
                    key += letter(static_cast<std::size_t>(c));
                break;
            case core::QuestionType::type_in:
                key.append(q.accept.front());
                if (q.accept.size() > 1) {
                    std::vector<std::string> also(q.accept.begin() + 1, q.accept.end());
                    key.append(" (also accepted: ").append(core::join(also, ", ")).append(")");
                }
                break;
        }
        // Imported questions may have no explanation.
        key.append("\n");
        if (!q.explanation.empty())
            key.append("   ").append(q.explanation).append("\n");
        key.append("   Source: ");
        key.append(core::source_line(pack_, q.sources));
        key.append(q.verified ? "\n" : " (unverified)\n");
    }

    void write(std::ostream& out, const std::string& heading,
               const TextQuiz* more = nullptr) const {
        out << heading << "\n\n" << questions_;
        if (more != nullptr)
            out << more->questions_;
        out << "Answer key\n\n" << key_;
        if (more != nullptr)
            out << more->key_;
    }

    std::string finish(const std::string& heading) const {
        std::ostringstream out;
        write(out, heading);
        return out.str();
    }

  private:
    const core::Pack& pack_;
    std::size_t count_ = 0;
    std::string questions_;
    std::string key_;
};

}  // namespace

std::string questions_to_json(const std::vector<core::Question>& questions) {
    JsonQuiz quiz;
    for (const core::Question& q : questions)
        quiz.add(q);
    return quiz.finish();
}

std::string questions_to_text(const core::Pack& pack, const std::vector<core::Question>& questions,
                              const std::string& heading) {
    TextQuiz quiz(pack, questions.size());
    for (const core::Question& q : questions)
        quiz.add(q);
    return quiz.finish(heading);
}

void print_every_question(std::ostream& out, const core::Pack& pack, const core::QuestionBank& bank,
                          const std::vector<const core::Candidate*>& candidates, std::uint64_t seed,
                          bool json, const std::string& heading, int threads) {
    // A long list is drawn and printed in two halves at once, the second numbered on from
    // the first; each question is dropped once printed.
    static constexpr std::size_t kParallelQuestions = 4000;
    const std::size_t count = candidates.size();
    const bool two = threads >= 2 || (threads <= 0 && count >= kParallelQuestions);
    const std::size_t half = two ? count / 2 : count;
    auto each = [&](std::size_t from, std::size_t to, auto& quiz) {
        for (std::size_t i = from; i < to; ++i)
            quiz.add(bank.realize(*candidates[i], seed));
    };
    auto in_halves = [&](auto& first, auto& second) {
        if (half == count) {
            each(0, count, first);
            return;
        }
        core::run_both([&] { each(0, half, first); }, [&] { each(half, count, second); });
    };
    if (json) {
        JsonQuiz first;
        JsonQuiz second;
        in_halves(first, second);
        first.append(second);
        out << first.finish();
    } else {
        TextQuiz first(pack, half);
        TextQuiz second(pack, count - half, half + 1);
        in_halves(first, second);
        first.write(out, heading, &second);
    }
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
    // A long series' pack is a batch job: give it a heap that suits one.
    prepare_heap_for_batch(pack_json_bytes(options.pack ? std::filesystem::path(*options.pack)
                                                        : content.default_pack()));
    const auto pack = load_pack_option(options.pack, content, err);
    if (!pack)
        return 1;
    const core::QuestionBank bank(*pack);

    core::RoundSettings settings;
    settings.count = options.count;
    settings.families = families;
    settings.max_difficulty = options.max_difficulty;
    settings.spoiler_limit = options.spoiler_limit;

    // With --all every question is printed as it is drawn, never all held at once: a long
    // series' pack has tens of thousands.
    std::vector<core::Question> questions;
    std::vector<const core::Candidate*> every;
    std::string heading;
    if (options.all) {
        every = core::eligible(bank, settings);
        err << "filmquiz: generate: " << every.size() << " distinct questions\n";
        heading = pack->title + ": every question (" + std::to_string(every.size()) + ")";
    } else {
        questions = core::compose(bank, settings, options.seed).questions;
        heading = pack->title + ": " + std::to_string(questions.size()) + " questions (seed " +
                  std::to_string(options.seed) + ")";
        if (static_cast<int>(questions.size()) < options.count) {
            err << "filmquiz: generate: only " << questions.size()
                << " questions fit these options\n";
        }
    }
    const std::size_t count = options.all ? every.size() : questions.size();
    if (count == 0) {
        err << "filmquiz: generate: no question fits these options\n";
        return 1;
    }
    if (options.all && streams_to_standard_output(options)) {
        print_every_question(out, *pack, bank, every, options.seed, options.format == "json",
                             heading);
        out.flush();
        if (!out) {
            err << "filmquiz: generate: cannot write to standard output\n";
            return 1;
        }
        return 0;
    }
    // Other formats and files are written whole, or not at all.
    if (options.all) {
        questions.reserve(every.size());
        for (const core::Candidate* c : every)
            questions.push_back(bank.realize(*c, options.seed));
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
