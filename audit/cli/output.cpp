#include "audit/cli/output.hpp"
#include "audit/crypto/seal.hpp"
#include "reports/writer.hpp"
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace audit {

namespace fs = std::filesystem;

namespace {

fs::path absolute_clean(const fs::path& p) {
    std::error_code ec;
    fs::path out = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? fs::absolute(p) : out;
}

bool is_inside(const fs::path& file, const fs::path& folder) {
    auto f = absolute_clean(file), d = absolute_clean(folder);
    auto [end, _] = std::mismatch(d.begin(), d.end(), f.begin(), f.end());
    return end == d.end();
}

Result<void> check_not_in_export(const fs::path& file, const std::vector<std::string>& inputs) {
    for (const std::string& input : inputs) {
        std::error_code ec;
        bool folder = fs::is_directory(input, ec);
        if ((folder && is_inside(file, input)) || (!folder && absolute_clean(file) == absolute_clean(input)))
            return fail(file.string() + ": will not write a report inside or over the export " + input +
                        " (the export is never changed); choose another -o path");
    }
    return {};
}

} // namespace

Result<OutputPlan> plan_outputs(const std::string& output, const std::vector<std::string>& formats,
                                const std::vector<std::string>& inputs) {
    OutputPlan plan;
    for (const std::string& format : formats) {
        const Writer* w = find_writer(format);
        if (!w) return fail("unknown format '" + format + "' (html, md, json or text)");
        fs::path file = formats.size() == 1 ? fs::path(output) : fs::path(output + std::string(w->extension));
        auto inside = check_not_in_export(file, inputs);
        if (!inside) return tl::unexpected(inside.error());
        plan.files.emplace_back(format, file);
    }
    return plan;
}

Result<void> write_private_file(const fs::path& file, std::string_view contents) {
    std::error_code ec;
    if (file.has_parent_path() && !fs::exists(file.parent_path(), ec)) {
        // A new folder for reports is private too.
        fs::create_directories(file.parent_path(), ec);
        if (ec) return fail(file.parent_path().string() + ": cannot create: " + ec.message());
        fs::permissions(file.parent_path(), fs::perms::owner_all, ec);
    }
    int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return fail(file.string() + ": cannot write: " + std::strerror(errno));
    // An existing file keeps its old mode through O_CREAT; make it owner-only.
    if (::fchmod(fd, 0600) != 0) {
        ::close(fd);
        return fail(file.string() + ": cannot make owner-only: " + std::strerror(errno));
    }
    std::size_t done = 0;
    while (done < contents.size()) {
        ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            return fail(file.string() + ": write failed: " + std::strerror(errno));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) return fail(file.string() + ": write failed: " + std::strerror(errno));
    return {};
}

Result<std::vector<fs::path>> write_reports(const Report& report, const OutputPlan& plan,
                                            const std::string* passphrase) {
    std::vector<fs::path> written;
    for (const auto& [format, planned] : plan.files) {
        std::ostringstream out;
        find_writer(format)->write(report, out, TerminalStyle{false, 100});
        fs::path file = planned;
        std::string contents = out.str();
        if (passphrase) {
            auto sealed = seal(contents, *passphrase);
            sodium_memzero(contents.data(), contents.size());
            if (!sealed) return tl::unexpected(sealed.error());
            contents = std::move(*sealed);
            file += std::string(k_sealed_extension);
        }
        auto ok = write_private_file(file, contents);
        if (!ok) return tl::unexpected(ok.error());
        written.push_back(file);
    }
    return written;
}

} // namespace audit
