// Speed of the content pipeline: load and check a pack, enumerate every question, compose a
// round. Budgets (README, Performance): < 5 ms, < 5 ms and < 0.2 ms on a 2-core machine.
#include <filesystem>

#include <benchmark/benchmark.h>

#include "content/pack_loader.hpp"
#include "core/round.hpp"

namespace {

const std::filesystem::path kPack =
    std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions" / "miss-you-already";

filmquiz::core::Pack load() {
    auto load = filmquiz::content::load_pack(kPack, "miss-you-already");
    if (!load.pack)
        std::abort();
    return std::move(*load.pack);
}

void BM_LoadAndCheckPack(benchmark::State& state) {
    for (auto _ : state) {
        auto result = filmquiz::content::load_pack(kPack, "miss-you-already");
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_LoadAndCheckPack)->Unit(benchmark::kMillisecond);

void BM_AllQuestions(benchmark::State& state) {
    const filmquiz::core::Pack pack = load();
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

void BM_ComposeRound(benchmark::State& state) {
    const filmquiz::core::Pack pack = load();
    const filmquiz::core::QuestionBank bank(pack);
    std::uint64_t seed = 0;
    for (auto _ : state) {
        auto round = filmquiz::core::compose(bank, {}, ++seed);
        benchmark::DoNotOptimize(round);
    }
}
BENCHMARK(BM_ComposeRound)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
