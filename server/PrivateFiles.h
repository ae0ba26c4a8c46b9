#pragma once

#include <filesystem>

namespace pli::server {

// The data folder holds confidential documents: it is the server user's alone. Folders are
// 0700 and files 0600 whatever the umask (main() also sets umask 077 for everything else).

// Creates the data folder (0700) or, when an existing one is open to others (a data folder of
// an older version, or made by hand), takes every permission of others away from it and from
// everything in it. Throws std::filesystem::filesystem_error.
void preparePrivateDataFolder(const std::filesystem::path &folder);

// Creates a folder and its missing parents, 0700. Throws std::filesystem::filesystem_error.
void createPrivateFolder(const std::filesystem::path &folder);

// Creates the file empty (or empties it), 0600, for a stream to write afterwards: a std::ofstream
// opening it keeps the mode. Returns false when it cannot.
bool createPrivateFile(const std::filesystem::path &file);

} // namespace pli::server
