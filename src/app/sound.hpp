// Sound cues through SDL_mixer, which is loaded when sound is first set up (after the first
// frame) rather than at start: its codec libraries cost start-up time the title screen
// should not wait for. With no audio device, or no SDL_mixer, the game runs silently and
// says so once.
#pragma once

#include <filesystem>
#include <ostream>

#include "app/sdl.hpp"

namespace filmquiz::app {

enum class Cue { move, select, correct, wrong, tick, time_up, round_complete, high_score };
inline constexpr int kCueCount = 8;
// The file of each cue under assets/sounds/.
const char* cue_file(Cue cue);

class SoundPlayer {
  public:
    SoundPlayer() = default;
    ~SoundPlayer();
    SoundPlayer(const SoundPlayer&) = delete;
    SoundPlayer& operator=(const SoundPlayer&) = delete;

    // Opens the device and loads the cues; on failure stays silent, one line on `log`.
    void open(const std::filesystem::path& sounds_dir, std::ostream& log);
    bool available() const { return open_; }
    void play(Cue cue);
    void set_volume(int percent);
    void set_muted(bool muted);

    struct Mixer;  // SDL_mixer's functions, looked up at run time

  private:
    const Mixer* mixer_ = nullptr;
    bool open_ = false;
    bool muted_ = false;
    int volume_ = 80;
    Mix_Chunk* chunks_[kCueCount] = {};
};

}  // namespace filmquiz::app
