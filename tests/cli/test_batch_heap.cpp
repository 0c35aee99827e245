#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "cli/batch_heap.hpp"
#include "test_support.hpp"

namespace {

// Whether the process's brk heap has a mapping advised for transparent huge pages ("hg").
bool heap_advised_huge() {
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool in_heap = false;
    while (std::getline(smaps, line)) {
        const bool header = !line.empty() && line.find(':') > line.find(' ');
        if (header && line.find('-') < line.find(' '))
            in_heap = line.ends_with("[heap]");
        if (in_heap && line.rfind("VmFlags:", 0) == 0 && line.find(" hg") != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a pack's JSON bytes count only its .json files") {
    const filmquiz::test::TempDir dir;
    filmquiz::test::write_text(dir.path() / "pack.json", std::string(10, ' '));
    filmquiz::test::write_text(dir.path() / "cast.json", std::string(5, ' '));
    filmquiz::test::write_text(dir.path() / "notes.txt", std::string(100, ' '));
    std::filesystem::create_directory(dir.path() / "extra.json");
    CHECK(filmquiz::cli::pack_json_bytes(dir.path()) == 15);
    CHECK(filmquiz::cli::pack_json_bytes(dir.path() / "missing") == 0);
}

TEST_CASE("a small pack leaves the heap alone and a large one gets huge pages") {
    CHECK_FALSE(filmquiz::cli::prepare_heap_for_batch(1024 * 1024 - 1));
    CHECK_FALSE(heap_advised_huge());
#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer brings its own allocator, which the preparation cannot reach.
    CHECK(filmquiz::cli::prepare_heap_for_batch(3 * 1024 * 1024));
    CHECK(heap_advised_huge());
#endif
}
