// Speed of the match: 10,000 commands applied to an 8-seat party game (1,000 questions of
// show, eight answers and next). Budget (README, Performance): under 1 µs per command.
#include <benchmark/benchmark.h>

#include "play/match.hpp"

namespace {

using filmquiz::play::What;

filmquiz::core::Round many_questions(int count) {
    filmquiz::core::Round round;
    round.seed = 1;
    for (int i = 0; i < count; ++i) {
        filmquiz::core::Question q;
        q.id = "bench." + std::to_string(i);
        q.type = filmquiz::core::QuestionType::multiple_choice;
        q.choices = {"a", "b", "c", "d"};
        q.answer = i % 4;
        q.difficulty = 1 + i % 3;
        round.questions.push_back(q);
    }
    return round;
}

void BM_MatchCommands(benchmark::State& state) {
    constexpr int kQuestions = 1000;
    constexpr int kSeats = 8;
    const filmquiz::core::Round round = many_questions(kQuestions);
    filmquiz::play::Rules rules;
    rules.mode = filmquiz::play::Mode::everyone;
    rules.play.timer_seconds = 20;
    std::int64_t commands = 0;
    for (auto _ : state) {
        state.PauseTiming();
        filmquiz::play::Match match(rules, round);
        for (int s = 0; s < kSeats; ++s) {
            match.apply({What::join,
                         filmquiz::play::kHost,
                         0,
                         {},
                         "Player " + std::to_string(s),
                         filmquiz::play::Binding::zone(s),
                         -1});
        }
        match.apply({What::start, filmquiz::play::kHost, 0, {}, {}, {}, -1});
        filmquiz::play::Command answer;
        answer.what = What::answer;
        state.ResumeTiming();
        std::uint32_t t = 0;
        for (int q = 0; q < kQuestions; ++q) {
            match.apply({What::show, filmquiz::play::kHost, t, {}, {}, {}, -1});
            for (int s = 0; s < kSeats; ++s) {
                answer.seat = s;
                answer.at_ms = t + 100 + static_cast<std::uint32_t>(s);
                answer.answer.choice = (q + s) % 4;
                benchmark::DoNotOptimize(match.apply(answer));
            }
            match.apply({What::next, filmquiz::play::kHost, t + 500, {}, {}, {}, -1});
            t += 1000;
        }
        commands += kQuestions * (kSeats + 2);
        benchmark::DoNotOptimize(match.standings());
    }
    // Shown as the time per command.
    state.counters["per_command"] = benchmark::Counter(
        static_cast<double>(commands), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_MatchCommands)->Unit(benchmark::kMillisecond);

}  // namespace
