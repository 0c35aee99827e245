// Helpers shared by tests: temporary folders and whole-file reads.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace filmquiz::test {

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// A fresh folder under the system temp dir, removed with everything in it at scope exit.
class TempDir {
  public:
    TempDir() {
        std::random_device device;
        const auto base = std::filesystem::temp_directory_path();
        for (int attempt = 0; attempt < 100; ++attempt) {
            path_ = base / ("filmquiz-test-" + std::to_string(device()));
            if (std::filesystem::create_directory(path_))
                return;
        }
        throw std::runtime_error("cannot create a temporary folder");
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace filmquiz::test

#include <cstdlib>
#include <sys/wait.h>

namespace filmquiz::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the built filmquiz with `args` (already shell-quoted) from `cwd`.
inline ProcessResult run_filmquiz(const std::string& args, const std::filesystem::path& cwd,
                                  const std::string& env = "") {
    TempDir capture;
    const std::string command = "cd '" + cwd.string() + "' && " + env + " '" FILMQUIZ_BINARY "' " +
                                args + " >'" + (capture.path() / "out").string() + "' 2>'" +
                                (capture.path() / "err").string() + "'";
    const int status = std::system(command.c_str());
    ProcessResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(capture.path() / "out");
    result.err = read_text(capture.path() / "err");
    return result;
}

}  // namespace filmquiz::test

namespace filmquiz::test {

// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF rows), independent of the
// writers under test.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (quoted || !field.empty() || !row.empty())
        throw std::runtime_error("unterminated CSV row");
    return rows;
}

}  // namespace filmquiz::test
