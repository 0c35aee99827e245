#include "app/sound.hpp"

#include <algorithm>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace filmquiz::app {

const char* cue_file(Cue cue) {
    switch (cue) {
        case Cue::move:
            return "move.wav";
        case Cue::select:
            return "select.wav";
        case Cue::correct:
            return "correct.wav";
        case Cue::wrong:
            return "wrong.wav";
        case Cue::tick:
            return "tick.wav";
        case Cue::time_up:
            return "time-up.wav";
        case Cue::round_complete:
            return "round-complete.wav";
        case Cue::high_score:
            return "high-score.wav";
    }
    return "";
}

// SDL_mixer's entry points the game uses. Mix_PlayChannel and Mix_LoadWAV are macros over
// the two *_Timed / *_RW functions.
struct SoundPlayer::Mixer {
    int (*open_audio)(int, Uint16, int, int);
    void (*close_audio)();
    int (*allocate_channels)(int);
    Mix_Chunk* (*load_wav)(SDL_RWops*, int);
    void (*free_chunk)(Mix_Chunk*);
    int (*play_channel)(int, Mix_Chunk*, int, int);
    int (*volume)(int, int);
    int (*halt_channel)(int);
};

namespace {

// Loads SDL_mixer once; nothing when the library cannot be found.
const SoundPlayer::Mixer* load_mixer(std::string* error) {
    static SoundPlayer::Mixer mixer{};
    static void* library = nullptr;
    if (library != nullptr)
        return &mixer;
    for (const char* name : {"libSDL2_mixer-2.0.so.0", FILMQUIZ_SDL_MIXER_PATH}) {
        library = SDL_LoadObject(name);
        if (library != nullptr)
            break;
    }
    if (library == nullptr) {
        *error = std::string("SDL_mixer not found: ") + SDL_GetError();
        return nullptr;
    }
    bool ok = true;
    auto load = [&](auto& fn, const char* symbol) {
        fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(
            SDL_LoadFunction(library, symbol));
        ok = ok && fn != nullptr;
    };
    load(mixer.open_audio, "Mix_OpenAudio");
    load(mixer.close_audio, "Mix_CloseAudio");
    load(mixer.allocate_channels, "Mix_AllocateChannels");
    load(mixer.load_wav, "Mix_LoadWAV_RW");
    load(mixer.free_chunk, "Mix_FreeChunk");
    load(mixer.play_channel, "Mix_PlayChannelTimed");
    load(mixer.volume, "Mix_Volume");
    load(mixer.halt_channel, "Mix_HaltChannel");
    if (!ok) {
        *error = std::string("SDL_mixer is incomplete: ") + SDL_GetError();
        SDL_UnloadObject(library);
        library = nullptr;
        return nullptr;
    }
    return &mixer;
}

}  // namespace

SoundPlayer::~SoundPlayer() {
    if (!open_)
        return;
    for (Mix_Chunk*& c : chunks_) {
        if (c != nullptr)
            mixer_->free_chunk(c);
        c = nullptr;
    }
    mixer_->close_audio();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

namespace {

// libasound prints its own lines while SDL probes for a device; the player should get one
// line from us instead. Standard error is pointed at /dev/null only for the probe.
class QuietStderr {
  public:
    QuietStderr() {
        if (std::getenv("FILMQUIZ_AUDIO_VERBOSE") != nullptr)
            return;
        saved_ = dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        if (saved_ >= 0 && null >= 0)
            dup2(null, STDERR_FILENO);
        if (null >= 0)
            close(null);
    }
    ~QuietStderr() {
        if (saved_ < 0)
            return;
        dup2(saved_, STDERR_FILENO);
        close(saved_);
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

  private:
    int saved_ = -1;
};

}  // namespace

void SoundPlayer::open(const std::filesystem::path& dir, std::ostream& log) {
    std::string problem;
    mixer_ = load_mixer(&problem);
    if (mixer_ == nullptr) {
        log << "filmquiz: " << problem << "; playing without sound\n";
        return;
    }
    bool ok = false;
    {
        QuietStderr quiet;
        ok = SDL_InitSubSystem(SDL_INIT_AUDIO) == 0 &&
             mixer_->open_audio(44100, AUDIO_S16SYS, 2, 1024) == 0;
    }
    if (!ok) {
        log << "filmquiz: no audio device (" << SDL_GetError() << "); playing without sound\n";
        return;
    }
    open_ = true;
    mixer_->allocate_channels(8);
    for (int i = 0; i < kCueCount; ++i) {
        const auto path = dir / cue_file(static_cast<Cue>(i));
        chunks_[i] = mixer_->load_wav(SDL_RWFromFile(path.c_str(), "rb"), 1);
        if (chunks_[i] == nullptr) {
            log << "filmquiz: cannot load " << path.string() << " (" << SDL_GetError()
                << "); that cue stays silent\n";
        }
    }
    set_volume(volume_);
}

void SoundPlayer::play(Cue cue) {
    if (!open_ || muted_)
        return;
    Mix_Chunk* chunk = chunks_[static_cast<int>(cue)];
    if (chunk != nullptr)
        mixer_->play_channel(-1, chunk, 0, -1);
}

void SoundPlayer::set_volume(int percent) {
    volume_ = std::clamp(percent, 0, 100);
    if (open_)
        mixer_->volume(-1, MIX_MAX_VOLUME * volume_ / 100);
}

void SoundPlayer::set_muted(bool muted) {
    muted_ = muted;
    if (open_ && muted)
        mixer_->halt_channel(-1);
}

}  // namespace filmquiz::app
