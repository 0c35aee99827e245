// libFuzzer target: any bytes as any one file of the bundled pack must give diagnostics,
// never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "content/pack_loader.hpp"

namespace {

std::map<std::string, std::string> load_bundled_pack() {
    std::map<std::string, std::string> files;
    const std::filesystem::path dir =
        std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions" / "miss-you-already";
    for (const std::string& name : filmquiz::content::pack_file_names()) {
        std::ifstream in(dir / name, std::ios::binary);
        if (!in)
            continue;
        std::ostringstream text;
        text << in.rdbuf();
        files[name] = text.str();
    }
    return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::map<std::string, std::string> bundled = load_bundled_pack();
    if (size == 0)
        return 0;
    // The first byte picks the file to replace; the rest is its new content.
    const auto& names = filmquiz::content::pack_file_names();
    std::map<std::string, std::string> files = bundled;
    files[names[data[0] % names.size()]] =
        std::string(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto load = filmquiz::content::load_pack_from_memory(files, "fuzz");
    // Every error must point into a file at a real position.
    for (const auto& d : load.diagnostics.all()) {
        if (d.where.line < 1 || d.where.column < 1)
            __builtin_trap();
    }
    if (load.pack.has_value() == load.diagnostics.has_errors())
        __builtin_trap();
    return 0;
}
