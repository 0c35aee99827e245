// The command line: options of the game and of every subcommand, parsed with CLI11.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace filmquiz::cli {

enum class CommandKind { play, check, generate, scores, import_questions };

struct PlayOptions {
    std::optional<std::string> pack;
    bool windowed = false;
    bool fullscreen = false;
    bool mute = false;
    std::optional<std::string> renderer;  // auto | gpu | software
    std::optional<std::uint64_t> seed;
    bool party = false;                     // open the watch-party lobby at once
    bool host = false;                      // open a host's quiz at once
    std::optional<std::string> party_keys;  // the keyboard's zones; saved in settings
    bool phones = false;                    // the lobby opens with joining from phones on
    std::optional<int> port;                // the phones' port (1-65535)
};

struct CheckOptions {
    std::vector<std::string> packs;
};

struct GenerateOptions {
    std::optional<std::string> pack;
    std::uint64_t seed = 1;
    int count = 10;
    bool all = false;
    std::vector<std::string> families;
    int max_difficulty = 3;
    std::optional<int> spoiler_limit;
    std::string format = "text";
    std::optional<std::string> output;  // a file, or "-" for standard output
    std::string paper = "a4";           // a4 | letter, for --format pdf
    std::optional<std::string> set;     // an imported question set instead of a pack
    bool count_given = false;           // --count on the command line (a set prints all without)
};

struct ImportOptions {
    std::string file;
    std::optional<std::string> format;  // gift | aiken | csv | opentdb; guessed when empty
    std::optional<std::string> into;
    bool force = false;
};

struct ScoresOptions {
    std::optional<std::string> mode;
    std::optional<std::string> pack;
    std::optional<std::string> player;
    int limit = 10;
    std::string format = "text";
    std::optional<std::string> export_answers;
};

struct CommandLine {
    CommandKind command = CommandKind::play;
    std::optional<std::string> content_dir;
    PlayOptions play;
    CheckOptions check;
    GenerateOptions generate;
    ScoresOptions scores;
    ImportOptions import;
};

// Exit status for a command line that cannot be understood.
inline constexpr int kUsageError = 2;

struct ParseResult {
    std::optional<CommandLine> command;  // empty when the program should exit now
    int exit_code = 0;                   // used when `command` is empty
};

// Parses argv; --help and --version print to `out`, usage errors to `err`.
ParseResult parse_command_line(int argc, const char* const* argv, std::ostream& out,
                               std::ostream& err);

}  // namespace filmquiz::cli
