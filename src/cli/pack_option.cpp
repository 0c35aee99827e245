#include "cli/pack_option.hpp"

#include "content/pack_loader.hpp"

namespace filmquiz::cli {

std::optional<core::Pack> load_pack_option(const std::optional<std::string>& pack_dir,
                                           const content::ContentDir& content, std::ostream& err) {
    const std::filesystem::path dir =
        pack_dir ? std::filesystem::path(*pack_dir) : content.default_pack();
    const std::string shown = pack_dir ? *pack_dir : content::display_path(dir);
    content::PackLoad load = content::load_pack(dir, shown);
    if (!load.pack) {
        err << load.diagnostics.format();
        err << "filmquiz: " << shown << ": the pack has errors (see 'filmquiz check " << shown
            << "')\n";
        return std::nullopt;
    }
    return std::move(load.pack);
}

}  // namespace filmquiz::cli
