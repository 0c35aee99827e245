// Writes a command's output file whole or not at all: into a temporary file beside it,
// renamed over the target only when complete, so a failure never leaves half a file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace filmquiz::cli {

class PendingFile {
  public:
    // Creates an empty temporary file in the target's folder; a one-line error (naming the
    // target as the user typed it) when that folder cannot be written.
    static std::variant<PendingFile, std::string> create(const std::filesystem::path& target);

    PendingFile(PendingFile&& other) noexcept;
    PendingFile& operator=(PendingFile&&) = delete;
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;
    // Removes the temporary file unless it was committed.
    ~PendingFile();

    // Where the content is written before commit().
    const std::filesystem::path& temp_path() const { return temp_; }

    // Replaces the target with the temporary file; a one-line error when it cannot.
    std::optional<std::string> commit();

  private:
    PendingFile(std::filesystem::path target, std::filesystem::path temp);
    std::filesystem::path target_;
    std::filesystem::path temp_;
    bool done_ = false;
};

// `bytes` to `target` through a PendingFile; a one-line error when it fails.
std::optional<std::string> write_file_whole(const std::filesystem::path& target,
                                            std::string_view bytes);

}  // namespace filmquiz::cli
