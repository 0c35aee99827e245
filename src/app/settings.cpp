#include "app/settings.hpp"

#include <algorithm>
#include <charconv>

#include "core/text.hpp"

namespace filmquiz::app {

namespace {

int int_in(const std::map<std::string, std::string>& m, const char* key, int fallback,
           std::initializer_list<int> allowed) {
    const auto it = m.find(key);
    if (it == m.end())
        return fallback;
    int value = 0;
    const auto [end, ec] =
        std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
    if (ec != std::errc() || end != it->second.data() + it->second.size())
        return fallback;
    if (allowed.size() == 2) {
        const int lo = *allowed.begin();
        const int hi = *(allowed.begin() + 1);
        return value >= lo && value <= hi ? value : fallback;
    }
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end() ? value : fallback;
}

bool flag(const std::map<std::string, std::string>& m, const char* key, bool fallback) {
    const auto it = m.find(key);
    if (it == m.end())
        return fallback;
    if (it->second == "1")
        return true;
    if (it->second == "0")
        return false;
    return fallback;
}

}  // namespace

GameSettings GameSettings::from_map(const std::map<std::string, std::string>& m) {
    GameSettings s;
    s.volume = int_in(m, "volume", s.volume, {0, 100});
    s.muted = flag(m, "muted", s.muted);
    s.timer_seconds = int_in(m, "timer_seconds", s.timer_seconds, {0, 10, 20, 30});
    s.font_scale = int_in(m, "font_scale", s.font_scale, {100, 125, 150});
    s.reduced_motion = flag(m, "reduced_motion", s.reduced_motion);
    s.high_contrast = flag(m, "high_contrast", s.high_contrast);
    s.fullscreen = flag(m, "fullscreen", s.fullscreen);
    if (const auto it = m.find("renderer");
        it != m.end() &&
        (it->second == "auto" || it->second == "gpu" || it->second == "software")) {
        s.renderer = it->second;
    }
    s.auto_advance = flag(m, "auto_advance", s.auto_advance);
    s.speed_bonus = flag(m, "speed_bonus", s.speed_bonus);
    s.fan_site_questions = flag(m, "fan_site_questions", s.fan_site_questions);
    s.round_length = int_in(m, "round_length", s.round_length, {10, 15, 20});
    s.max_difficulty = int_in(m, "max_difficulty", s.max_difficulty, {1, 3});
    if (const auto it = m.find("families"); it != m.end() && !it->second.empty()) {
        std::string item;
        for (const char c : it->second + ",") {
            if (c == ',') {
                if (!item.empty())
                    s.families.push_back(item);
                item.clear();
            } else {
                item += c;
            }
        }
    }
    s.window_width = int_in(m, "window_width", s.window_width, {640, 16384});
    s.window_height = int_in(m, "window_height", s.window_height, {480, 16384});
    if (const auto it = m.find("last_player"); it != m.end())
        s.last_player = it->second;
    if (const auto it = m.find("party_mode");
        it != m.end() && (it->second == "everyone" || it->second == "buzz")) {
        s.party_mode = it->second;
    }
    s.party_teams = int_in(m, "party_teams", s.party_teams, {0, 2, 3, 4});
    if (const auto it = m.find("party_keys"); it != m.end())
        s.party_keys = it->second;
    if (const auto it = m.find("host_answers");
        it != m.end() && (it->second == "paper" || it->second == "devices")) {
        s.host_answers = it->second;
    }
    s.host_teams = int_in(m, "host_teams", s.host_teams, {2, 8});
    s.host_font_scale = int_in(m, "host_font_scale", s.host_font_scale, {100, 200});
    if (const auto it = m.find("question_set"); it != m.end())
        s.question_set = it->second;
    s.set_with_film = int_in(m, "set_with_film", 0, {0, 1}) == 1;
    return s;
}

std::map<std::string, std::string> GameSettings::to_map() const {
    return {
        {"volume", std::to_string(volume)},
        {"muted", muted ? "1" : "0"},
        {"timer_seconds", std::to_string(timer_seconds)},
        {"font_scale", std::to_string(font_scale)},
        {"reduced_motion", reduced_motion ? "1" : "0"},
        {"high_contrast", high_contrast ? "1" : "0"},
        {"fullscreen", fullscreen ? "1" : "0"},
        {"renderer", renderer},
        {"auto_advance", auto_advance ? "1" : "0"},
        {"speed_bonus", speed_bonus ? "1" : "0"},
        {"fan_site_questions", fan_site_questions ? "1" : "0"},
        {"round_length", std::to_string(round_length)},
        {"max_difficulty", std::to_string(max_difficulty)},
        {"families", core::join(families, ",")},
        {"window_width", std::to_string(window_width)},
        {"window_height", std::to_string(window_height)},
        {"last_player", last_player},
        {"party_mode", party_mode},
        {"party_teams", std::to_string(party_teams)},
        {"party_keys", party_keys},
        {"host_answers", host_answers},
        {"host_teams", std::to_string(host_teams)},
        {"host_font_scale", std::to_string(host_font_scale)},
        {"question_set", question_set},
        {"set_with_film", set_with_film ? "1" : "0"},
    };
}

}  // namespace filmquiz::app
