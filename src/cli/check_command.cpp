#include "cli/check_command.hpp"

#include "content/pack_loader.hpp"

namespace filmquiz::cli {

int run_check(const CheckOptions& options, const content::ContentDir* content, std::ostream& out,
              std::ostream& err) {
    std::vector<std::pair<std::filesystem::path, std::string>> packs;
    for (const std::string& p : options.packs) {
        std::string shown = p;
        while (shown.size() > 1 && shown.back() == '/')
            shown.pop_back();
        packs.emplace_back(p, shown);
    }
    if (packs.empty()) {
        if (content == nullptr) {
            err << "filmquiz: check: no pack given and no bundled content found\n";
            return 1;
        }
        for (const auto& dir : content::list_packs(content->questions())) {
            packs.emplace_back(dir, content::display_path(dir));
        }
        if (packs.empty()) {
            err << "filmquiz: check: no packs in " << content::display_path(content->questions())
                << '\n';
            return 1;
        }
    }

    int failed = 0;
    for (const auto& [dir, shown] : packs) {
        const content::PackLoad load = content::load_pack(dir, shown);
        err << load.diagnostics.format();
        const int errors = load.diagnostics.error_count();
        const int warnings = load.diagnostics.warning_count();
        out << shown << ": ";
        if (load.pack) {
            const core::Pack& pack = *load.pack;
            out << "ok, \"" << pack.title << "\": " << pack.cast.size() << " cast, "
                << pack.characters.size() << " characters, " << pack.plot.size() << " plot events, "
                << pack.quotes.size() << " quotes, " << pack.claims.size() << " claims, "
                << pack.songs.size() << " songs";
        } else {
            out << errors << (errors == 1 ? " error" : " errors");
            ++failed;
        }
        if (warnings > 0)
            out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
        out << '\n';
    }
    return failed > 0 ? 1 : 0;
}

}  // namespace filmquiz::cli
