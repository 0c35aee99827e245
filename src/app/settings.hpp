// The player's settings, typed, read from and written to the store as text.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace filmquiz::app {

struct GameSettings {
    int volume = 80;  // 0-100
    bool muted = false;
    int timer_seconds = 20;  // 10, 20, 30 or 0 (off)
    int font_scale = 100;    // 100, 125, 150
    bool reduced_motion = false;
    bool high_contrast = false;  // black on white, for a projector or a bright room
    bool fullscreen = false;
    std::string renderer = "auto";  // auto, gpu, software
    bool auto_advance = false;
    bool speed_bonus = true;
    // Questions that rest only on a fan site (its quotes and songs), asked as attributed.
    bool fan_site_questions = true;
    int round_length = 10;              // 10, 15, 20
    int max_difficulty = 3;             // 1-3
    std::vector<std::string> families;  // empty: every family
    int window_width = 1280;
    int window_height = 720;
    std::string last_player;
    // A watch party: how players answer, teams (0: none, else 2-4), and the keyboard's
    // zones (see app/keyboard_zones.hpp; empty: 1-4, Q-W-E-R, U-I-O-P, keypad 1-4).
    std::string party_mode = "everyone";  // everyone, buzz
    int party_teams = 0;
    std::string party_keys;
    // Host mode: who answers (teams on paper, or players with keys and pads), how many
    // teams on paper (2-8), and the text size of the projected screens (100-200 %).
    std::string host_answers = "paper";  // paper, devices
    int host_teams = 4;
    int host_font_scale = 150;
    // Where a round's questions come from: the film (empty), or a teacher's question set
    // (its folder name), alone or with the film's questions.
    std::string question_set;
    bool set_with_film = false;

    // Unknown or malformed values fall back to the defaults: a preference is never fatal.
    static GameSettings from_map(const std::map<std::string, std::string>& values);
    std::map<std::string, std::string> to_map() const;
};

}  // namespace filmquiz::app
