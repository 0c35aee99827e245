#include "play/match.hpp"

#include <algorithm>

#include "core/player.hpp"
#include "core/rng.hpp"

namespace filmquiz::play {

namespace {

// Enough for every view to catch up between two frames, however many phones send.
constexpr std::size_t kKeptEvents = 256;

bool contains(const std::vector<int>& v, int x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

// Whether an answer fits the question: an option that exists, an order of every event.
std::optional<std::string> check_answer(const core::Question& q, const core::GivenAnswer& a) {
    const int n = static_cast<int>(q.choices.size());
    switch (q.type) {
        case core::QuestionType::multiple_choice:
        case core::QuestionType::true_false:
            if (a.choice < 0 || a.choice >= n)
                return "no such option: " + std::to_string(a.choice + 1);
            return std::nullopt;
        case core::QuestionType::ordering: {
            std::vector<int> sorted = a.order;
            std::sort(sorted.begin(), sorted.end());
            bool whole = static_cast<int>(sorted.size()) == n;
            for (int i = 0; whole && i < n; ++i)
                whole = sorted[static_cast<std::size_t>(i)] == i;
            if (!whole)
                return std::string("an order must place every event once");
            return std::nullopt;
        }
        case core::QuestionType::type_in:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Mode mode) {
    switch (mode) {
        case Mode::solo:
            return "solo";
        case Mode::everyone:
            return "everyone";
        case Mode::buzz:
            return "buzz";
        case Mode::host:
            return "host";
    }
    return "solo";
}

std::string_view to_string(Phase phase) {
    switch (phase) {
        case Phase::lobby:
            return "lobby";
        case Phase::question:
            return "question";
        case Phase::reveal:
            return "reveal";
        case Phase::scoreboard:
            return "scoreboard";
        case Phase::summary:
            return "summary";
    }
    return "lobby";
}

std::string_view to_string(What what) {
    switch (what) {
        case What::join:
            return "join";
        case What::leave:
            return "leave";
        case What::disconnect:
            return "disconnect";
        case What::reconnect:
            return "reconnect";
        case What::start:
            return "start";
        case What::show:
            return "show";
        case What::answer:
            return "answer";
        case What::buzz:
            return "buzz";
        case What::next:
            return "next";
        case What::skip:
            return "skip";
        case What::end:
            return "end";
        case What::pause:
            return "pause";
        case What::resume:
            return "resume";
        case What::rename:
            return "rename";
        case What::team:
            return "team";
        case What::start_timer:
            return "start-timer";
        case What::mark:
            return "mark";
    }
    return "next";
}

std::string_view to_string(EventKind kind) {
    switch (kind) {
        case EventKind::joined:
            return "joined";
        case EventKind::left:
            return "left";
        case EventKind::disconnected:
            return "disconnected";
        case EventKind::reconnected:
            return "reconnected";
        case EventKind::started:
            return "started";
        case EventKind::question:
            return "question";
        case EventKind::shown:
            return "shown";
        case EventKind::buzzers_open:
            return "buzzers-open";
        case EventKind::answer_locked:
            return "answer-locked";
        case EventKind::buzz_won:
            return "buzz-won";
        case EventKind::tie:
            return "tie";
        case EventKind::false_start:
            return "false-start";
        case EventKind::locked_out:
            return "locked-out";
        case EventKind::time_up:
            return "time-up";
        case EventKind::closed:
            return "closed";
        case EventKind::reveal:
            return "reveal";
        case EventKind::scoreboard:
            return "scoreboard";
        case EventKind::rank_changed:
            return "rank-changed";
        case EventKind::skipped:
            return "skipped";
        case EventKind::paused:
            return "paused";
        case EventKind::resumed:
            return "resumed";
        case EventKind::game_over:
            return "game-over";
    }
    return "started";
}

Match::Match(Rules rules, core::Round round)
    : rules_(rules),
      session_(std::move(round), rules.play, {}),
      skipped_(static_cast<std::size_t>(session_.count()), false) {
    rules_.max_seats = std::clamp(rules_.max_seats, 1, kMaxPlayers);
    rules_.min_seats = std::clamp(rules_.min_seats, 1, rules_.max_seats);
}

bool Match::setup(Rules rules, core::Round round) {
    if (phase_ != Phase::lobby)
        return false;
    rules.max_seats = std::clamp(rules.max_seats, 1, kMaxPlayers);
    rules.min_seats = std::clamp(rules.min_seats, 1, rules.max_seats);
    rules_ = rules;
    session_ = core::RoundSession(std::move(round), rules_.play, {});
    skipped_.assign(static_cast<std::size_t>(session_.count()), false);
    return true;
}

Verdict Match::refuse(std::string reason) const {
    Verdict v;
    v.ok = false;
    v.reason = std::move(reason);
    return v;
}

Verdict Match::check_seat(int seat) const {
    if (!seats_.valid(seat) || !seats_.at(seat).present)
        return refuse("seat " + std::to_string(seat + 1) + " is not in the game");
    return {};
}

Verdict Match::check_open(std::uint32_t at_ms) const {
    if (phase_ != Phase::question)
        return refuse("not now: no question is open");
    if (paused_)
        return refuse("not now: the game is paused");
    const core::Countdown& cd = session_.countdown();
    if (shown_ && cd.limited() && cd.elapsed_ms(at_ms) >= cd.total_ms())
        return refuse("too late: time is up");
    if (closed_)
        return refuse("too late: the question is closed");
    return {};
}

Verdict Match::apply(const Command& c) {
    switch (c.what) {
        case What::join:
            return join(c);
        case What::leave:
            return leave(c);
        case What::disconnect: {
            if (const Verdict v = check_seat(c.seat); !v)
                return v;
            if (!seats_.at(c.seat).connected)
                return refuse(name(c.seat) + " is already disconnected");
            seats_.disconnect(c.seat);
            emit({0, EventKind::disconnected, c.seat, c.at_ms, {}, 0, 0});
            return {};
        }
        case What::reconnect: {
            if (!seats_.valid(c.seat))
                return refuse("seat " + std::to_string(c.seat + 1) + " is not in the game");
            if (const auto other = seats_.find(c.binding); other && *other != c.seat)
                return refuse("that " + std::string(to_string(c.binding.kind)) +
                              " already has a seat");
            seats_.reconnect(c.seat, c.binding);
            emit({0, EventKind::reconnected, c.seat, c.at_ms, {}, 0, 0});
            return {};
        }
        case What::start:
            return start(c);
        case What::rename: {
            if (phase_ != Phase::lobby)
                return refuse("names are chosen before the game starts");
            if (const Verdict v = check_seat(c.seat); !v)
                return v;
            const core::NameCheck check = core::check_player_name(c.name);
            if (!check.name)
                return refuse("that name will not do: " + check.error);
            if (const auto other = seats_.find_name(*check.name); other && *other != c.seat)
                return refuse(*check.name + " is already playing: choose another name");
            seats_.rename(c.seat, *check.name);
            return {};
        }
        case What::team:
            if (phase_ != Phase::lobby)
                return refuse("teams are chosen before the game starts");
            if (const Verdict v = check_seat(c.seat); !v)
                return v;
            seats_.set_team(c.seat, c.team);
            return {};
        case What::start_timer:
            if (rules_.mode != Mode::host)
                return refuse("only a host starts the timer");
            if (phase_ != Phase::question || !shown_)
                return refuse("not now: no question is on screen");
            if (!session_.countdown().limited())
                return refuse("this quiz has no timer");
            if (timer_started_)
                return refuse("the timer is already running");
            if (closed_)
                return refuse("too late: the question is closed");
            timer_started_ = true;
            sync_clock(c.at_ms);
            return {};
        case What::mark: {
            if (rules_.mode != Mode::host)
                return refuse("only a host marks answers");
            if (phase_ != Phase::reveal)
                return refuse("answers are marked at the reveal");
            if (const Verdict v = check_seat(c.seat); !v)
                return v;
            if (seats_.at(c.seat).binding.kind != DeviceKind::paper)
                return refuse(name(c.seat) + " answers on a device, not on paper");
            session_.judge(c.seat, c.answer.choice == 1);
            return {};
        }
        case What::show:
            if (phase_ != Phase::question)
                return refuse("not now: no question is open");
            if (shown_)
                return refuse("the question is already on screen");
            show(c.at_ms);
            return {};
        case What::answer:
            return answer(c);
        case What::buzz:
            return buzz(c);
        case What::next:
            return next(c);
        case What::skip:
            if (phase_ != Phase::question)
                return refuse("not now: no question is open");
            drop_question(c.at_ms);
            emit({0, EventKind::skipped, c.seat, c.at_ms, {}, 0, 0});
            move_on(c.at_ms);
            return {};
        case What::end:
            if (phase_ == Phase::lobby)
                return refuse("not now: the game has not started");
            if (phase_ == Phase::summary)
                return refuse("the game is over");
            // A question still open was not played to the end: it does not count.
            if (phase_ == Phase::question)
                drop_question(c.at_ms);
            finish(c.at_ms);
            return {};
        case What::pause:
            if (paused_)
                return refuse("the game is already paused");
            if (phase_ == Phase::summary)
                return refuse("the game is over");
            paused_ = true;
            paused_at_ = c.at_ms;
            sync_clock(c.at_ms);
            emit({0, EventKind::paused, c.seat, c.at_ms, {}, 0, 0});
            return {};
        case What::resume: {
            if (!paused_)
                return refuse("the game is not paused");
            paused_ = false;
            // Deadlines of the buzz stand still while the game is paused.
            const std::uint32_t gap = c.at_ms > paused_at_ ? c.at_ms - paused_at_ : 0;
            if (buzz_.open_at && !buzz_.open_announced)
                *buzz_.open_at += gap;
            if (buzz_.answering)
                buzz_.answer_until += gap;
            sync_clock(c.at_ms);
            emit({0, EventKind::resumed, c.seat, c.at_ms, {}, 0, 0});
            // Those who are still here may all have answered (a player left meanwhile).
            after_answer(c.at_ms);
            return {};
        }
    }
    return refuse("unknown command");
}

Verdict Match::join(const Command& c) {
    if (phase_ == Phase::summary)
        return refuse("the game is over");
    if (seats_.size() >= rules_.max_seats) {
        return refuse("the game is full: " + std::to_string(rules_.max_seats) +
                      (rules_.max_seats == 1 ? " player" : " players") + " at most");
    }
    auto joined = seats_.join(c.name, c.binding, c.team);
    if (const std::string* why = std::get_if<std::string>(&joined))
        return refuse(*why);
    const int seat = std::get<int>(joined);
    if (phase_ != Phase::lobby)
        session_.add_participant(seats_.at(seat).name);
    emit({0, EventKind::joined, seat, c.at_ms, {}, 0, 0});
    Verdict v;
    v.seat = seat;
    return v;
}

Verdict Match::leave(const Command& c) {
    if (const Verdict v = check_seat(c.seat); !v)
        return v;
    emit({0, EventKind::left, c.seat, c.at_ms, {}, 0, 0});
    if (phase_ == Phase::lobby) {
        seats_.remove(c.seat);
        return {};
    }
    seats_.leave(c.seat);
    if (phase_ == Phase::question && buzz_.answering == c.seat)
        lock_out(c.seat, c.at_ms);
    else if (!paused_)
        after_answer(c.at_ms);
    return {};
}

Verdict Match::start(const Command& c) {
    if (phase_ != Phase::lobby)
        return refuse("the game has already started");
    if (seats_.playing() < rules_.min_seats) {
        return refuse(std::to_string(rules_.min_seats) +
                      (rules_.min_seats == 1 ? " player is" : " players are") + " needed to start");
    }
    if (session_.count() == 0)
        return refuse("the round has no questions");
    for (const Seat& s : seats_.all())
        session_.add_participant(s.name);
    emit({0, EventKind::started, kHost, c.at_ms, {}, 0, 0});
    begin_question(c.at_ms);
    return {};
}

void Match::begin_question(std::uint32_t at_ms) {
    phase_ = Phase::question;
    shown_ = false;
    timer_started_ = rules_.mode != Mode::host;
    closed_ = false;
    buzz_ = BuzzState{};
    // Rank changes are shown at the reveal, against the ranks as the question began.
    standings_before_ = standings();
    emit({0, EventKind::question, kHost, at_ms, {}, session_.index(), 0});
}

void Match::show(std::uint32_t at_ms) {
    shown_ = true;
    if (rules_.mode == Mode::buzz) {
        // The clock starts when the buzzers open, not while the question is being read.
        buzz_.open_at = at_ms + static_cast<std::uint32_t>(rules_.reading_ms);
        session_.start_question(*buzz_.open_at);
    } else {
        session_.start_question(at_ms);
    }
    // A host's quiz without a timer has no clock to start: answers are open at once.
    if (rules_.mode == Mode::host && !session_.countdown().limited())
        timer_started_ = true;
    sync_clock(at_ms);
    emit({0, EventKind::shown, kHost, at_ms, {}, 0, 0});
}

Verdict Match::answer(const Command& c) {
    if (const Verdict v = check_seat(c.seat); !v)
        return v;
    if (const Verdict v = check_open(c.at_ms); !v)
        return v;
    if (session_.answered(c.seat))
        return refuse(name(c.seat) + " has already answered");
    if (seats_.at(c.seat).binding.kind == DeviceKind::paper)
        return refuse(name(c.seat) + " answers on paper: the host marks it at the reveal");
    if (rules_.mode == Mode::host && shown_ && !timer_started_)
        return refuse("wait for the host to start the timer");
    if (rules_.mode == Mode::buzz) {
        if (!buzz_.answering)
            return refuse(name(c.seat) + " has not buzzed");
        if (*buzz_.answering != c.seat)
            return refuse("only " + name(*buzz_.answering) + " may answer now");
        if (c.at_ms > buzz_.answer_until)
            return refuse("too late: " + name(c.seat) + "'s time to answer is over");
    }
    if (const auto bad = check_answer(session_.current(), c.answer))
        return refuse(*bad);
    // An answer before the question was reported on screen starts its clock.
    if (!shown_)
        show(c.at_ms);
    const auto outcome = session_.answer(c.seat, c.answer, c.at_ms);
    if (!outcome)
        return refuse(name(c.seat) + " cannot answer now");
    emit({0, EventKind::answer_locked, c.seat, c.at_ms, {}, 0, 0});
    if (rules_.mode == Mode::buzz) {
        if (outcome->correct) {
            buzz_.answering.reset();
            sync_clock(c.at_ms);
            close_question(c.at_ms);
        } else {
            lock_out(c.seat, c.at_ms);
        }
        return {};
    }
    after_answer(c.at_ms);
    return {};
}

Verdict Match::buzz(const Command& c) {
    if (rules_.mode != Mode::buzz)
        return refuse("there is no buzzing in this mode");
    if (const Verdict v = check_seat(c.seat); !v)
        return v;
    if (const Verdict v = check_open(c.at_ms); !v)
        return v;
    if (!shown_)
        return refuse("not now: the question is not on screen yet");
    // A buzz stamped after an answer window closed finds it closed, whether or not a
    // frame has noticed yet.
    settle_buzz(c.at_ms);
    if (phase_ != Phase::question)
        return refuse("not now: no question is open");
    const std::string& who = name(c.seat);
    if (contains(buzz_.locked_out, c.seat))
        return refuse(who + " is locked out of this question");
    const bool false_starter = contains(buzz_.false_starts, c.seat);
    if (c.at_ms < *buzz_.open_at) {
        if (false_starter)
            return refuse(who + " is waiting out a false start");
        buzz_.false_starts.push_back(c.seat);
        emit({0, EventKind::false_start, c.seat, c.at_ms, {}, 0, 0});
        return {};
    }
    if (false_starter &&
        c.at_ms < *buzz_.open_at + static_cast<std::uint32_t>(rules_.false_start_ms))
        return refuse(who + " is waiting out a false start");
    if (buzz_.answering) {
        const int holder = *buzz_.answering;
        if (holder == c.seat)
            return refuse(who + " is already answering");
        // SDL stamps whole milliseconds: buzzes stamped alike are simultaneous, and a coin
        // drawn from the round's seed decides who answers first.
        if (c.at_ms != buzz_.buzzed_at || session_.answered(holder))
            return refuse(name(holder) + " is answering");
        if (buzz_.tied.empty())
            buzz_.tied.push_back(holder);
        buzz_.tied.push_back(c.seat);
        std::sort(buzz_.tied.begin(), buzz_.tied.end());
        // The coin depends on the seed, the question and how many ties it has had, never on
        // the clock, so the same seed and the same presses give the same winner.
        ++buzz_.ties;
        core::Rng coin(core::derive_seed(
            session_.round().seed,
            "tie:" + std::to_string(session_.index()) + ":" + std::to_string(buzz_.ties)));
        const int winner = buzz_.tied[coin.index(buzz_.tied.size())];
        buzz_.answering = winner;
        emit({0, EventKind::tie, winner, c.at_ms, buzz_.tied, 0, 0});
        return {};
    }
    buzz_.answering = c.seat;
    buzz_.buzzed_at = c.at_ms;
    buzz_.answer_until = c.at_ms + static_cast<std::uint32_t>(rules_.answer_window_ms);
    buzz_.tied.clear();
    sync_clock(c.at_ms);
    emit({0, EventKind::buzz_won, c.seat, c.at_ms, {}, 0, 0});
    return {};
}

void Match::drop_question(std::uint32_t at_ms) {
    if (shown_)
        duration_ms_ += session_.countdown().elapsed_ms(at_ms);
    session_.discard_current();
    skipped_[static_cast<std::size_t>(session_.index())] = true;
}

void Match::lock_out(int seat, std::uint32_t at_ms) {
    if (!session_.answered(seat)) {
        core::GivenAnswer none;
        none.timed_out = true;
        session_.answer(seat, none, at_ms);
    }
    buzz_.locked_out.push_back(seat);
    buzz_.answering.reset();
    buzz_.tied.clear();
    sync_clock(at_ms);
    emit({0, EventKind::locked_out, seat, at_ms, {}, 0, 0});
    // A rebound: the question reopens to whoever is not locked out.
    for (const int s : playing_seats()) {
        if (!contains(buzz_.locked_out, s)) {
            emit({0, EventKind::buzzers_open, kHost, at_ms, {}, 0, 0});
            return;
        }
    }
    close_question(at_ms);
}

void Match::after_answer(std::uint32_t at_ms) {
    if (phase_ != Phase::question || closed_)
        return;
    if (rules_.mode == Mode::host) {
        // The host reveals; the question only stops taking answers.
        if (everyone_answered())
            close_answers(at_ms);
        return;
    }
    if (rules_.mode != Mode::buzz) {
        if (everyone_answered())
            close_question(at_ms);
        return;
    }
    // Buzz in: over when nobody who still plays may buzz.
    if (buzz_.answering)
        return;
    for (const int s : playing_seats()) {
        if (!contains(buzz_.locked_out, s))
            return;
    }
    if (!playing_seats().empty())
        close_question(at_ms);
}

std::vector<int> Match::distribution() const {
    std::vector<int> counts;
    if (phase_ == Phase::lobby || phase_ == Phase::summary)
        return counts;
    counts.assign(session_.current().choices.size(), 0);
    for (const Seat& s : seats_.all()) {
        const core::Outcome* o = session_.outcome(s.id);
        if (o == nullptr || !answers_on_device(s.id) || o->given.timed_out)
            continue;
        const int c = o->given.choice;
        if (c >= 0 && c < static_cast<int>(counts.size()))
            ++counts[static_cast<std::size_t>(c)];
    }
    return counts;
}

bool Match::answers_on_device(int seat) const {
    return seats_.valid(seat) && seats_.at(seat).binding.kind != DeviceKind::paper;
}

void Match::close_answers(std::uint32_t at_ms) {
    if (closed_)
        return;
    std::vector<int> silent;
    for (const int s : playing_seats()) {
        if (answers_on_device(s))
            silent.push_back(s);
    }
    if (shown_)
        session_.time_up(at_ms, silent);
    closed_ = true;
    sync_clock(at_ms);
    emit({0, EventKind::closed, kHost, at_ms, {}, 0, 0});
}

bool Match::everyone_answered() const {
    bool anyone = false;
    for (const Seat& s : seats_.all()) {
        if (!s.present || !s.connected || s.binding.kind == DeviceKind::paper)
            continue;
        if (!session_.answered(s.id))
            return false;
        anyone = true;
    }
    return anyone;
}

std::vector<int> Match::playing_seats() const {
    std::vector<int> out;
    for (const Seat& s : seats_.all()) {
        if (s.present && s.connected)
            out.push_back(s.id);
    }
    return out;
}

void Match::close_question(std::uint32_t at_ms) {
    const std::vector<Standing>& before = standings_before_;
    if (shown_) {
        const core::Countdown& cd = session_.countdown();
        int open_ms = cd.elapsed_ms(at_ms);
        if (cd.limited())
            open_ms = std::min(open_ms, cd.total_ms());
        duration_ms_ += open_ms;
    }
    phase_ = Phase::reveal;
    ++asked_;
    emit({0, EventKind::reveal, kHost, at_ms, {}, session_.index(), 0});
    const std::vector<Standing> after = standings();
    for (const Standing& now : after) {
        for (const Standing& then : before) {
            if (then.seat == now.seat && then.rank != now.rank)
                emit({0, EventKind::rank_changed, now.seat, at_ms, {}, then.rank, now.rank});
        }
    }
}

Verdict Match::next(const Command& c) {
    switch (phase_) {
        case Phase::lobby:
            return refuse("not now: the game has not started");
        case Phase::question:
            if (rules_.mode != Mode::host)
                return refuse("not now: the question is open");
            // The host reveals when ready: whoever has not answered has run out of time.
            if (!shown_)
                show(c.at_ms);
            close_answers(c.at_ms);
            close_question(c.at_ms);
            return {};
        case Phase::summary:
            return refuse("the game is over");
        case Phase::reveal:
            if (rules_.scoreboard && session_.index() + 1 < session_.count()) {
                phase_ = Phase::scoreboard;
                emit({0, EventKind::scoreboard, kHost, c.at_ms, {}, 0, 0});
                return {};
            }
            move_on(c.at_ms);
            return {};
        case Phase::scoreboard:
            move_on(c.at_ms);
            return {};
    }
    return refuse("not now");
}

void Match::move_on(std::uint32_t at_ms) {
    if (session_.advance()) {
        begin_question(at_ms);
    } else {
        finish(at_ms);
    }
}

void Match::finish(std::uint32_t at_ms) {
    phase_ = Phase::summary;
    shown_ = false;
    buzz_ = BuzzState{};
    emit({0, EventKind::game_over, kHost, at_ms, {}, 0, 0});
}

void Match::sync_clock(std::uint32_t at_ms) {
    if (!shown_)
        return;
    core::Countdown& cd = session_.countdown();
    const bool run =
        !paused_ && !buzz_.answering && phase_ == Phase::question && timer_started_ && !closed_;
    if (run && cd.paused())
        cd.resume(at_ms);
    else if (!run && !cd.paused())
        cd.pause(at_ms);
}

void Match::settle_buzz(std::uint32_t now) {
    if (rules_.mode != Mode::buzz || phase_ != Phase::question || !shown_ || paused_)
        return;
    if (buzz_.open_at && !buzz_.open_announced && now >= *buzz_.open_at) {
        buzz_.open_announced = true;
        emit({0, EventKind::buzzers_open, kHost, *buzz_.open_at, {}, 0, 0});
    }
    if (buzz_.answering && now > buzz_.answer_until) {
        // No answer in time counts as a wrong one.
        lock_out(*buzz_.answering, buzz_.answer_until);
    }
}

void Match::update(std::uint32_t now) {
    settle_buzz(now);
    if (phase_ != Phase::question || !shown_ || paused_ || buzz_.answering || closed_ ||
        !timer_started_)
        return;
    const core::Countdown& cd = session_.countdown();
    if (!cd.expired(now))
        return;
    const std::uint32_t at = now;
    emit({0, EventKind::time_up, kHost, at, {}, 0, 0});
    if (rules_.mode == Mode::host) {
        close_answers(at);
        return;
    }
    if (rules_.mode != Mode::buzz)
        session_.time_up(at, playing_seats());
    close_question(at);
}

std::optional<std::uint32_t> Match::next_deadline() const {
    if (phase_ != Phase::question || !shown_ || paused_ || closed_ || !timer_started_)
        return std::nullopt;
    if (rules_.mode == Mode::buzz) {
        if (buzz_.answering)
            return buzz_.answer_until + 1;
        if (buzz_.open_at && !buzz_.open_announced)
            return *buzz_.open_at;
    }
    const core::Countdown& cd = session_.countdown();
    if (!cd.limited())
        return std::nullopt;
    return cd.ends_at();
}

std::vector<Standing> Match::standings() const {
    std::vector<Standing> out;
    out.reserve(seats_.all().size());
    const auto& people = session_.participants();
    for (const Seat& s : seats_.all()) {
        const int score = static_cast<std::size_t>(s.id) < people.size()
                              ? people[static_cast<std::size_t>(s.id)].score
                              : 0;
        out.push_back({s.id, score, 1});
    }
    // Equal scores keep seat order.
    std::sort(out.begin(), out.end(), [](const Standing& a, const Standing& b) {
        return a.score != b.score ? a.score > b.score : a.seat < b.seat;
    });
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].rank =
            (i > 0 && out[i].score == out[i - 1].score) ? out[i - 1].rank : static_cast<int>(i) + 1;
    }
    return out;
}

bool Match::skipped(int question_index) const {
    return question_index >= 0 && question_index < session_.count() &&
           skipped_[static_cast<std::size_t>(question_index)];
}

void Match::emit(Event e) {
    e.seq = next_seq_++;
    events_.push_back(std::move(e));
    if (events_.size() > kKeptEvents)
        events_.pop_front();
}

std::vector<TeamStanding> Match::team_standings() const {
    std::vector<TeamStanding> out;
    for (const Standing& s : standings()) {
        const int team = seats_.at(s.seat).team;
        if (team < 0)
            continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const TeamStanding& t) { return t.team == team; });
        if (it == out.end()) {
            out.push_back({team, 0, 1, 0});
            it = out.end() - 1;
        }
        it->score += s.score;
        it->players += 1;
    }
    std::stable_sort(out.begin(), out.end(), [](const TeamStanding& a, const TeamStanding& b) {
        return a.score != b.score ? a.score > b.score : a.team < b.team;
    });
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].rank =
            (i > 0 && out[i].score == out[i - 1].score) ? out[i - 1].rank : static_cast<int>(i) + 1;
    }
    return out;
}

std::vector<Event> Match::events_since(std::uint64_t seq) const {
    std::vector<Event> out;
    for (const Event& e : events_) {
        if (e.seq >= seq)
            out.push_back(e);
    }
    return out;
}

}  // namespace filmquiz::play
