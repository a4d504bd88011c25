#include "audit/media/media_engine.hpp"
#include <dlfcn.h>
#include <filesystem>
#include <mutex>
#include <system_error>

namespace audit {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_module_name = "staff-audit-vision.so";

// Where the module may be, in order: beside the program, where an install puts it, and the
// build folder (so that tests and `build/<preset>/staff-audit` find it). Only these absolute
// paths are tried: never the library search path, which the user's environment could point
// at another file.
std::vector<fs::path> module_candidates() {
    std::vector<fs::path> out;
    std::error_code ec;
    const fs::path program = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        out.push_back(program.parent_path() / k_module_name);
        out.push_back(program.parent_path().parent_path() / "lib" / "staff-audit" / k_module_name);
    }
#ifdef SA_VISION_MODULE_DIR
    out.push_back(fs::path(SA_VISION_MODULE_DIR) / k_module_name);
#endif
    return out;
}

Result<MediaEngine*> load_module() {
    std::string tried;
    for (const fs::path& path : module_candidates()) {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) continue;
        void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL); // kept for the process's life
        if (!module) {
            tried += std::string(tried.empty() ? "" : "; ") + dlerror();
            continue;
        }
        using Entry = MediaEngine* (*)();
        auto entry = reinterpret_cast<Entry>(dlsym(module, "sa_vision_engine"));
        if (entry) return entry();
        tried += (tried.empty() ? "" : "; ") + path.string() + " has no sa_vision_engine";
    }
    if (tried.empty()) {
        for (const fs::path& path : module_candidates()) tried += (tried.empty() ? "" : ", ") + path.string();
        return fail(std::string("the image analysis module ") + k_module_name + " is not installed (looked for " +
                    tried + ")");
    }
    return fail(std::string("the image analysis module ") + k_module_name + " could not be loaded: " + tried);
}

} // namespace

Result<MediaEngine*> media_engine() {
    static std::once_flag once;
    static Result<MediaEngine*> engine = fail("not loaded");
    std::call_once(once, [] { engine = load_module(); });
    return engine;
}

} // namespace audit
