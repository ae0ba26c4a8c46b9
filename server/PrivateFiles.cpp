#include "PrivateFiles.h"

#include "Log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pli::server {

namespace fs = std::filesystem;

namespace {
constexpr auto kFolderMode = fs::perms::owner_all;

bool openToOthers(const fs::path &path)
{
    const auto mode = fs::status(path).permissions();
    return (mode & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none;
}
} // namespace

void createPrivateFolder(const fs::path &folder)
{
    fs::create_directories(folder);
    fs::permissions(folder, kFolderMode, fs::perm_options::replace);
}

void preparePrivateDataFolder(const fs::path &folder)
{
    if (!fs::exists(folder)) {
        createPrivateFolder(folder);
        return;
    }
    if (!openToOthers(folder))
        return; // checked once per start; the files inside were made private already
    fs::permissions(folder, kFolderMode, fs::perm_options::replace);
    std::size_t changed = 0;
    for (const auto &entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_symlink())
            continue;
        if (entry.is_directory())
            fs::permissions(entry.path(), kFolderMode, fs::perm_options::replace);
        else
            fs::permissions(entry.path(), fs::perms::group_all | fs::perms::others_all,
                            fs::perm_options::remove);
        ++changed;
    }
    logLine("data folder made private to the server's user (" + std::to_string(changed) +
            " entries)");
}

bool createPrivateFile(const fs::path &file)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    // An existing file keeps its mode through open(): narrow it too.
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok;
}

} // namespace pli::server
