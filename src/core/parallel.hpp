// Two pieces of work at once: one on this thread, one on a helper thread.
#pragma once

#include <exception>
#include <thread>
#include <utility>

namespace filmquiz::core {

// Runs `here` on this thread while `there` runs on a helper thread, and returns when both
// are done. An exception from either is thrown again here, this thread's first.
template <typename Here, typename There>
void run_both(Here&& here, There&& there) {
    std::exception_ptr failure;
    std::thread helper([&] {
        try {
            std::forward<There>(there)();
        } catch (...) {
            failure = std::current_exception();
        }
    });
    try {
        std::forward<Here>(here)();
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (failure)
        std::rethrow_exception(failure);
}

}  // namespace filmquiz::core
