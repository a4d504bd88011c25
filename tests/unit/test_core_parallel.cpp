// parallel_for: every index exactly once whatever the threads and chunk, and a failure reaches
// the caller after every thread has stopped.
#include "audit/core/parallel.hpp"
#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using namespace audit;

TEST_CASE("parallel_for: each index once, on any number of threads", "[core]") {
    for (unsigned threads : {0u, 1u, 3u, 8u})
        for (std::size_t chunk : {0u, 1u, 7u, 1000u})
            for (std::size_t count : {0u, 1u, 5u, 1001u}) {
                INFO("threads " << threads << " chunk " << chunk << " count " << count);
                std::vector<std::atomic<int>> seen(count);
                parallel_for(count, threads, chunk, [&](std::size_t i) { ++seen[i]; });
                for (std::size_t i = 0; i < count; ++i) CHECK(seen[i] == 1);
            }
}

TEST_CASE("parallel_for: an exception from one item is rethrown to the caller", "[core]") {
    auto each = [](std::size_t i) {
        if (i == 40) throw std::runtime_error("item 40");
    };
    for (unsigned threads : {1u, 3u}) CHECK_THROWS_WITH(parallel_for(10000, threads, 8, each), "item 40");
}
