// Speed of the content pipeline: load and check a pack, enumerate every question, compose a
// round; for the bundled pack and, when FILMQUIZ_SYNTHETIC_PACK names one (made by
// tests/bench/make_synthetic_pack.py), for a pack a hundred times larger. Budgets are in
// the README's performance table; numbers belong there, never in a unit test.
#include <cstdlib>
#include <filesystem>
#include <optional>

#include <benchmark/benchmark.h>

#include "cli/generate_command.hpp"
#include "content/pack_loader.hpp"
#include "core/round.hpp"

namespace {

const std::filesystem::path kPack =
    std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions" / "miss-you-already";

filmquiz::core::Pack load(const std::filesystem::path& dir) {
    auto load = filmquiz::content::load_pack(dir, dir.filename().string());
    if (!load.pack)
        std::abort();
    return std::move(*load.pack);
}

std::optional<std::filesystem::path> synthetic_pack() {
    const char* dir = std::getenv("FILMQUIZ_SYNTHETIC_PACK");
    if (dir == nullptr || *dir == '\0')
        return std::nullopt;
    return std::filesystem::path(dir);
}

void BM_LoadAndCheckPack(benchmark::State& state) {
    for (auto _ : state) {
        auto result = filmquiz::content::load_pack(kPack, "miss-you-already");
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_LoadAndCheckPack)->Unit(benchmark::kMillisecond);

void BM_AllQuestions(benchmark::State& state) {
    const filmquiz::core::Pack pack = load(kPack);
    std::size_t count = 0;
    for (auto _ : state) {
        const filmquiz::core::QuestionBank bank(pack);
        auto all = bank.all(1);
        count = all.size();
        benchmark::DoNotOptimize(all);
    }
    state.counters["questions"] = static_cast<double>(count);
}
BENCHMARK(BM_AllQuestions)->Unit(benchmark::kMillisecond);

// What `filmquiz generate --all` does before printing: load, check, enumerate, draw.
void BM_LoadAndAllQuestions(benchmark::State& state) {
    for (auto _ : state) {
        const filmquiz::core::Pack pack = load(kPack);
        const filmquiz::core::QuestionBank bank(pack);
        auto all = bank.all(1);
        benchmark::DoNotOptimize(all);
    }
}
BENCHMARK(BM_LoadAndAllQuestions)->Unit(benchmark::kMillisecond);

void BM_ComposeRound(benchmark::State& state) {
    const filmquiz::core::Pack pack = load(kPack);
    const filmquiz::core::QuestionBank bank(pack);
    std::uint64_t seed = 0;
    for (auto _ : state) {
        auto round = filmquiz::core::compose(bank, {}, ++seed);
        benchmark::DoNotOptimize(round);
    }
}
BENCHMARK(BM_ComposeRound)->Unit(benchmark::kMicrosecond);

// The synthetic pack a hundred times the bundled one: load, the bank, and the whole of
// `generate --all` (the printed quiz included).
void BM_Synthetic100xLoad(benchmark::State& state) {
    const auto dir = synthetic_pack();
    if (!dir) {
        state.SkipWithError("set FILMQUIZ_SYNTHETIC_PACK to a pack made by make_synthetic_pack.py");
        return;
    }
    for (auto _ : state) {
        auto result = filmquiz::content::load_pack(*dir, "synthetic");
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_Synthetic100xLoad)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Synthetic100xBank(benchmark::State& state) {
    const auto dir = synthetic_pack();
    if (!dir) {
        state.SkipWithError("set FILMQUIZ_SYNTHETIC_PACK to a pack made by make_synthetic_pack.py");
        return;
    }
    const filmquiz::core::Pack pack = load(*dir);
    std::size_t count = 0;
    for (auto _ : state) {
        const filmquiz::core::QuestionBank bank(pack);
        count = bank.candidates().size();
        benchmark::DoNotOptimize(count);
    }
    state.counters["questions"] = static_cast<double>(count);
}
BENCHMARK(BM_Synthetic100xBank)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Synthetic100xGenerateAll(benchmark::State& state) {
    const auto dir = synthetic_pack();
    if (!dir) {
        state.SkipWithError("set FILMQUIZ_SYNTHETIC_PACK to a pack made by make_synthetic_pack.py");
        return;
    }
    for (auto _ : state) {
        const filmquiz::core::Pack pack = load(*dir);
        const filmquiz::core::QuestionBank bank(pack);
        const std::string text =
            filmquiz::cli::questions_to_text(pack, bank.all(1), pack.title + ": every question");
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_Synthetic100xGenerateAll)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
