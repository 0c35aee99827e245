// One game, whatever shows it: its phases, seats, round and the rules of its mode. Views
// (the screens, later a phone server) send commands and read state and events; the match
// itself draws nothing, reads no clock and touches no file, so every rule runs in a test.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/round.hpp"
#include "core/round_session.hpp"
#include "play/seats.hpp"

namespace filmquiz::play {

enum class Mode {
    solo,      // one player; the reveal follows the answer
    everyone,  // party: everyone locks in an answer; faster right answers score more
    buzz,      // party: the first to buzz answers alone; a wrong answer locks them out
    host,      // a host paces the game: show, reveal, next
};
std::string_view to_string(Mode mode);

enum class Phase { lobby, question, reveal, scoreboard, summary };
std::string_view to_string(Phase phase);

// Commands that come from the game or its host rather than from a player's seat.
inline constexpr int kHost = -1;

struct Rules {
    Mode mode = Mode::solo;
    core::PlaySettings play;  // timer and speed bonus
    int min_seats = 1;
    int max_seats = kMaxSeats;  // up to kMaxPlayers (phones)
    bool scoreboard = false;    // a scoreboard between a reveal and the next question
    // Buzz in: the question is read first (a buzz then is a false start, and the false
    // starter waits `false_start_ms` after the buzzers open); the buzz winner then has
    // `answer_window_ms` to answer, while the question's own clock stands still.
    int reading_ms = 2000;
    int false_start_ms = 2000;
    int answer_window_ms = 6000;
};

enum class What {
    join,        // name, binding, team
    leave,       // the seat goes (during a game it keeps its points)
    disconnect,  // the seat's device went away
    reconnect,   // the seat's device is back, perhaps as another (binding)
    start,       // the lobby's players start the game
    show,        // the current question is on screen: its clock starts
    answer,      // answer
    buzz,        // buzz in
    next,        // on from a reveal or a scoreboard
    skip,        // drop the current question (host)
    end,         // end the game early; it is saved
    pause,
    resume,
    rename,       // name (in the lobby)
    team,         // team (in the lobby; -1: none)
    start_timer,  // host: the question's clock starts now
    mark,         // host, at a reveal: a team on paper was right (answer.choice 1) or not (0)
};
std::string_view to_string(What what);

struct Command {
    What what = What::next;
    int seat = kHost;
    std::uint32_t at_ms = 0;  // when it happened: the input event's own time
    core::GivenAnswer answer;
    std::string name;
    Binding binding;
    int team = -1;
};

// Whether a command was applied; when not, why (and nothing changed).
struct Verdict {
    bool ok = true;
    std::string reason;
    int seat = kHost;  // join: the new seat
    explicit operator bool() const { return ok; }
};

enum class EventKind {
    joined,
    left,
    disconnected,
    reconnected,
    started,
    question,      // a new question is up (not yet on screen)
    shown,         // its clock runs
    buzzers_open,  // buzz in: after the reading delay, and again after a wrong answer
    answer_locked,
    buzz_won,
    tie,          // buzzes in the same millisecond: `seats` tied, `seat` won the coin toss
    false_start,  // a buzz while the question was being read
    locked_out,   // a wrong (or no) answer after a buzz
    time_up,
    closed,  // host mode: no more answers; the host reveals when ready
    reveal,
    scoreboard,
    rank_changed,  // `from` and `to` are the old and new rank, 1 first
    skipped,
    paused,
    resumed,
    game_over,
};
std::string_view to_string(EventKind kind);

struct Event {
    std::uint64_t seq = 0;
    EventKind kind = EventKind::started;
    int seat = kHost;
    std::uint32_t at_ms = 0;
    std::vector<int> seats;
    int from = 0;
    int to = 0;
};

struct Standing {
    int seat = 0;
    int score = 0;
    int rank = 1;  // equal scores share a rank
};

struct TeamStanding {
    int team = 0;
    int score = 0;  // the sum of its players' scores
    int rank = 1;
    int players = 0;
};

// Buzz-in state of the current question.
struct BuzzState {
    std::optional<std::uint32_t> open_at;  // when the buzzers open
    bool open_announced = false;
    std::optional<int> answering;  // the seat that won the buzz and answers now
    std::uint32_t buzzed_at = 0;
    std::uint32_t answer_until = 0;
    std::vector<int> locked_out;    // answered wrong (or not at all) after buzzing
    std::vector<int> false_starts;  // buzzed during the reading delay
    std::vector<int> tied;          // the winning buzz was a tie between these seats
    int ties = 0;                   // on this question so far
};

class Match {
  public:
    Match(Rules rules, core::Round round);

    // In the lobby, the rules and round chosen there (the seats stay). False once the game
    // has started.
    bool setup(Rules rules, core::Round round);

    // Applies a command, or refuses it with the reason and changes nothing.
    Verdict apply(const Command& command);
    // Acts on the deadlines that have passed by `now_ms`: the buzzers opening, an answer
    // window closing, time up.
    void update(std::uint32_t now_ms);
    // The next time update() has something to do, when there is one.
    std::optional<std::uint32_t> next_deadline() const;

    const Rules& rules() const { return rules_; }
    Mode mode() const { return rules_.mode; }
    Phase phase() const { return phase_; }
    bool paused() const { return paused_; }
    const Seats& seats() const { return seats_; }
    const core::RoundSession& session() const { return session_; }
    const core::Question& question() const { return session_.current(); }
    // Whether the current question is on screen with its clock running.
    bool shown() const { return shown_; }
    // Host mode: whether the host has started the question's clock, and whether the
    // question takes no more answers (everyone answered, or time is up) before its reveal.
    bool timer_started() const { return timer_started_; }
    bool closed() const { return closed_; }
    // The seats that answer on a device (not teams on paper).
    bool answers_on_device(int seat) const;
    // How many seats chose each option of the current question (for a host's chart);
    // answers on paper, timed-out or typed answers and orderings are not counted.
    std::vector<int> distribution() const;
    const core::Countdown& countdown() const { return session_.countdown(); }
    // Whether `seat` has answered the current question, and how.
    bool locked_in(int seat) const { return session_.answered(seat); }
    const core::Outcome* outcome(int seat) const { return session_.outcome(seat); }
    const BuzzState& buzz() const { return buzz_; }
    // Every seat, best first.
    std::vector<Standing> standings() const;
    // Every team that has a player, best first.
    std::vector<TeamStanding> team_standings() const;
    // Total time the questions were open.
    int duration_ms() const { return duration_ms_; }
    // Questions asked so far, skipped ones not counted.
    int asked() const { return asked_; }
    bool skipped(int question_index) const;

    // The most recent events (older ones are dropped), each with a rising sequence number;
    // a view remembers the last one it has seen.
    const std::deque<Event>& events() const { return events_; }
    std::uint64_t next_seq() const { return next_seq_; }
    std::vector<Event> events_since(std::uint64_t seq) const;

  private:
    Verdict refuse(std::string reason) const;
    Verdict check_seat(int seat) const;
    Verdict check_open(std::uint32_t at_ms) const;
    Verdict join(const Command& c);
    Verdict leave(const Command& c);
    Verdict start(const Command& c);
    Verdict answer(const Command& c);
    Verdict buzz(const Command& c);
    Verdict next(const Command& c);
    void show(std::uint32_t at_ms);
    void begin_question(std::uint32_t at_ms);
    void close_question(std::uint32_t at_ms);
    // Host mode: the question takes no more answers; those who gave none ran out of time.
    void close_answers(std::uint32_t at_ms);
    void after_answer(std::uint32_t at_ms);
    void lock_out(int seat, std::uint32_t at_ms);
    void settle_buzz(std::uint32_t now_ms);
    void drop_question(std::uint32_t at_ms);
    void move_on(std::uint32_t at_ms);
    void finish(std::uint32_t at_ms);
    void sync_clock(std::uint32_t at_ms);
    bool everyone_answered() const;
    std::vector<int> playing_seats() const;
    void emit(Event e);
    const std::string& name(int seat) const { return seats_.at(seat).name; }

    Rules rules_;
    Seats seats_;
    core::RoundSession session_;
    Phase phase_ = Phase::lobby;
    bool shown_ = false;
    bool timer_started_ = false;
    bool closed_ = false;
    bool paused_ = false;
    std::uint32_t paused_at_ = 0;
    BuzzState buzz_;
    std::vector<Standing> standings_before_;
    std::vector<bool> skipped_;
    int duration_ms_ = 0;
    int asked_ = 0;
    std::deque<Event> events_;
    std::uint64_t next_seq_ = 1;
};

}  // namespace filmquiz::play
