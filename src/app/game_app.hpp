// The SDL shell: window, renderer, the event loop with its frame pacing, the screen stack,
// sound, controllers and the store, behind the Services screens use.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "app/canvas.hpp"
#include "app/screen.hpp"
#include "app/sdl.hpp"
#include "app/sound.hpp"
#include "content/content_dir.hpp"
#include "core/generator.hpp"
#include "store/score_store.hpp"

namespace filmquiz::app {

struct GameOptions {
    content::ContentDir content;
    std::optional<std::filesystem::path> pack_dir;  // default: the bundled pack
    bool windowed = false;
    bool fullscreen = false;
    bool mute = false;
    std::optional<std::string> renderer;    // auto | gpu | software; saved in settings
    std::optional<std::uint64_t> seed;      // first round's seed, for screenshots
    bool party = false;                     // open the watch-party lobby over the title
    bool host = false;                      // open a host's quiz over the title
    std::optional<std::string> party_keys;  // saved in settings, like --renderer
    bool phones = false;                    // the lobby opens with joining from phones on
    std::optional<std::uint16_t> port;      // the phones' port; default: any free one
};

// A failure to start, with the one line to show (no display, a broken pack, ...).
class StartupError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class GameApp final : public Services {
  public:
    // Opens everything the first frame needs; sound and controllers come after it.
    GameApp(GameOptions options, std::ostream& log);
    ~GameApp() override;

    void start(std::unique_ptr<Screen> first);
    // Runs until the player quits; returns the exit status.
    int run();
    // One turn of the loop: waits up to `max_wait_ms` for input when nothing moves,
    // handles events, updates, draws when needed. False once the game should end.
    bool step(int max_wait_ms = -1);

    Screen* top() const { return stack_.empty() ? nullptr : stack_.back().get(); }
    std::size_t depth() const { return stack_.size(); }
    std::uint32_t frames_drawn() const { return frames_; }
    store::ScoreStore& scores() { return *store_; }
    SDL_Window* window() const { return window_.get(); }
    // The name of the SDL renderer in use ("software", "opengl", ...).
    std::string renderer_name() const;

    // Services
    void push(std::unique_ptr<Screen> screen) override;
    void pop() override;
    void replace(std::unique_ptr<Screen> screen) override;
    void reset_to(std::unique_ptr<Screen> screen) override;
    void quit() override { quitting_ = true; }
    void invalidate() override { dirty_ = true; }
    void play(Cue cue) override { sound_.play(cue); }
    GameSettings& settings() override { return settings_; }
    void save_settings() override;
    const core::Pack& pack() override { return *pack_; }
    // Built on first use, after the first frame is on screen.
    const core::QuestionBank& bank() override {
        if (!bank_)
            bank_ = std::make_unique<core::QuestionBank>(*pack_);
        return *bank_;
    }
    std::uint64_t next_seed() override;
    std::optional<std::int64_t> save_game(const store::GameRecord& game,
                                          std::string* error) override;
    bool rename_player_in_game(std::int64_t game_id, const std::string& from, const std::string& to,
                               std::string* error) override;
    std::vector<store::ScoreRow> top_scores(int limit, store::GameMode mode) override;
    std::vector<store::ScoreRow> history(const std::string& player, int limit) override;
    std::set<std::string> recent_question_ids(const std::string& player) override;
    std::optional<std::string> take_notice() override;
    std::filesystem::path assets_dir() override { return options_.content.assets(); }
    std::uint32_t now_ms() override { return SDL_GetTicks(); }
    const Metrics& metrics() override { return metrics_; }
    void set_text_input(bool on) override;
    bool has_controller() override { return !controllers_.empty(); }
    std::string controller_name(std::int32_t pad) override;
    std::vector<std::int32_t> controllers() override;
    std::vector<std::string> player_names() override;
    net::Hub* phones() override;
    net::StartResult start_phones() override;
    void stop_phones() override;
    void follow_phones(PhonePump pump) override { phone_pump_ = std::move(pump); }
    std::vector<std::string> question_sets() override;
    std::vector<core::Question> set_questions(const std::string& name, int count,
                                              std::uint64_t seed, std::string& error) override;

  private:
    void create_window();
    void write_settings();  // the settings that differ from the store's, in one transaction
    void finish_startup();  // after the first frame: sound, controllers
    void handle_event(const SDL_Event& event);
    void tell_screens(const Input& input);
    void apply_pending();
    void render(std::uint32_t now);
    void pump_phones(std::uint32_t now);
    void update_metrics();
    // The text size the screens on show want: their own, or the player's setting.
    int wanted_font_scale() const;
    // Between animation frames: the display's refresh, or slower when the screen says so.
    int frame_interval() const;
    void toggle_fullscreen();
    void apply_fullscreen();
    bool wants_frames(std::uint32_t now) const;

    GameOptions options_;
    std::ostream& log_;
    GameSettings settings_;
    std::map<std::string, std::string> saved_settings_;  // as the store holds them
    std::unique_ptr<store::ScoreStore> store_;
    std::string notice_;
    std::unique_ptr<core::Pack> pack_;
    std::unique_ptr<core::QuestionBank> bank_;
    WindowPtr window_;
    RendererPtr renderer_;
    TexturePtr layer_;  // the static layer of the screens, redrawn only when dirty
    std::unique_ptr<FontSet> fonts_;
    std::unique_ptr<SdlCanvas> canvas_;
    SoundPlayer sound_;
    std::vector<ControllerPtr> controllers_;
    struct AxisMotion {
        std::uint32_t window_start = 0;
        int events = 0;
        bool told = false;
    };
    // More stick events than this in a second, from a pad nobody moves the sticks of.
    static constexpr int kNoisyAxisEvents = 200;
    std::map<std::int32_t, AxisMotion> axis_motion_;
    std::vector<std::unique_ptr<Screen>> stack_;
    std::vector<std::function<void()>> pending_;
    Metrics metrics_{1280, 720, 1.0};
    bool dirty_ = true;
    // Where the pointer last was in the window; none until it has been seen there. A
    // window that opens (or a pointer that enters) under a resting pointer gets a motion
    // event that is no movement, and must not move the focus from the default choice.
    std::optional<std::pair<int, int>> pointer_at_;
    bool size_changed_ = false;
    bool quitting_ = false;
    bool started_ = false;
    bool ttf_ = false;
    int frame_ms_ = 16;
    std::uint32_t last_frame_ = 0;
    std::uint32_t transition_start_ = 0;
    std::uint32_t frames_ = 0;
    std::uint64_t seed_counter_ = 0;
    // Phones: the hub (made on first use), the SDL event its network thread pushes to
    // wake the loop, the pump of the match phones play in, and the hub's log lines,
    // written to the log on this thread.
    std::unique_ptr<net::Hub> phones_;
    std::uint32_t phone_event_ = 0;
    PhonePump phone_pump_;
    std::mutex phone_log_mutex_;
    std::vector<std::string> phone_log_;
};

}  // namespace filmquiz::app
