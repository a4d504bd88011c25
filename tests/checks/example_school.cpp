#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <stdexcept>

namespace audit::test {

const SchoolProfile& example_school() {
    static const SchoolProfile profile = [] {
        auto loaded = load_profile(examples_dir() / "school.toml");
        if (!loaded) throw std::runtime_error(loaded.error().message);
        return *loaded;
    }();
    return profile;
}

} // namespace audit::test
