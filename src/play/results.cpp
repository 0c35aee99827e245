#include "play/results.hpp"

#include "core/player.hpp"

namespace filmquiz::play {

store::GameMode stored_mode(Mode mode) {
    switch (mode) {
        case Mode::solo:
            return store::GameMode::solo;
        case Mode::everyone:
        case Mode::buzz:
            return store::GameMode::party;
        case Mode::host:
            return store::GameMode::host;
    }
    return store::GameMode::solo;
}

store::GameRecord game_record(const Match& match, const core::Pack& pack,
                              const core::RoundSettings& settings) {
    const core::RoundSession& session = match.session();
    store::GameRecord g;
    g.mode = stored_mode(match.mode());
    g.pack_id = pack.id;
    g.pack_version = pack.version;
    g.seed = session.round().seed;

    store::RoundSetup setup;
    setup.count = settings.count;
    setup.max_difficulty = settings.max_difficulty;
    setup.timer_seconds = session.settings().timer_seconds;
    setup.speed_bonus = session.settings().speed_bonus;
    for (const auto f : settings.families)
        setup.families.emplace_back(core::to_string(f));
    setup.spoiler_limit = settings.spoiler_limit;
    if (match.mode() == Mode::everyone || match.mode() == Mode::buzz)
        setup.answer_mode = std::string(to_string(match.mode()));
    g.settings_json = store::to_json(setup);

    g.duration_ms = match.duration_ms();
    g.question_count = match.asked();
    for (const core::Participant& p : session.participants())
        g.participants.push_back({p.name, p.score, p.correct, p.answered, p.best_streak});
    for (const core::Outcome& o : session.outcomes()) {
        if (match.skipped(o.question_index))
            continue;
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

std::optional<std::size_t> table_place(const std::vector<store::ScoreRow>& table, int score,
                                       std::size_t size) {
    std::vector<int> scores;
    for (const auto& row : table)
        scores.push_back(row.score);
    return core::table_position(scores, score, size);
}

}  // namespace filmquiz::play
