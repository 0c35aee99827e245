// A game without a window for the phone tests: a play::Match of a party round from the
// bundled pack and the phone server, pumped on the main thread the way the SDL loop does.
// The browser test and the load test drive it from outside; it saves the finished game
// into a ScoreStore and exports every stored answer for them to read back.
//
//   filmquiz_phone_host [--port N] [--room ABCD] [--questions N] [--timer S] [--seed N]
//                       [--start-at N] [--idle-ms MS] [--reveal-ms MS] [--mode everyone|buzz]
//                       [--data DIR] [--applied FILE] [--round FILE] [--max-seconds S]
//                       [--web-root DIR] [--pack DIR]
//
// Prints "listening PORT ROOM", then "idle-cpu PERCENT" (with --idle-ms), "game-over" and
// "saved GAME_ID", one line each, and exits 0 once the game is saved.
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <sys/resource.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/pack_loader.hpp"
#include "core/round.hpp"
#include "net/hub.hpp"
#include "net/phone_view.hpp"
#include "play/match.hpp"
#include "play/results.hpp"
#include "store/score_store.hpp"

using namespace filmquiz;

namespace {

struct Options {
    std::map<std::string, std::string> values;
    std::string get(const std::string& key, const std::string& fallback) const {
        const auto it = values.find(key);
        return it == values.end() ? fallback : it->second;
    }
    int number(const std::string& key, int fallback) const {
        return std::stoi(get(key, std::to_string(fallback)));
    }
};

std::uint64_t monotonic_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1000000000ULL +
           static_cast<std::uint64_t>(ts.tv_nsec);
}

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2)
        o.values[std::string(argv[i]).substr(2)] = argv[i + 1];
    const std::string source = FILMQUIZ_SOURCE_DIR;

    const auto load =
        content::load_pack(o.get("pack", source + "/questions/miss-you-already"), "pack");
    if (!load.pack) {
        std::cerr << "phone host: the pack has errors\n";
        return 1;
    }
    const core::Pack& pack = *load.pack;
    const core::QuestionBank bank(pack);
    core::RoundSettings settings;
    settings.count = o.number("questions", 10);
    const core::Round round =
        core::compose(bank, settings, static_cast<std::uint64_t>(o.number("seed", 1)));

    play::Rules rules;
    rules.mode = o.get("mode", "everyone") == "buzz" ? play::Mode::buzz : play::Mode::everyone;
    rules.play.timer_seconds = o.number("timer", 20);
    rules.max_seats = play::kMaxPlayers;
    play::Match match(rules, round);

    if (o.values.count("round")) {
        nlohmann::json questions = nlohmann::json::array();
        for (const core::Question& q : round.questions) {
            questions.push_back({{"kind", net::kind_name(q.type)},
                                 {"prompt", q.prompt},
                                 {"choices", q.choices},
                                 {"answer", q.answer},
                                 {"order", q.order},
                                 {"accept", q.accept}});
        }
        std::ofstream(o.get("round", "")) << questions.dump(2);
    }

    std::mutex mutex;
    std::condition_variable woken_cv;
    bool woken = false;
    net::HubOptions hub_options;
    hub_options.web_root = o.get("web-root", source + "/assets/web");
    hub_options.port = static_cast<std::uint16_t>(o.number("port", 0));
    hub_options.bind_address = "127.0.0.1";
    hub_options.room_code = o.get("room", "");
    hub_options.wake = [&] {
        const std::lock_guard lock(mutex);
        woken = true;
        woken_cv.notify_one();
    };
    hub_options.log = [](const std::string& line) { std::cerr << "phones: " << line << '\n'; };
    net::Hub hub(hub_options);
    const net::StartResult started = hub.start();
    if (!started.ok) {
        std::cerr << started.error << '\n';
        return 1;
    }
    std::cout << "listening " << hub.port() << ' ' << hub.room_code() << std::endl;

    struct Applied {
        std::string name;
        int number;
        std::uint64_t ns;
    };
    std::vector<Applied> applied;
    const auto apply = [&](const play::Command& c) {
        const play::Verdict v = match.apply(c);
        if (v && c.what == play::What::answer)
            applied.push_back(
                {match.seats().at(c.seat).name, match.session().index() + 1, monotonic_ns()});
        return v;
    };

    const auto t0 = std::chrono::steady_clock::now();
    const auto now_ms = [&] {
        return static_cast<std::uint32_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                              std::chrono::steady_clock::now() - t0)
                                              .count());
    };
    const int start_at = o.number("start-at", 1);
    const auto idle_ms = static_cast<std::uint32_t>(o.number("idle-ms", 0));
    const auto reveal_ms = static_cast<std::uint32_t>(o.number("reveal-ms", 1000));
    const auto max_ms = static_cast<std::uint32_t>(o.number("max-seconds", 300)) * 1000U;
    std::optional<std::uint32_t> idle_from;
    double idle_cpu_from = 0;
    bool revealing = false;  // a reveal is up until next_at
    std::uint32_t next_at = 0;
    std::optional<std::uint32_t> over_at;

    while (true) {
        const std::uint32_t now = now_ms();
        if (now > max_ms) {
            std::cerr << "phone host: gave up after " << max_ms / 1000 << " s\n";
            return 1;
        }
        hub.pump(match, now, apply);
        match.update(now);
        std::optional<std::uint32_t> wake_at = match.next_deadline();
        const auto sooner = [&](std::uint32_t t) {
            if (!wake_at || t < *wake_at)
                wake_at = t;
        };
        switch (match.phase()) {
            case play::Phase::lobby:
                if (match.seats().playing() >= start_at) {
                    if (!idle_from) {
                        idle_from = now;
                        idle_cpu_from = cpu_seconds();
                    }
                    if (now - *idle_from >= idle_ms) {
                        if (idle_ms > 0) {
                            const double cpu = cpu_seconds() - idle_cpu_from;
                            std::cout << "idle-cpu " << 100.0 * cpu / ((now - *idle_from) / 1000.0)
                                      << std::endl;
                        }
                        play::Command start;
                        start.what = play::What::start;
                        start.at_ms = now;
                        match.apply(start);
                        continue;
                    }
                    sooner(*idle_from + idle_ms);
                }
                break;
            case play::Phase::question:
                revealing = false;
                if (!match.shown()) {
                    play::Command show;
                    show.what = play::What::show;
                    show.at_ms = now;
                    match.apply(show);
                    continue;
                }
                break;
            case play::Phase::reveal:
            case play::Phase::scoreboard:
                if (!revealing) {
                    revealing = true;
                    next_at = now + reveal_ms;
                }
                if (now >= next_at) {
                    revealing = false;
                    play::Command next;
                    next.what = play::What::next;
                    next.at_ms = now;
                    match.apply(next);
                    continue;
                }
                sooner(next_at);
                break;
            case play::Phase::summary:
                if (!over_at) {
                    over_at = now;
                    std::cout << "game-over" << std::endl;
                }
                break;
        }
        hub.publish(match, now);
        // The phones get their last view; then the game is saved and the host ends.
        if (over_at && now >= *over_at + 500)
            break;
        if (over_at)
            sooner(*over_at + 500);
        std::unique_lock lock(mutex);
        const std::uint32_t wait = wake_at ? (*wake_at > now ? *wake_at - now : 0) : 1000;
        woken_cv.wait_for(lock, std::chrono::milliseconds(wait), [&] { return woken; });
        woken = false;
    }
    hub.stop();

    if (o.values.count("applied")) {
        std::ofstream out(o.get("applied", ""));
        for (const Applied& a : applied)
            out << a.name << '\t' << a.number << '\t' << a.ns << '\n';
    }
    if (o.values.count("data")) {
        const std::filesystem::path dir = o.get("data", "");
        auto opened = store::ScoreStore::open(dir);
        const std::int64_t id = opened.store->save_game(play::game_record(match, pack, settings));
        // Read back from the store, not from the match: what the tests check is what was kept.
        std::ofstream csv(dir / "answers.csv", std::ios::binary);
        opened.store->export_answers_csv(csv);
        std::cout << "saved " << id << std::endl;
    }
    return 0;
}
