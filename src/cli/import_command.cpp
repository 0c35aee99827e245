#include "cli/import_command.hpp"

#include <filesystem>

#include "formats/importer.hpp"
#include "formats/question_set.hpp"
#include "store/score_store.hpp"

namespace filmquiz::cli {

namespace {

// Where imported sets go by default. The only place the command asks for the user data
// folder, so a change to how that folder is found reaches sets too.
std::filesystem::path default_sets_dir() {
    return store::user_data_dir() / "sets";
}

std::string plural(int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err) {
    std::optional<formats::Format> format;
    if (options.format)
        format = formats::format_from_string(*options.format);
    formats::Import imported = formats::import_file(options.file, format, options.file);
    err << imported.diagnostics.format();
    const int errors = imported.diagnostics.error_count();
    const int warnings = imported.diagnostics.warning_count();
    if (!imported.set) {
        err << "filmquiz: import: " << options.file << ": " << plural(errors, "error");
        if (warnings > 0)
            err << ", " << plural(warnings, "warning");
        err << "; nothing written\n";
        return 1;
    }

    std::filesystem::path dir;
    if (options.into) {
        dir = *options.into;
    } else {
        try {
            dir = default_sets_dir() / std::filesystem::path(options.file).stem();
        } catch (const std::exception& e) {
            err << "filmquiz: import: " << e.what() << '\n';
            return 1;
        }
    }
    std::error_code ec;
    if (std::filesystem::exists(dir / formats::kSetFileName, ec) && !options.force) {
        err << "filmquiz: import: " << dir.string()
            << " already holds a question set; add --force to replace it\n";
        return 1;
    }
    imported.set->imported_at = store::utc_now_iso();
    if (const auto failed = formats::write_set(dir, *imported.set)) {
        err << "filmquiz: import: " << *failed << '\n';
        return 1;
    }
    const int count = static_cast<int>(imported.set->questions.size());
    out << "Imported " << plural(count, "question") << " from " << options.file << " into "
        << dir.string();
    if (warnings > 0)
        out << " (" << plural(warnings, "warning") << ": see above)";
    out << ".\nPrint them with: filmquiz generate --set " << dir.string() << "\n";
    return 0;
}

}  // namespace filmquiz::cli
