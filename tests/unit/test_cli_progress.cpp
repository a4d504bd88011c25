#include "audit/cli/progress.hpp"
#include "audit/pipeline/timings.hpp"
#include <catch2/catch.hpp>
#include <cstdio>
#include <thread>

using namespace audit;

TEST_CASE("progress: a line shows stage, bar, counts, rate and time left", "[cli]") {
    const std::string line = render_progress("importing", 25, 100, 5.0, 80);
    CHECK(line.starts_with("importing ["));
    CHECK(line.find("25/100") != std::string::npos);
    CHECK(line.find("5.0/s") != std::string::npos);   // 25 in 5 s
    CHECK(line.find("ETA 0:15") != std::string::npos); // 75 left at 5 per second
    CHECK(line.size() <= 80);
    // A quarter of the bar is filled.
    const auto open = line.find('['), close = line.find(']');
    const std::string bar = line.substr(open + 1, close - open - 1);
    CHECK(std::count(bar.begin(), bar.end(), '#') == static_cast<long>(bar.size() / 4));
}

TEST_CASE("progress: no rate before it is known and no ETA when done", "[cli]") {
    CHECK(render_progress("checking", 0, 26, 0.0, 80).find("/s") == std::string::npos);
    const std::string done = render_progress("checking", 26, 26, 2.0, 80);
    CHECK(done.find("26/26") != std::string::npos);
    CHECK(done.find("ETA") == std::string::npos);
    CHECK(render_progress("photos", 5000, 20000, 3000.0, 80).find("ETA 2:30:00") != std::string::npos);
    CHECK(render_progress("a very long stage name indeed", 1, 2, 1.0, 20).size() <= 20);
    CHECK(render_progress("checking", 30, 26, 1.0, 80).find("26/26") != std::string::npos);
}

TEST_CASE("progress: draws nothing when the stream is not a terminal", "[cli]") {
    std::FILE* file = std::tmpfile();
    REQUIRE(file);
    {
        ProgressBar bar(file, true);
        CHECK_FALSE(bar.active());
        CHECK_FALSE(bar.callback());
        bar.update("checking", 1, 2);
    }
    CHECK(std::ftell(file) == 0);
    std::fclose(file);
}

TEST_CASE("timings: stages add up by name in first-seen order", "[cli]") {
    Timings timings(true);
    timings.add("parse", {1.0, 0.5});
    timings.add("read", {0.25, 0.25});
    timings.add("parse", {2.0, 1.0});
    {
        StageTimer timer(timings, "work");
        volatile double x = 0;
        for (int i = 0; i < 2'000'000; ++i) x = x + 1;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    auto stages = timings.stages();
    REQUIRE(stages.size() == 3);
    CHECK(stages[0].stage == "parse");
    CHECK(stages[0].wall_s == Approx(3.0));
    CHECK(stages[0].cpu_s == Approx(1.5));
    CHECK(stages[1].stage == "read");
    CHECK(stages[2].stage == "work");
    CHECK(stages[2].wall_s >= 0.02);
    CHECK(stages[2].cpu_s > 0);
    CHECK(stages[2].cpu_s < stages[2].wall_s); // it slept
    CHECK(peak_rss_kb() > 1000);
    Timings off(false);
    off.add("parse", {1, 1});
    { StageTimer timer(off, "work"); }
    CHECK(off.stages().empty());
    const std::string text = format_timings(stages, 2048);
    CHECK(text.find("parse") != std::string::npos);
    CHECK(text.find("peak memory 2.0 MB") != std::string::npos);
}
