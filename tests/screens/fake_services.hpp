// A Services for screen tests: a real pack and question bank, an in-memory record of every
// cue, save and screen change, and a clock the test moves.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "app/screen.hpp"
#include "content/pack_loader.hpp"
#include "test_support.hpp"

namespace filmquiz::test {

class FakeServices final : public app::Services {
  public:
    FakeServices() : metrics_(1280, 720, 1.0) {
        auto load = content::load_pack(
            std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions" / "miss-you-already",
            "miss-you-already");
        pack_ = std::make_unique<core::Pack>(std::move(*load.pack));
        bank_ = std::make_unique<core::QuestionBank>(*pack_);
    }

    // The screen stack, as the real loop keeps it; changes apply after each call.
    std::vector<std::unique_ptr<app::Screen>> stack;
    std::vector<app::Cue> cues;
    std::vector<store::GameRecord> saved;
    std::vector<std::tuple<std::int64_t, std::string, std::string>> renames;
    std::vector<store::ScoreRow> table;  // what top_scores returns
    std::vector<store::ScoreRow> past;   // what history returns
    int settings_saves = 0;
    bool quit_called = false;
    bool text_input = false;
    bool controller = false;
    std::uint32_t clock = 1000;
    std::uint64_t seed = 7;
    app::GameSettings game_settings;
    std::optional<std::string> notice;
    std::vector<std::int32_t> pads;                           // gamepads plugged in
    std::vector<std::string> known_players;                   // what player_names returns
    std::map<std::string, std::vector<core::Question>> sets;  // what question_sets offers

    void start(std::unique_ptr<app::Screen> s) {
        stack.push_back(std::move(s));
        stack.back()->enter(*this);
        apply();
    }
    app::Screen& top() { return *stack.back(); }
    std::string top_name() { return std::string(stack.back()->name()); }
    bool send(const app::Input& in) {
        const bool used = top().handle(in, *this);
        apply();
        return used;
    }
    void advance(std::uint32_t ms) {
        clock += ms;
        top().update(clock, *this);
        apply();
    }
    void set_metrics(const app::Metrics& m) { metrics_ = m; }
    int count(app::Cue cue) const {
        return static_cast<int>(std::count(cues.begin(), cues.end(), cue));
    }

    void push(std::unique_ptr<app::Screen> s) override {
        pending_.push_back(
            [this, p = std::make_shared<std::unique_ptr<app::Screen>>(std::move(s))] {
                stack.push_back(std::move(*p));
                stack.back()->enter(*this);
            });
    }
    void pop() override {
        pending_.push_back([this] {
            stack.back()->leave(*this);
            stack.pop_back();
        });
    }
    void replace(std::unique_ptr<app::Screen> s) override {
        pending_.push_back(
            [this, p = std::make_shared<std::unique_ptr<app::Screen>>(std::move(s))] {
                stack.back()->leave(*this);
                stack.pop_back();
                stack.push_back(std::move(*p));
                stack.back()->enter(*this);
            });
    }
    void reset_to(std::unique_ptr<app::Screen> s) override {
        pending_.push_back(
            [this, p = std::make_shared<std::unique_ptr<app::Screen>>(std::move(s))] {
                while (!stack.empty()) {
                    stack.back()->leave(*this);
                    stack.pop_back();
                }
                stack.push_back(std::move(*p));
                stack.back()->enter(*this);
            });
    }
    void quit() override { quit_called = true; }
    void invalidate() override {}
    void play(app::Cue cue) override { cues.push_back(cue); }
    app::GameSettings& settings() override { return game_settings; }
    void save_settings() override { ++settings_saves; }
    const core::Pack& pack() override { return *pack_; }
    const core::QuestionBank& bank() override { return *bank_; }
    std::uint64_t next_seed() override { return seed++; }
    std::optional<std::int64_t> save_game(const store::GameRecord& g, std::string*) override {
        saved.push_back(g);
        return static_cast<std::int64_t>(saved.size());
    }
    bool rename_player_in_game(std::int64_t id, const std::string& from, const std::string& to,
                               std::string*) override {
        renames.emplace_back(id, from, to);
        return true;
    }
    std::vector<store::ScoreRow> top_scores(int, store::GameMode mode) override {
        modes_asked.push_back(mode);
        return table;
    }
    std::vector<store::GameMode> modes_asked;  // the tables top_scores was asked for
    std::vector<store::ScoreRow> history(const std::string&, int) override { return past; }
    std::set<std::string> recent_question_ids(const std::string&) override { return {}; }
    std::optional<std::string> take_notice() override {
        auto n = notice;
        notice.reset();
        return n;
    }
    std::filesystem::path assets_dir() override {
        return std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets";
    }
    std::uint32_t now_ms() override { return clock; }
    const app::Metrics& metrics() override { return metrics_; }
    void set_text_input(bool on) override { text_input = on; }
    bool has_controller() override { return controller || !pads.empty(); }
    std::string controller_name(std::int32_t pad) override {
        return "Test pad " + std::to_string(pad);
    }
    std::vector<std::int32_t> controllers() override { return pads; }
    std::vector<std::string> player_names() override { return known_players; }
    std::vector<std::string> question_sets() override {
        std::vector<std::string> names;
        for (const auto& [name, questions] : sets)
            names.push_back(name);
        return names;
    }
    std::vector<core::Question> set_questions(const std::string& name, int count, std::uint64_t,
                                              std::string& error) override {
        const auto it = sets.find(name);
        if (it == sets.end()) {
            error = "the set " + name + " is gone";
            return {};
        }
        std::vector<core::Question> out = it->second;
        if (static_cast<int>(out.size()) > count)
            out.resize(static_cast<std::size_t>(count));
        return out;
    }

    // Phones: a real hub, on 127.0.0.1 only, once a screen turns them on.
    net::Hub* phones() override { return hub_ && hub_->running() ? hub_.get() : nullptr; }
    net::StartResult start_phones() override {
        if (!hub_) {
            net::HubOptions o;
            o.web_root = std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "web";
            o.bind_address = "127.0.0.1";
            o.room_code = "WXYZ";
            o.log = [](const std::string&) {};
            hub_ = std::make_unique<net::Hub>(std::move(o));
        }
        return hub_->start();
    }
    void stop_phones() override {
        if (hub_)
            hub_->stop();
    }

  private:
    void apply() {
        while (!pending_.empty()) {
            auto changes = std::move(pending_);
            pending_.clear();
            for (auto& c : changes)
                c();
        }
    }
    std::unique_ptr<core::Pack> pack_;
    std::unique_ptr<core::QuestionBank> bank_;
    app::Metrics metrics_;
    std::vector<std::function<void()>> pending_;
    std::unique_ptr<net::Hub> hub_;
};

}  // namespace filmquiz::test
