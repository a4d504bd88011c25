// An unpacked export: the regular files below a folder, read on demand. Symbolic links are
// never followed, so an export cannot point the scan at files outside it.
#include "audit/archive/archive_kinds.hpp"
#include "audit/archive/entry_collector.hpp"
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <queue>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace audit::archive_detail {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t k_read_chunk = 64 * 1024;

std::string errno_message() {
    return std::error_code(errno, std::generic_category()).message();
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

std::string join(const std::string& folder, const std::string& name) {
    return folder.empty() ? name : folder + "/" + name;
}

// The first `cap` children of `dir` in name order. The caller stops listing past its entry
// limit anyway, so a folder with millions of files costs no more memory than that, and which
// files make the cut does not depend on the order the file system returns them in.
std::vector<fs::path> sorted_children(const fs::path& dir, std::uint64_t cap, std::error_code& ec) {
    std::priority_queue<fs::path> smallest; // a max-heap: the largest kept name on top
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        if (smallest.size() < cap) {
            smallest.push(it->path());
        } else if (it->path() < smallest.top()) {
            smallest.pop();
            smallest.push(it->path());
        }
    }
    std::vector<fs::path> children;
    children.reserve(smallest.size());
    for (; !smallest.empty(); smallest.pop())
        children.push_back(smallest.top());
    std::reverse(children.begin(), children.end());
    return children;
}

class FolderArchive final : public Archive {
public:
    FolderArchive(std::string path, const ArchiveLimits& limits)
        : m_path(std::move(path)), m_limits(limits) {}

    void list_entries();

    const std::string& display_name() const override { return m_path; }
    const std::vector<Entry>& entries() const override { return m_entries; }
    Result<std::string> read(const Entry& entry) const override;
    const std::vector<Rejection>& rejected() const override { return m_rejected; }

private:
    struct Folder {
        fs::path path;
        std::string relative; // "" for the root
    };
    // Lists one folder's children; returns false once the entry limit stops the listing.
    bool list_folder(const Folder& folder, EntryCollector& collector, std::vector<Folder>& pending);
    void list_child(const fs::path& child, const std::string& relative, bool top_level,
                    EntryCollector& collector, std::vector<Folder>& subfolders);
    Result<std::string> read_open_file(int fd, const std::string& name) const;

    std::string m_path;
    ArchiveLimits m_limits;
    std::vector<Entry> m_entries;
    std::vector<fs::path> m_files; // by Entry::index
    std::vector<Rejection> m_rejected;
};

void FolderArchive::list_entries() {
    EntryCollector collector(m_path, m_limits);
    // Depth first with an explicit stack: a hostile tree cannot exhaust the call stack.
    std::vector<Folder> pending{Folder{fs::path(m_path), ""}};
    while (!pending.empty()) {
        Folder folder = std::move(pending.back());
        pending.pop_back();
        if (!list_folder(folder, collector, pending)) break;
    }
    m_entries = collector.take_entries();
    m_rejected = collector.take_rejected();
}

bool FolderArchive::list_folder(const Folder& folder, EntryCollector& collector,
                                std::vector<Folder>& pending) {
    std::error_code ec;
    const auto children = sorted_children(folder.path, m_limits.max_entries + 1, ec);
    if (ec) {
        collector.reject(folder.relative.empty() ? "." : folder.relative + "/",
                         "cannot read folder: " + ec.message());
        return true;
    }
    std::vector<Folder> subfolders;
    for (const fs::path& child : children) {
        if (!collector.admit_item()) return false;
        list_child(child, join(folder.relative, child.filename().string()), folder.relative.empty(),
                   collector, subfolders);
    }
    // Reversed onto the stack so that folders come off it in name order.
    pending.insert(pending.end(), std::make_move_iterator(subfolders.rbegin()),
                   std::make_move_iterator(subfolders.rend()));
    return true;
}

void FolderArchive::list_child(const fs::path& child, const std::string& relative, bool top_level,
                               EntryCollector& collector, std::vector<Folder>& subfolders) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(child, ec);
    if (ec) return collector.reject(relative, "cannot read: " + ec.message());
    if (fs::is_directory(status)) {
        if (!(top_level && child.filename() == "__MACOSX")) subfolders.push_back({child, relative});
        return;
    }
    auto name = collector.accept_name(relative);
    if (!name) return;
    if (fs::is_symlink(status)) return collector.reject(*name, "symbolic link (not followed)");
    if (!fs::is_regular_file(status)) return collector.reject(*name, "not a regular file");
    const std::uintmax_t size = fs::file_size(child, ec);
    if (ec) return collector.reject(*name, "cannot read: " + ec.message());
    collector.add(std::move(*name), size, size, m_files.size());
    m_files.push_back(child);
}

Result<std::string> FolderArchive::read(const Entry& entry) const {
    if (entry.index >= m_files.size())
        return fail(entry_label(m_path, entry.name) + ": no such entry");
    // O_NOFOLLOW: a file swapped for a link after listing is still not followed.
    FileDescriptor fd(::open(m_files[entry.index].c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0)
        return fail(entry_label(m_path, entry.name) + ": cannot open: " + errno_message());
    return read_open_file(fd.get(), entry.name);
}

Result<std::string> FolderArchive::read_open_file(int fd, const std::string& name) const {
    const std::string label = entry_label(m_path, name);
    struct stat info {};
    if (::fstat(fd, &info) != 0) return fail(label + ": cannot read: " + errno_message());
    if (!S_ISREG(info.st_mode)) return fail(label + ": no longer a regular file");
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (auto error = read_size_error(m_path, name, size, m_limits)) return fail(*error);
    std::string out;
    out.reserve(static_cast<std::size_t>(size));
    auto buffer = std::make_unique<char[]>(k_read_chunk);
    while (true) {
        const ssize_t got = ::read(fd, buffer.get(), k_read_chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return fail(label + ": cannot read: " + errno_message());
        if (got == 0) break;
        out.append(buffer.get(), static_cast<std::size_t>(got));
        // The file may have grown since it was listed: the limit holds all the same.
        if (auto error = read_size_error(m_path, name, out.size(), m_limits)) return fail(*error);
    }
    return out;
}

} // namespace

Result<std::unique_ptr<Archive>> open_folder_archive(const std::string& path,
                                                     const ArchiveLimits& limits) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) return fail(path + ": not a folder");
    auto archive = std::make_unique<FolderArchive>(path, limits);
    archive->list_entries();
    return std::unique_ptr<Archive>(std::move(archive));
}

} // namespace audit::archive_detail
