#include "cli/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace filmquiz::cli {

namespace {

std::string cannot_write(const std::filesystem::path& target, int error) {
    return "cannot write " + target.string() + ": " + std::strerror(error);
}

// Closes a POSIX file descriptor at scope exit.
class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    int get() const { return fd_; }
    // Closes now and reports close()'s error, which is where a full disk can show up.
    int close() {
        const int result = ::close(fd_);
        fd_ = -1;
        return result;
    }

  private:
    int fd_;
};

}  // namespace

PendingFile::PendingFile(std::filesystem::path target, std::filesystem::path temp)
    : target_(std::move(target)), temp_(std::move(temp)) {}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : target_(std::move(other.target_)), temp_(std::move(other.temp_)), done_(other.done_) {
    other.done_ = true;
}

PendingFile::~PendingFile() {
    if (!done_) {
        std::error_code ignored;  // nothing more to do about a temp file that will not go
        std::filesystem::remove(temp_, ignored);
    }
}

std::variant<PendingFile, std::string> PendingFile::create(const std::filesystem::path& target) {
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::random_device device;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::filesystem::path temp =
            folder / ("." + target.filename().string() + ".filmquiz-" + std::to_string(device()));
        // 0666 minus the umask, like any file the user's programs create; O_EXCL so a
        // concurrent run never shares the temporary file.
        Descriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
        if (fd.get() >= 0) {
            if (fd.close() != 0)
                return cannot_write(target, errno);
            return PendingFile(target, temp);
        }
        if (errno != EEXIST)
            return cannot_write(target, errno);
    }
    return cannot_write(target, EEXIST);
}

std::optional<std::string> PendingFile::commit() {
    if (std::rename(temp_.c_str(), target_.c_str()) != 0)
        return cannot_write(target_, errno);
    done_ = true;
    return std::nullopt;
}

std::optional<std::string> write_file_whole(const std::filesystem::path& target,
                                            std::string_view bytes) {
    auto pending = PendingFile::create(target);
    if (auto* error = std::get_if<std::string>(&pending))
        return *error;
    PendingFile& file = std::get<PendingFile>(pending);
    Descriptor fd(::open(file.temp_path().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC));
    if (fd.get() < 0)
        return cannot_write(target, errno);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return cannot_write(target, errno);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0 || fd.close() != 0)
        return cannot_write(target, errno);
    return file.commit();
}

}  // namespace filmquiz::cli
