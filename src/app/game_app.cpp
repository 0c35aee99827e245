#include "app/game_app.hpp"

#include <chrono>
#include <cstdlib>
#include <cstring>

#include "content/pack_loader.hpp"
#include "formats/question_set.hpp"

namespace filmquiz::app {

namespace {

constexpr std::uint32_t kTransitionMs = 180;  // screen fade; none with reduced motion

bool has_gpu() {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", ec)) {
        if (entry.path().filename().string().rfind("renderD", 0) == 0)
            return true;
    }
    return false;
}

}  // namespace

namespace {

// What the game needs from disk before its first frame.
struct Loaded {
    std::unique_ptr<core::Pack> pack;
    std::unique_ptr<store::ScoreStore> store;
    std::string notice;
    std::string diagnostics;  // a broken pack's problems
    std::string error;        // why the game cannot start
};

Loaded load_pack_and_scores(const GameOptions& options) {
    Loaded out;
    const std::filesystem::path dir = options.pack_dir.value_or(options.content.default_pack());
    const std::string shown =
        options.pack_dir ? options.pack_dir->string() : content::display_path(dir);
    content::PackLoad load = content::load_pack(dir, shown);
    if (!load.pack) {
        out.diagnostics = load.diagnostics.format();
        out.error = shown + ": the pack has errors (see 'filmquiz check " + shown + "')";
        return out;
    }
    out.pack = std::make_unique<core::Pack>(std::move(*load.pack));
    try {
        store::ScoreStore::Opened opened = store::ScoreStore::open(store::user_data_dir());
        out.store = std::move(opened.store);
        out.notice = opened.notice;
    } catch (const store::StoreError& e) {
        // Saved data never stops play: the game goes on in memory and says so once.
        out.store = store::ScoreStore::in_memory();
        out.notice = std::string("Scores can't be saved: ") + e.what() +
                     ". You can play, but nothing is kept after you quit.";
    }
    return out;
}

}  // namespace

GameApp::GameApp(GameOptions options, std::ostream& log) : options_(std::move(options)), log_(log) {
    // Not on a second thread while SDL starts: on two cores that slows the display server
    // SDL_Init waits for, and the whole start with it.
    Loaded loaded = load_pack_and_scores(options_);
    if (!loaded.error.empty()) {
        log_ << loaded.diagnostics;
        throw StartupError(loaded.error);
    }
    // No display to open: say so before SDL probes for one (and its libraries print their
    // own complaints).
    const char* forced = std::getenv("SDL_VIDEODRIVER");
    const auto unset = [](const char* name) {
        const char* v = std::getenv(name);
        return v == nullptr || *v == '\0';
    };
    if ((forced == nullptr || *forced == '\0') && unset("DISPLAY") && unset("WAYLAND_DISPLAY")) {
        throw StartupError(
            "no display: run filmquiz in a desktop session (DISPLAY or WAYLAND_DISPLAY is not "
            "set)");
    }
    const bool sdl_ok = loaded.error.empty() && SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) == 0;
    const std::string sdl_error = sdl_ok ? "" : SDL_GetError();
    pack_ = std::move(loaded.pack);
    store_ = std::move(loaded.store);
    notice_ = loaded.notice;
    if (!notice_.empty())
        log_ << "filmquiz: " << notice_ << '\n';
    saved_settings_ = store_->settings();
    settings_ = GameSettings::from_map(saved_settings_);
    if (!sdl_ok)
        throw StartupError("cannot start SDL: " + sdl_error);
    if (options_.renderer && *options_.renderer != settings_.renderer && !store_->read_only()) {
        // --renderer is remembered, like the choice in Settings.
        settings_.renderer = *options_.renderer;
        store_->set_setting("renderer", settings_.renderer);
        saved_settings_["renderer"] = settings_.renderer;
    }
    if (options_.party_keys && *options_.party_keys != settings_.party_keys &&
        !store_->read_only()) {
        settings_.party_keys = *options_.party_keys;
        store_->set_setting("party_keys", settings_.party_keys);
        saved_settings_["party_keys"] = settings_.party_keys;
    }
    if (options_.fullscreen)
        settings_.fullscreen = true;
    if (options_.windowed)
        settings_.fullscreen = false;
    if (options_.mute)
        settings_.muted = true;
    if (options_.seed)
        seed_counter_ = *options_.seed;
    use_high_contrast(settings_.high_contrast);

    // SDL quietly falls back to an invisible offscreen window when there is no display.
    const char* driver = SDL_GetCurrentVideoDriver();
    const char* wanted = std::getenv("SDL_VIDEODRIVER");
    if (driver != nullptr && std::strcmp(driver, "offscreen") == 0 &&
        (wanted == nullptr || std::strcmp(wanted, "offscreen") != 0)) {
        SDL_Quit();
        throw StartupError(
            "no display: run filmquiz in a desktop session (DISPLAY or "
            "WAYLAND_DISPLAY is not set)");
    }
    if (TTF_Init() != 0)
        throw StartupError(std::string("cannot start SDL_ttf: ") + TTF_GetError());
    ttf_ = true;
    fonts_ = std::make_unique<FontSet>(options_.content.assets() / "fonts");
    create_window();
    if (store_->read_only() && notice_.empty())
        notice_ = "Scores are read-only.";
}

GameApp::~GameApp() {
    // The phones' thread pushes SDL events: it stops before SDL does.
    phone_pump_ = nullptr;
    phones_.reset();
    // The window's size is remembered once, when the game closes, not on every step of a
    // drag.
    if (size_changed_ && store_)
        write_settings();
    stack_.clear();
    pending_.clear();
    canvas_.reset();
    layer_.reset();
    renderer_.reset();
    window_.reset();
    controllers_.clear();
    fonts_.reset();
    if (ttf_)
        TTF_Quit();
    SDL_Quit();
}

void GameApp::create_window() {
    const bool gpu = settings_.renderer == "gpu" || (settings_.renderer == "auto" && has_gpu());
    if (!gpu) {
        // Draw straight into the window surface instead of loading a software GL driver.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (settings_.fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    const std::string title = "filmquiz \u2013 " + pack_->title;
    window_.reset(SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                   settings_.window_width, settings_.window_height, flags));
    if (!window_)
        throw StartupError(std::string("cannot open a window: ") + SDL_GetError());
    SDL_SetWindowMinimumSize(window_.get(), 640, 480);

    const Uint32 renderer_flags =
        gpu ? SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC | SDL_RENDERER_TARGETTEXTURE
            : SDL_RENDERER_SOFTWARE | SDL_RENDERER_TARGETTEXTURE;
    renderer_.reset(SDL_CreateRenderer(window_.get(), -1, renderer_flags));
    if (!renderer_ && gpu) {
        log_ << "filmquiz: no GPU renderer (" << SDL_GetError() << "); using software\n";
        renderer_.reset(SDL_CreateRenderer(window_.get(), -1, SDL_RENDERER_SOFTWARE));
    }
    if (!renderer_)
        throw StartupError(std::string("cannot draw in the window: ") + SDL_GetError());

    SDL_DisplayMode mode{};
    const int display = SDL_GetWindowDisplayIndex(window_.get());
    if (SDL_GetCurrentDisplayMode(std::max(0, display), &mode) == 0 && mode.refresh_rate > 0) {
        frame_ms_ = std::max(4, 1000 / mode.refresh_rate);
    }
    canvas_ = std::make_unique<SdlCanvas>(renderer_.get(), *fonts_);
    update_metrics();
    SDL_StopTextInput();
}

std::string GameApp::renderer_name() const {
    SDL_RendererInfo info{};
    if (!renderer_ || SDL_GetRendererInfo(renderer_.get(), &info) != 0)
        return "";
    return info.name;
}

void GameApp::finish_startup() {
    const std::filesystem::path icon = options_.content.assets() / "icon" / "filmquiz-64.bmp";
    if (SurfacePtr surface{SDL_LoadBMP(icon.c_str())})
        SDL_SetWindowIcon(window_.get(), surface.get());
    sound_.set_volume(settings_.volume);
    sound_.set_muted(settings_.muted);
    sound_.open(options_.content.assets() / "sounds", log_);
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0) {
        log_ << "filmquiz: gamepads unavailable (" << SDL_GetError() << ")\n";
    }
    // Controllers already plugged in arrive as SDL_CONTROLLERDEVICEADDED events.
}

int GameApp::wanted_font_scale() const {
    for (std::size_t i = stack_.size(); i-- > 0;) {
        if (const auto own = stack_[i]->font_scale())
            return *own;
        if (stack_[i]->opaque())
            break;
    }
    return settings_.font_scale;
}

void GameApp::update_metrics() {
    int w = 0;
    int h = 0;
    SDL_GetRendererOutputSize(renderer_.get(), &w, &h);
    metrics_ = Metrics(w, h, wanted_font_scale() / 100.0);
    canvas_->set_size(w, h);
    layer_.reset();  // remade at the new size by the next render
    dirty_ = true;
}

void GameApp::start(std::unique_ptr<Screen> first) {
    stack_.push_back(std::move(first));
    stack_.back()->enter(*this);
    // No fade on the very first frame: the title should be there at once.
    transition_start_ = SDL_GetTicks() - kTransitionMs;
    dirty_ = true;
}

int GameApp::run() {
    while (step()) {
    }
    return 0;
}

bool GameApp::wants_frames(std::uint32_t now) const {
    if (!settings_.reduced_motion && now - transition_start_ < kTransitionMs)
        return true;
    for (const auto& s : stack_) {
        if (s->animating(now))
            return true;
    }
    return false;
}

int GameApp::frame_interval() const {
    const bool fading =
        !settings_.reduced_motion && SDL_GetTicks() - transition_start_ < kTransitionMs;
    if (fading || top() == nullptr)
        return frame_ms_;
    return std::max(frame_ms_, top()->min_frame_ms());
}

bool GameApp::step(int max_wait_ms) {
    if (quitting_)
        return false;
    std::uint32_t now = SDL_GetTicks();
    if (dirty_ || frames_ == 0)
        render(now);
    if (!started_) {
        started_ = true;
        finish_startup();
    }

    // Sleep until input arrives, the next frame is due, or the screen asks to wake.
    int timeout = max_wait_ms;
    if (wants_frames(now)) {
        timeout = static_cast<int>(std::max<std::int64_t>(
            0, static_cast<std::int64_t>(last_frame_) + frame_interval() - now));
    } else if (auto wake = top() ? top()->wake_at() : std::nullopt) {
        timeout =
            static_cast<int>(std::max<std::int64_t>(0, static_cast<std::int64_t>(*wake) - now));
    }
    if (max_wait_ms >= 0 && (timeout < 0 || timeout > max_wait_ms))
        timeout = max_wait_ms;

    SDL_Event event;
    if (timeout < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, timeout)) {
        handle_event(event);
        while (SDL_PollEvent(&event))
            handle_event(event);
    }
    apply_pending();
    now = SDL_GetTicks();
    // What phones sent reaches the match before the screen looks at it; what the update
    // changed (time up, a reveal) reaches the phones after.
    pump_phones(now);
    if (top() != nullptr)
        top()->update(now, *this);
    pump_phones(now);
    apply_pending();
    if (stack_.empty())
        quitting_ = true;
    if (quitting_)
        return false;

    now = SDL_GetTicks();
    const auto wake = top()->wake_at();
    const bool frame_due = now - last_frame_ >= static_cast<std::uint32_t>(frame_interval());
    if (dirty_ || (wants_frames(now) && frame_due) ||
        (wake && now >= *wake && last_frame_ < *wake)) {
        render(now);
    }
    return true;
}

void GameApp::handle_event(const SDL_Event& event) {
    if (phone_event_ != 0 && event.type == phone_event_) {
        // Phones sent something: step() pumps it into the match; the screen may change.
        dirty_ = true;
        return;
    }
    switch (event.type) {
        case SDL_QUIT:
            quitting_ = true;
            return;
        case SDL_WINDOWEVENT:
            switch (event.window.event) {
                case SDL_WINDOWEVENT_SIZE_CHANGED:
                    update_metrics();
                    if (!settings_.fullscreen) {
                        SDL_GetWindowSize(window_.get(), &settings_.window_width,
                                          &settings_.window_height);
                        size_changed_ = true;
                    }
                    return;
                case SDL_WINDOWEVENT_FOCUS_LOST:
                case SDL_WINDOWEVENT_MINIMIZED:
                    if (top() != nullptr)
                        top()->focus_lost(*this);
                    dirty_ = true;
                    return;
                case SDL_WINDOWEVENT_EXPOSED:
                case SDL_WINDOWEVENT_RESTORED:
                    dirty_ = true;
                    return;
                case SDL_WINDOWEVENT_ENTER:
                case SDL_WINDOWEVENT_LEAVE:
                    pointer_at_.reset();
                    return;
                default:
                    return;
            }
        case SDL_RENDER_TARGETS_RESET:
        case SDL_RENDER_DEVICE_RESET:
            canvas_->forget_text();
            update_metrics();
            return;
        case SDL_CONTROLLERDEVICEADDED:
            if (SDL_GameController* c = SDL_GameControllerOpen(event.cdevice.which)) {
                const SDL_JoystickID id = SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(c));
                // SDL announces a pad once per open; a second announcement changes nothing.
                for (const auto& open : controllers_) {
                    if (SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(open.get())) == id) {
                        SDL_GameControllerClose(c);
                        return;
                    }
                }
                controllers_.emplace_back(c);
                dirty_ = true;
                Input in = make_input(Action::pad_added, event.cdevice.timestamp, Device::gamepad);
                in.pad = id;
                tell_screens(in);
            }
            return;
        case SDL_CONTROLLERAXISMOTION: {
            // Sticks are not used; a pad whose sticks never rest is worth one line, once.
            auto& count = axis_motion_[event.caxis.which];
            if (event.caxis.timestamp - count.window_start > 1000) {
                count.window_start = event.caxis.timestamp;
                count.events = 0;
            }
            if (++count.events == kNoisyAxisEvents && !count.told) {
                count.told = true;
                Input in = make_input(Action::pad_noise, event.caxis.timestamp, Device::gamepad);
                in.pad = event.caxis.which;
                tell_screens(in);
            }
            return;
        }
        case SDL_CONTROLLERDEVICEREMOVED:
            for (auto it = controllers_.begin(); it != controllers_.end(); ++it) {
                SDL_Joystick* joy = SDL_GameControllerGetJoystick(it->get());
                if (SDL_JoystickInstanceID(joy) == event.cdevice.which) {
                    controllers_.erase(it);
                    dirty_ = true;
                    Input in =
                        make_input(Action::pad_removed, event.cdevice.timestamp, Device::gamepad);
                    in.pad = event.cdevice.which;
                    tell_screens(in);
                    break;
                }
            }
            return;
        case SDL_MOUSEMOTION: {
            // Hovering counts once the pointer really moves over the window.
            const std::pair<int, int> at{event.motion.x, event.motion.y};
            const bool seen = pointer_at_.has_value();
            const bool moved = seen && *pointer_at_ != at;
            pointer_at_ = at;
            if (!moved)
                return;
            break;
        }
        default:
            break;
    }
    if (top() == nullptr)
        return;
    const auto input = translate(event, top()->input_context());
    if (!input)
        return;
    if (input->action == Action::fullscreen) {
        toggle_fullscreen();
        return;
    }
    if (input->action == Action::mute) {
        // Screens may use M themselves (never while typing); otherwise it mutes.
        if (!top()->handle(*input, *this)) {
            settings_.muted = !settings_.muted;
            save_settings();
        }
        dirty_ = true;
        return;
    }
    if (top()->handle(*input, *this))
        dirty_ = true;
}

void GameApp::tell_screens(const Input& input) {
    // Bottom to top; a screen may ask for changes, which apply between frames as always.
    for (std::size_t i = 0; i < stack_.size(); ++i)
        stack_[i]->device_changed(input, *this);
    dirty_ = true;
}

std::string GameApp::controller_name(std::int32_t pad) {
    for (const auto& c : controllers_) {
        if (SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(c.get())) == pad) {
            const char* name = SDL_GameControllerName(c.get());
            return name != nullptr && *name != '\0' ? name : "Gamepad";
        }
    }
    return "Gamepad";
}

std::vector<std::int32_t> GameApp::controllers() {
    std::vector<std::int32_t> ids;
    for (const auto& c : controllers_)
        ids.push_back(SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(c.get())));
    return ids;
}

std::vector<std::string> GameApp::player_names() {
    try {
        return store_->recent_player_names(64);
    } catch (const store::StoreError& e) {
        log_ << "filmquiz: cannot read the players: " << e.what() << '\n';
        return {};
    }
}

net::Hub* GameApp::phones() {
    return phones_ && phones_->running() ? phones_.get() : nullptr;
}

net::StartResult GameApp::start_phones() {
    if (phone_event_ == 0) {
        const Uint32 type = SDL_RegisterEvents(1);
        if (type == static_cast<Uint32>(-1))
            return {false, std::string("cannot listen for phones: ") + SDL_GetError()};
        phone_event_ = type;
    }
    if (!phones_) {
        net::HubOptions o;
        o.web_root = options_.content.assets() / "web";
        o.port = options_.port.value_or(0);
        // The tests listen on loopback only.
        if (const char* bind = std::getenv("FILMQUIZ_PHONE_BIND"); bind && *bind)
            o.bind_address = bind;
        const std::uint32_t type = phone_event_;
        o.wake = [type] {
            SDL_Event e{};
            e.type = type;
            SDL_PushEvent(&e);
        };
        // From either thread: kept here, written to the log by the game's thread.
        o.log = [this](const std::string& line) {
            const std::lock_guard lock(phone_log_mutex_);
            phone_log_.push_back(line);
        };
        phones_ = std::make_unique<net::Hub>(std::move(o));
    }
    return phones_->start();
}

void GameApp::stop_phones() {
    phone_pump_ = nullptr;
    if (phones_)
        phones_->stop();
}

void GameApp::pump_phones(std::uint32_t now) {
    if (!phones_)
        return;
    if (phone_pump_ && phones_->running())
        phone_pump_(now, *this);
    std::vector<std::string> lines;
    {
        const std::lock_guard lock(phone_log_mutex_);
        lines.swap(phone_log_);
    }
    for (const std::string& line : lines)
        log_ << "filmquiz: phones: " << line << '\n';
}

namespace {

// Where `filmquiz import` puts sets by default; nothing when there is no data folder.
std::optional<std::filesystem::path> sets_dir() {
    try {
        return store::user_data_dir() / "sets";
    } catch (const store::StoreError&) {
        return std::nullopt;
    }
}

}  // namespace

std::vector<std::string> GameApp::question_sets() {
    std::vector<std::string> names;
    if (const auto dir = sets_dir()) {
        for (const auto& set : formats::list_sets(*dir))
            names.push_back(set.filename().string());
    }
    return names;
}

std::vector<core::Question> GameApp::set_questions(const std::string& name, int count,
                                                   std::uint64_t seed, std::string& error) {
    const auto dir = sets_dir();
    if (!dir) {
        error = "there is no data folder for question sets";
        return {};
    }
    const formats::SetLoad load = formats::load_set(*dir / name);
    if (!load.set) {
        log_ << load.diagnostics.format();
        error = "the question set \"" + name + "\" cannot be read (see the log)";
        return {};
    }
    return formats::draw_round(*load.set, count, seed);
}

void GameApp::toggle_fullscreen() {
    settings_.fullscreen = !settings_.fullscreen;
    apply_fullscreen();
    save_settings();
}

void GameApp::apply_fullscreen() {
    const Uint32 flags = SDL_GetWindowFlags(window_.get());
    const bool is_full = (flags & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
    if (is_full != settings_.fullscreen) {
        SDL_SetWindowFullscreen(window_.get(),
                                settings_.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        update_metrics();
    }
}

void GameApp::render(std::uint32_t now) {
    if (stack_.empty())
        return;
    if (std::abs(metrics_.font_scale * 100 - wanted_font_scale()) > 0.5) {
        canvas_->forget_text();
        update_metrics();
    }
    // Which screens show: the topmost opaque one and what lies above it.
    std::size_t first = stack_.size() - 1;
    while (first > 0 && !stack_[first]->opaque())
        --first;
    auto draw_stack = [&] {
        for (std::size_t i = first; i < stack_.size(); ++i) {
            if (i > first)
                canvas_->fill_rect({0, 0, metrics_.width, metrics_.height}, palette().shade, 170);
            stack_[i]->draw(*canvas_, metrics_);
        }
    };
    if (frames_ == 0) {
        // The very first frame goes straight to the window: the title as soon as can be.
        // The cached layer is made from the second frame on.
        draw_stack();
        dirty_ = true;
    } else {
        if (!layer_) {
            layer_.reset(SDL_CreateTexture(renderer_.get(), SDL_PIXELFORMAT_ARGB8888,
                                           SDL_TEXTUREACCESS_TARGET, metrics_.width,
                                           metrics_.height));
            dirty_ = true;
        }
        if (dirty_) {
            // Redraw the static layer; frames in between only copy it.
            SDL_SetRenderTarget(renderer_.get(), layer_.get());
            draw_stack();
            SDL_SetRenderTarget(renderer_.get(), nullptr);
            dirty_ = false;
        }
        SDL_SetTextureBlendMode(layer_.get(), SDL_BLENDMODE_NONE);
        SDL_RenderCopy(renderer_.get(), layer_.get(), nullptr, nullptr);
    }
    top()->draw_live(*canvas_, metrics_, now);
    if (!settings_.reduced_motion && now - transition_start_ < kTransitionMs) {
        // A short fade in from the background colour on every screen change.
        const double t = static_cast<double>(now - transition_start_) / kTransitionMs;
        canvas_->fill_rect({0, 0, metrics_.width, metrics_.height}, palette().background,
                           static_cast<std::uint8_t>(255 * (1.0 - t) * 0.85));
    }
    SDL_RenderPresent(renderer_.get());
    last_frame_ = now;
    if (frames_ == 0) {
        if (const char* report = std::getenv("FILMQUIZ_REPORT_FIRST_PAINT"); report && *report) {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
            log_ << "filmquiz: first paint at " << ns << " ns\n";
        }
    }
    ++frames_;
}

void GameApp::apply_pending() {
    // Screen changes requested while handling input happen here, between frames.
    while (!pending_.empty()) {
        auto changes = std::move(pending_);
        pending_.clear();
        for (auto& change : changes)
            change();
        transition_start_ = SDL_GetTicks();
        dirty_ = true;
    }
}

void GameApp::push(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    pending_.push_back([this, shared] {
        stack_.push_back(std::move(*shared));
        stack_.back()->enter(*this);
    });
}

void GameApp::pop() {
    pending_.push_back([this] {
        if (stack_.empty())
            return;
        stack_.back()->leave(*this);
        stack_.pop_back();
        if (stack_.empty())
            quitting_ = true;
    });
}

void GameApp::replace(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    pending_.push_back([this, shared] {
        if (!stack_.empty()) {
            stack_.back()->leave(*this);
            stack_.pop_back();
        }
        stack_.push_back(std::move(*shared));
        stack_.back()->enter(*this);
    });
}

void GameApp::reset_to(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    pending_.push_back([this, shared] {
        while (!stack_.empty()) {
            stack_.back()->leave(*this);
            stack_.pop_back();
        }
        stack_.push_back(std::move(*shared));
        stack_.back()->enter(*this);
    });
}

void GameApp::save_settings() {
    use_high_contrast(settings_.high_contrast);
    sound_.set_volume(settings_.volume);
    sound_.set_muted(settings_.muted);
    if (std::abs(metrics_.font_scale * 100 - wanted_font_scale()) > 0.5) {
        canvas_->forget_text();
        update_metrics();
    }
    apply_fullscreen();
    dirty_ = true;
    write_settings();
}

void GameApp::write_settings() {
    if (store_->read_only())
        return;
    // Only what changed, in one transaction: a step of the volume is one write, not fifteen.
    std::map<std::string, std::string> changed;
    for (auto& [key, value] : settings_.to_map()) {
        const auto it = saved_settings_.find(key);
        if (it == saved_settings_.end() || it->second != value)
            changed.emplace(key, std::move(value));
    }
    if (changed.empty())
        return;
    try {
        store_->set_settings(changed);
        for (auto& [key, value] : changed)
            saved_settings_[key] = value;
    } catch (const store::StoreError& e) {
        log_ << "filmquiz: cannot save settings: " << e.what() << '\n';
    }
}

std::uint64_t GameApp::next_seed() {
    if (options_.seed)
        return seed_counter_++;
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    return static_cast<std::uint64_t>(ticks) ^ (seed_counter_++ * 0x9E3779B97F4A7C15ull);
}

std::optional<std::int64_t> GameApp::save_game(const store::GameRecord& game, std::string* error) {
    try {
        return store_->save_game(game);
    } catch (const store::StoreError& e) {
        if (error)
            *error = store_->read_only() ? e.what() : store::plain_reason(e.code());
        log_ << "filmquiz: the round was not saved: " << e.what() << '\n';
        return std::nullopt;
    } catch (const std::exception& e) {
        if (error)
            *error = e.what();
        log_ << "filmquiz: the round was not saved: " << e.what() << '\n';
        return std::nullopt;
    }
}

bool GameApp::rename_player_in_game(std::int64_t game_id, const std::string& from,
                                    const std::string& to, std::string* error) {
    try {
        store_->move_game(game_id, from, to);
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = e.what();
        return false;
    }
}

std::vector<store::ScoreRow> GameApp::top_scores(int limit, store::GameMode mode) {
    store::ScoreQuery q;
    q.mode = mode;
    q.pack_id = pack_->id;
    q.limit = limit;
    return store_->top_scores(q);
}

std::vector<store::ScoreRow> GameApp::history(const std::string& player, int limit) {
    store::ScoreQuery q;
    q.mode = store::GameMode::solo;
    q.pack_id = pack_->id;
    q.limit = limit;
    return store_->history(player, q);
}

std::set<std::string> GameApp::recent_question_ids(const std::string& player) {
    // A seeded game plays exactly the rounds `filmquiz generate --seed N` prints, whatever
    // the player has seen before.
    if (options_.seed)
        return {};
    return store_->recent_question_ids(player.empty() ? std::nullopt : std::optional(player), 3);
}

std::optional<std::string> GameApp::take_notice() {
    if (notice_.empty())
        return std::nullopt;
    std::string n = std::move(notice_);
    notice_.clear();
    return n;
}

void GameApp::set_text_input(bool on) {
    if (on) {
        SDL_StartTextInput();
    } else {
        SDL_StopTextInput();
    }
}

}  // namespace filmquiz::app
