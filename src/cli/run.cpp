#include "cli/run.hpp"

#include "cli/check_command.hpp"
#include "cli/command_line.hpp"
#include "cli/generate_command.hpp"
#include "cli/import_command.hpp"
#include "cli/scores_command.hpp"
#include "content/content_dir.hpp"

namespace filmquiz::cli {

namespace {

// Where the running executable is: the kernel knows, without SDL.
std::filesystem::path executable_dir() {
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : self.parent_path();
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
        const PlayLauncher& play) {
    ParseResult parsed = parse_command_line(argc, argv, out, err);
    if (!parsed.command)
        return parsed.exit_code;
    const CommandLine& cmd = *parsed.command;

    std::optional<std::filesystem::path> override_dir;
    if (cmd.content_dir)
        override_dir = *cmd.content_dir;
    auto located = content::locate_content(
        override_dir, executable_dir(), FILMQUIZ_DATA_DIR_FROM_BINDIR, FILMQUIZ_INSTALL_DATA_DIR);
    const content::ContentDir* content = std::get_if<content::ContentDir>(&located);
    const std::string* content_error = std::get_if<std::string>(&located);

    // `check` with explicit packs, and `scores`, work without the bundled content.
    if (cmd.command == CommandKind::check && !cmd.check.packs.empty()) {
        return run_check(cmd.check, nullptr, out, err);
    }
    if (cmd.command == CommandKind::scores)
        return run_scores(cmd.scores, out, err);
    // Imported sets need no pack.
    if (cmd.command == CommandKind::import_questions)
        return run_import(cmd.import, out, err);
    if (content == nullptr) {
        err << "filmquiz: " << *content_error << '\n';
        return 1;
    }
    switch (cmd.command) {
        case CommandKind::check:
            return run_check(cmd.check, content, out, err);
        case CommandKind::generate:
            // A set's printable PDF uses the game's fonts, so sets need the content too.
            if (cmd.generate.set)
                return run_generate_set(cmd.generate, *content, out, err);
            return run_generate(cmd.generate, *content, out, err);
        case CommandKind::scores:
            return run_scores(cmd.scores, out, err);
        case CommandKind::import_questions:
            return run_import(cmd.import, out, err);
        case CommandKind::play:
            return play(cmd.play, *content);
    }
    return 1;
}

}  // namespace filmquiz::cli
