// Memory for one large batch command, such as `generate --all` on a long series' pack.
#pragma once

#include <cstdint>
#include <filesystem>

namespace filmquiz::cli {

// The bytes of JSON in a pack folder; 0 when it cannot be listed.
std::uintmax_t pack_json_bytes(const std::filesystem::path& dir);

// Prepares the heap of a process about to parse `json_bytes` of pack and build every
// question from it. Such a run touches some 40 bytes of memory per byte of JSON exactly
// once, and on a virtual machine each 4 KiB page costs a fault of about 12 µs: a third of
// the run. So, with glibc on Linux and for packs of at least a mebibyte, the main heap
// is reserved up front with transparent huge pages advised (one fault per 2 MiB), and
// memory freed is kept for reuse rather than handed back. Elsewhere,
// and for small packs, it does nothing. Returns whether the heap was prepared.
bool prepare_heap_for_batch(std::uintmax_t json_bytes);

}  // namespace filmquiz::cli
