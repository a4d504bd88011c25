#pragma once
// Work shared by a few threads without a pool: each thread takes the next slice of indices not
// yet started, so uneven items (one long text, one slow check) do not leave a core idle.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace audit {

// Calls each(i) for every i in [0, count) on up to `threads` threads, the caller's among them,
// `chunk` indices at a time. An exception from `each` stops the others taking more and is
// rethrown here once every thread has finished.
template <typename Each>
void parallel_for(std::size_t count, unsigned threads, std::size_t chunk, Each&& each) {
    chunk = std::max<std::size_t>(1, chunk);
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        try {
            for (std::size_t from = next.fetch_add(chunk); from < count; from = next.fetch_add(chunk))
                for (std::size_t i = from; i < std::min(count, from + chunk); ++i) each(i);
        } catch (...) {
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = count;
        }
    };
    const std::size_t slices = (count + chunk - 1) / chunk;
    const std::size_t used = std::min<std::size_t>(std::max(1u, threads), slices);
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < used; ++t) helpers.emplace_back(work);
    work();
    for (std::thread& t : helpers) t.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace audit
