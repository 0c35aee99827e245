// The screen interface and the services screens use for every side effect.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/canvas.hpp"
#include "app/input.hpp"
#include "app/settings.hpp"
#include "app/sound.hpp"
#include "app/theme.hpp"
#include "core/generator.hpp"
#include "core/pack.hpp"
#include "net/hub.hpp"
#include "store/score_store.hpp"

namespace filmquiz::app {

class Screen;

// Everything a screen may ask of the game. The real one is GameApp; tests use a fake that
// records what was asked. Screen changes are applied between frames, never mid-frame.
class Services {
  public:
    virtual ~Services() = default;

    virtual void push(std::unique_ptr<Screen> screen) = 0;
    virtual void pop() = 0;
    virtual void replace(std::unique_ptr<Screen> screen) = 0;
    virtual void reset_to(std::unique_ptr<Screen> screen) = 0;
    virtual void quit() = 0;
    // The top screen's look changed: draw it again.
    virtual void invalidate() = 0;

    virtual void play(Cue cue) = 0;
    virtual GameSettings& settings() = 0;
    // Applies the settings (volume, fullscreen, font scale) and writes them to the store.
    virtual void save_settings() = 0;

    virtual const core::Pack& pack() = 0;
    virtual const core::QuestionBank& bank() = 0;
    virtual std::uint64_t next_seed() = 0;

    // Saves a finished game; nothing (and a message for the player) when it cannot.
    virtual std::optional<std::int64_t> save_game(const store::GameRecord& game,
                                                  std::string* error) = 0;
    virtual bool rename_player_in_game(std::int64_t game_id, const std::string& from,
                                       const std::string& to, std::string* error) = 0;
    // The best scores of this pack in one mode (solo, party, host).
    virtual std::vector<store::ScoreRow> top_scores(int limit, store::GameMode mode) = 0;
    virtual std::vector<store::ScoreRow> history(const std::string& player, int limit) = 0;
    virtual std::set<std::string> recent_question_ids(const std::string& player) = 0;
    // A message for the player that is shown once (a damaged scores file, say).
    virtual std::optional<std::string> take_notice() = 0;

    virtual std::filesystem::path assets_dir() = 0;
    virtual std::uint32_t now_ms() = 0;
    virtual const Metrics& metrics() = 0;
    virtual void set_text_input(bool on) = 0;
    virtual bool has_controller() = 0;
    // The name a plugged-in gamepad gives itself ("Xbox Series X Controller").
    virtual std::string controller_name(std::int32_t pad) = 0;
    // The instance ids of the gamepads plugged in now, in the order they arrived.
    virtual std::vector<std::int32_t> controllers() = 0;
    // Players the store knows, most recently active first.
    virtual std::vector<std::string> player_names() = 0;

    // Phones as controllers. The phone server while it listens (the lobby's switch is
    // on), else nullptr; the game owns it.
    virtual net::Hub* phones() { return nullptr; }
    // Starts listening (on --port when given) and wakes the loop when phones send; the
    // reason in one line when it cannot ("port 8080 is in use: ...").
    virtual net::StartResult start_phones() { return {false, "phones cannot join here"}; }
    // Stops listening and forgets the pump: every phone's connection closes.
    virtual void stop_phones() {}
    // Run on the game's thread at every turn of the loop while phones are on: the holder
    // of the match pumps what phones sent into it and publishes their views.
    using PhonePump = std::function<void(std::uint32_t now_ms, Services& services)>;
    virtual void follow_phones(PhonePump /*pump*/) {}
    // The teachers' question sets (`filmquiz import`), by folder name, sorted.
    virtual std::vector<std::string> question_sets() = 0;
    // `count` questions drawn from the set `name` with `seed`; none, with `error` set in a
    // player's words, when it cannot be read.
    virtual std::vector<core::Question> set_questions(const std::string& name, int count,
                                                      std::uint64_t seed, std::string& error) = 0;
};

class Screen {
  public:
    virtual ~Screen() = default;
    // Short name for tests and logs: "title", "question", ...
    virtual std::string_view name() const = 0;

    virtual void enter(Services&) {}
    virtual void leave(Services&) {}
    // Returns whether the input was used.
    virtual bool handle(const Input& input, Services& services) = 0;
    virtual void update(std::uint32_t /*now_ms*/, Services&) {}
    // The parts that change only when the screen's state does; cached between frames.
    // Never changes state.
    virtual void draw(Canvas& canvas, const Metrics& m) const = 0;
    // The parts that move (timer bar, caret), drawn on top every frame while animating.
    virtual void draw_live(Canvas&, const Metrics&, std::uint32_t /*now_ms*/) const {}
    virtual bool animating(std::uint32_t /*now_ms*/) const { return false; }
    // The shortest time between two animation frames this screen needs (0: the display's
    // refresh): a slow bar needs no more than 30 frames a second.
    virtual int min_frame_ms() const { return 0; }
    // When the screen next needs an update() without any input (auto-advance, say).
    virtual std::optional<std::uint32_t> wake_at() const { return std::nullopt; }
    // A screen that is not opaque is drawn over the one below (the pause panel).
    virtual bool opaque() const { return true; }
    virtual InputContext input_context() const { return {}; }
    // A text size (in %) of its own instead of the player's setting: a host's projected
    // screens go up to 200 %. Screens above it that are not opaque share it.
    virtual std::optional<int> font_scale() const { return std::nullopt; }
    // The window lost focus or was minimised.
    virtual void focus_lost(Services&) {}
    // A gamepad came or went (Action::pad_added, pad_removed); every screen on the stack
    // hears it, not only the top one, so a view under a pause panel keeps track.
    virtual void device_changed(const Input&, Services&) {}
};

}  // namespace filmquiz::app
