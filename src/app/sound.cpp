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

SoundPlayer::~SoundPlayer() {
    if (!open_)
        return;
    for (auto& c : chunks_)
        c.reset();
    Mix_CloseAudio();
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
    bool ok = false;
    {
        QuietStderr quiet;
        ok = SDL_InitSubSystem(SDL_INIT_AUDIO) == 0 &&
             Mix_OpenAudio(44100, AUDIO_S16SYS, 2, 1024) == 0;
    }
    if (!ok) {
        log << "filmquiz: no audio device (" << SDL_GetError() << "); playing without sound\n";
        return;
    }
    open_ = true;
    Mix_AllocateChannels(8);
    for (int i = 0; i < kCueCount; ++i) {
        const auto path = dir / cue_file(static_cast<Cue>(i));
        chunks_[i].reset(Mix_LoadWAV(path.c_str()));
        if (!chunks_[i]) {
            log << "filmquiz: cannot load " << path.string() << " (" << Mix_GetError()
                << "); that cue stays silent\n";
        }
    }
    set_volume(volume_);
}

void SoundPlayer::play(Cue cue) {
    if (!open_ || muted_)
        return;
    Mix_Chunk* chunk = chunks_[static_cast<int>(cue)].get();
    if (chunk != nullptr)
        Mix_PlayChannel(-1, chunk, 0);
}

void SoundPlayer::set_volume(int percent) {
    volume_ = std::clamp(percent, 0, 100);
    if (open_)
        Mix_Volume(-1, MIX_MAX_VOLUME * volume_ / 100);
}

void SoundPlayer::set_muted(bool muted) {
    muted_ = muted;
    if (open_ && muted)
        Mix_HaltChannel(-1);
}

}  // namespace filmquiz::app
