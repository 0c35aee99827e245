#include "screens/round_flow.hpp"

#include <nlohmann/json.hpp>

#include "screens/question_screen.hpp"

namespace filmquiz::screens {

std::string current_player(app::Services& services) {
    const std::string& name = services.settings().last_player;
    return name.empty() ? "Player" : name;
}

core::RoundSettings round_settings(app::Services& services, const RoundChoices& choices) {
    const app::GameSettings& s = services.settings();
    core::RoundSettings rs;
    rs.count = s.round_length;
    rs.max_difficulty = s.max_difficulty;
    rs.spoiler_limit = choices.spoiler_limit;
    for (const std::string& name : s.families) {
        if (const auto f = core::family_from_string(name))
            rs.families.push_back(*f);
    }
    rs.recently_asked = services.recent_question_ids(current_player(services));
    return rs;
}

std::unique_ptr<app::Screen> start_round(app::Services& services, const RoundChoices& choices) {
    const core::RoundSettings rs = round_settings(services, choices);
    core::Round round = core::compose(services.bank(), rs, services.next_seed());
    core::PlaySettings play;
    play.timer_seconds = services.settings().timer_seconds;
    play.speed_bonus = services.settings().speed_bonus;
    auto session = std::make_shared<core::RoundSession>(
        std::move(round), play, std::vector<std::string>{current_player(services)});
    return std::make_unique<QuestionScreen>(std::move(session), rs);
}

store::GameRecord game_record(const core::RoundSession& session, const core::Pack& pack,
                              const core::RoundSettings& settings) {
    store::GameRecord g;
    g.mode = store::GameMode::solo;
    g.pack_id = pack.id;
    g.pack_version = pack.version;
    g.seed = session.round().seed;
    nlohmann::json j;
    j["count"] = settings.count;
    j["max_difficulty"] = settings.max_difficulty;
    j["timer_seconds"] = session.settings().timer_seconds;
    j["speed_bonus"] = session.settings().speed_bonus;
    std::vector<std::string> families;
    for (const auto f : settings.families)
        families.emplace_back(core::to_string(f));
    j["families"] = families;
    if (settings.spoiler_limit)
        j["spoiler_limit"] = *settings.spoiler_limit;
    g.settings_json = j.dump();
    g.duration_ms = session.duration_ms();
    g.question_count = session.count();
    for (const core::Participant& p : session.participants()) {
        g.participants.push_back({p.name, p.score, p.correct, p.answered, p.best_streak});
    }
    for (const core::Outcome& o : session.outcomes()) {
        const core::Question& q =
            session.round().questions[static_cast<std::size_t>(o.question_index)];
        store::AnswerRecord a;
        a.question_index = o.question_index;
        a.question_id = q.id;
        a.family = std::string(core::to_string(q.family));
        a.player = session.participants()[static_cast<std::size_t>(o.participant)].name;
        a.given = o.given.describe(q);
        a.question_text = q.prompt;
        a.given_text = o.given.as_text(q);
        a.right_answer = q.answer_text();
        a.correct = o.correct;
        a.time_ms = o.time_ms;
        a.points = o.points.total();
        g.answers.push_back(std::move(a));
    }
    return g;
}

}  // namespace filmquiz::screens
