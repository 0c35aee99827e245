#include "cli/scores_command.hpp"

#include <cstdio>
#include <fstream>
#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "store/score_store.hpp"

namespace filmquiz::cli {

namespace {

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t length = core::utf8_length(text);
    return length >= width ? text : text + std::string(width - length, ' ');
}

std::string rpad(const std::string& text, std::size_t width) {
    const std::size_t length = core::utf8_length(text);
    return length >= width ? text : std::string(width - length, ' ') + text;
}

std::string day(const std::string& iso) {
    return iso.substr(0, 10);
}

void print_rows(const std::vector<store::ScoreRow>& rows, bool ranked, const std::string& format,
                std::ostream& out) {
    if (format == "json") {
        nlohmann::json array = nlohmann::json::array();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rows[i];
            nlohmann::json j;
            if (ranked)
                j["rank"] = i + 1;
            j["game"] = r.game_id;
            j["player"] = r.player;
            j["score"] = r.score;
            j["correct"] = r.correct;
            j["answered"] = r.answered;
            j["best_streak"] = r.best_streak;
            j["mode"] = r.mode;
            j["pack"] = r.pack_id;
            j["played_at"] = r.played_at;
            array.push_back(std::move(j));
        }
        out << array.dump(2) << '\n';
        return;
    }
    if (format == "csv") {
        out << (ranked ? "rank," : "") << "player,score,correct,answered,best_streak,mode,pack,"
            << "played_at\r\n";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rows[i];
            if (ranked)
                out << i + 1 << ',';
            out << store::csv_field(r.player) << ',' << r.score << ',' << r.correct << ','
                << r.answered << ',' << r.best_streak << ',' << store::csv_field(r.mode) << ','
                << store::csv_field(r.pack_id) << ',' << store::csv_field(r.played_at) << "\r\n";
        }
        return;
    }
    out << (ranked ? "  #  " : "") << pad("Player", 24) << "  Score  Right  Streak  "
        << pad("Mode", 5) << "  " << pad("Pack", 18) << "  Date\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        if (ranked)
            out << rpad(std::to_string(i + 1), 3) << "  ";
        out << pad(r.player, 24) << "  " << rpad(std::to_string(r.score), 5) << "  "
            << rpad(std::to_string(r.correct) + "/" + std::to_string(r.answered), 5) << "  "
            << rpad(std::to_string(r.best_streak), 6) << "  " << pad(r.mode, 5) << "  "
            << pad(r.pack_id, 18) << "  " << day(r.played_at) << '\n';
    }
}

}  // namespace

int run_scores(const ScoresOptions& options, std::ostream& out, std::ostream& err) {
    std::unique_ptr<store::ScoreStore> scores;
    try {
        store::ScoreStore::Opened opened = store::ScoreStore::open(store::user_data_dir());
        if (!opened.notice.empty())
            err << "filmquiz: " << opened.notice << '\n';
        scores = std::move(opened.store);
    } catch (const store::StoreError& e) {
        err << "filmquiz: scores: " << e.what() << '\n';
        return 1;
    }

    if (options.export_answers) {
        const std::filesystem::path target = *options.export_answers;
        const std::filesystem::path temp = target.string() + ".part";
        std::ostringstream csv;
        scores->export_answers_csv(csv);
        {
            std::ofstream file(temp, std::ios::binary | std::ios::trunc);
            // A byte-order mark tells spreadsheets the file is UTF-8.
            file << "\xEF\xBB\xBF" << csv.str();
            file.flush();
            if (!file) {
                err << "filmquiz: scores: cannot write " << target.string() << '\n';
                std::error_code ec;
                std::filesystem::remove(temp, ec);
                return 1;
            }
        }
        std::error_code ec;
        std::filesystem::rename(temp, target, ec);
        if (ec) {
            err << "filmquiz: scores: cannot write " << target.string() << ": " << ec.message()
                << '\n';
            std::filesystem::remove(temp, ec);
            return 1;
        }
        const std::string text = csv.str();
        const auto rows = std::count(text.begin(), text.end(), '\n') - 1;
        out << "Wrote " << rows << (rows == 1 ? " answer" : " answers") << " to " << target.string()
            << '\n';
        return 0;
    }

    store::ScoreQuery query;
    if (options.mode)
        query.mode = store::game_mode_from_string(*options.mode);
    query.pack_id = options.pack;
    query.limit = options.limit;

    if (options.player) {
        if (!scores->find_player(*options.player)) {
            std::vector<std::string> names;
            for (const auto& p : scores->players())
                names.push_back(p.name);
            err << "filmquiz: scores: no player named \"" << *options.player << "\"";
            if (const auto hint = core::did_you_mean(*options.player, names)) {
                err << " (did you mean \"" << *hint << "\"?)";
            }
            err << '\n';
            return 1;
        }
        const auto rows = scores->history(*options.player, query);
        if (options.format == "text") {
            out << *options.player << ": last " << rows.size()
                << (rows.size() == 1 ? " game" : " games") << ", oldest first\n";
        }
        print_rows(rows, false, options.format, out);
        return 0;
    }
    const auto rows = scores->top_scores(query);
    if (options.format == "text") {
        out << "High scores (" << (options.mode ? *options.mode : std::string("all modes")) << ", "
            << (options.pack ? *options.pack : std::string("all packs")) << ")\n";
        if (rows.empty()) {
            out << "No scores yet: play a round with 'filmquiz'.\n";
            return 0;
        }
    }
    print_rows(rows, true, options.format, out);
    return 0;
}

}  // namespace filmquiz::cli
