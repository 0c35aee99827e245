#include "cli/command_line.hpp"

#include <sstream>

#include <CLI/CLI.hpp>

namespace filmquiz::cli {

namespace {

void add_pack_option(CLI::App& app, std::optional<std::string>& pack) {
    app.add_option("--pack", pack, "Pack folder to use (default: the bundled Miss You Already)")
        ->type_name("DIR");
}

}  // namespace

ParseResult parse_command_line(int argc, const char* const* argv, std::ostream& out,
                               std::ostream& err) {
    CommandLine cmd;
    CLI::App app{
        "filmquiz: an offline trivia game for film lovers.\n"
        "With no command, starts the game.",
        "filmquiz"};
    app.set_version_flag("--version", std::string("filmquiz ") + FILMQUIZ_VERSION);
    app.require_subcommand(0, 1);
    app.add_option("--content-dir", cmd.content_dir,
                   "Folder holding the game's assets/ and questions/")
        ->type_name("DIR");

    // The game itself: options on the top level, so plain `filmquiz` starts it.
    add_pack_option(app, cmd.play.pack);
    auto* windowed = app.add_flag("--windowed", cmd.play.windowed, "Start in a window");
    auto* fullscreen = app.add_flag("--fullscreen", cmd.play.fullscreen, "Start in fullscreen");
    windowed->excludes(fullscreen);
    app.add_flag("--mute", cmd.play.mute, "Start with sound muted");
    app.add_option("--renderer", cmd.play.renderer,
                   "auto: GPU where there is one, else software; saved in settings")
        ->check(CLI::IsMember({"auto", "gpu", "software"}));
    app.add_option("--seed", cmd.play.seed, "Seed for the rounds (for reproducible screenshots)");
    auto* party =
        app.add_flag("--party", cmd.play.party,
                     "Open the watch-party lobby at once (players join with keys or gamepads)");
    app.add_flag("--host", cmd.play.host,
                 "Open a host's quiz at once: the host paces it for teams on paper or players "
                 "with keys and pads")
        ->excludes(party);
    app.add_option("--party-keys", cmd.play.party_keys,
                   "The keyboard's groups of keys for a party, e.g. \"1 2 3 4|Q W E R\" "
                   "(saved in settings; \"\" restores the default)");
    app.add_flag("--phones", cmd.play.phones,
                 "With --party or --host: players join from their phones' browsers on the local "
                 "network; prints the address and room code");
    app.add_option("--port", cmd.play.port,
                   "With --phones: the port phones connect to (default: any free port)")
        ->check(CLI::Range(1, 65535));

    CLI::App* check = app.add_subcommand(
        "check", "Check content packs and list every problem (default: every bundled pack)");
    check->add_option("PACK_DIR", cmd.check.packs, "Pack folders to check");

    CLI::App* generate = app.add_subcommand("generate", "Print generated questions");
    add_pack_option(*generate, cmd.generate.pack);
    generate->add_option("--seed", cmd.generate.seed, "Seed of the round")->capture_default_str();
    auto* count = generate->add_option("--count", cmd.generate.count, "Number of questions")
                      ->check(CLI::Range(1, 100))
                      ->capture_default_str();
    auto* all = generate->add_flag("--all", cmd.generate.all,
                                   "Every distinct question the pack can produce");
    count->excludes(all);
    generate
        ->add_option("--family", cmd.generate.families,
                     "Only these families: cast, characters, crew, plot, quotes, trivia")
        ->delimiter(',');
    generate->add_option("--max-difficulty", cmd.generate.max_difficulty, "1 to 3")
        ->check(CLI::Range(1, 3))
        ->capture_default_str();
    generate
        ->add_option("--spoiler-limit", cmd.generate.spoiler_limit,
                     "Only facts up to this plot position")
        ->check(CLI::NonNegativeNumber);
    generate
        ->add_option("--format", cmd.generate.format,
                     "text or json; gift or aiken for Moodle's question bank; pdf (a printable "
                     "quiz) and kahoot (Kahoot's .xlsx) need --output")
        ->check(CLI::IsMember({"text", "json", "gift", "aiken", "pdf", "kahoot"}))
        ->capture_default_str();
    generate
        ->add_option("--output", cmd.generate.output,
                     "Write to FILE instead of standard output ('-': standard output, never a "
                     "terminal for pdf and kahoot)")
        ->type_name("FILE");
    generate->add_option("--paper", cmd.generate.paper, "Paper size for pdf: a4 or letter")
        ->check(CLI::IsMember({"a4", "letter"}))
        ->capture_default_str();
    auto* set = generate
                    ->add_option("--set", cmd.generate.set,
                                 "An imported question set (from 'filmquiz import') instead of "
                                 "a pack: all of it, or --count questions drawn with --seed")
                    ->type_name("DIR");
    for (const char* pack_only : {"--pack", "--family", "--spoiler-limit"})
        set->excludes(generate->get_option(pack_only));

    CLI::App* scores = app.add_subcommand("scores", "Show high scores or a player's history");
    scores->add_option("--mode", cmd.scores.mode, "solo, party or host")
        ->check(CLI::IsMember({"solo", "party", "host"}));
    scores->add_option("--pack", cmd.scores.pack, "Pack id");
    scores->add_option("--player", cmd.scores.player, "One player's history");
    scores->add_option("--limit", cmd.scores.limit, "Rows to show")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    scores->add_option("--format", cmd.scores.format, "text, csv or json")
        ->check(CLI::IsMember({"text", "csv", "json"}))
        ->capture_default_str();
    scores
        ->add_option("--export-answers", cmd.scores.export_answers,
                     "Write every answer row to this CSV file")
        ->type_name("FILE.csv");

    CLI::App* import = app.add_subcommand(
        "import",
        "Turn a teacher's questions (Moodle GIFT or Aiken, Kahoot or plain CSV, Open Trivia DB "
        "JSON) into a question set, which 'generate --set' prints");
    import->add_option("FILE", cmd.import.file, "The file to import")->required();
    import
        ->add_option("--format", cmd.import.format,
                     "gift, aiken, csv or opentdb (default: guessed from the extension: .gift, "
                     ".csv, .json; for .txt and others from the content)")
        ->check(CLI::IsMember({"gift", "aiken", "csv", "opentdb"}));
    import
        ->add_option("--into", cmd.import.into,
                     "Folder to write the set to (default: sets/<file name> in the user data "
                     "folder)")
        ->type_name("DIR");
    import->add_flag("--force", cmd.import.force, "Replace a set already in that folder");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return {std::nullopt, 0};
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return {std::nullopt, 0};
    } catch (const CLI::CallForVersion&) {
        out << "filmquiz " << FILMQUIZ_VERSION << '\n';
        return {std::nullopt, 0};
    } catch (const CLI::ParseError& e) {
        err << "filmquiz: " << e.what() << "\nRun 'filmquiz --help' for usage.\n";
        return {std::nullopt, kUsageError};
    }

    // Phones join a lobby: the watch party's or the host's.
    const auto usage = [&](const std::string& problem) {
        err << "filmquiz: " << problem << "\nRun 'filmquiz --help' for usage.\n";
        return ParseResult{std::nullopt, kUsageError};
    };
    if (cmd.play.phones && !cmd.play.party && !cmd.play.host)
        return usage("--phones needs --party or --host (phones join the lobby)");
    if (cmd.play.port && !cmd.play.phones)
        return usage("--port needs --phones");

    if (check->parsed())
        cmd.command = CommandKind::check;
    if (generate->parsed())
        cmd.command = CommandKind::generate;
    if (scores->parsed())
        cmd.command = CommandKind::scores;
    if (import->parsed())
        cmd.command = CommandKind::import_questions;
    cmd.generate.count_given = count->count() > 0;
    return {std::move(cmd), 0};
}

}  // namespace filmquiz::cli
