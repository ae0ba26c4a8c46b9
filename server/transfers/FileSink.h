#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace pli::server {

// Writes the body of one tus PATCH into the upload's file, at the upload's offset, as the bytes
// arrive, and can take them back when the chunk must not be kept. The HTTP library hands the
// body over in pieces of 4 KiB: past the first MiB of a body (written as it comes, so that a
// PATCH under way shows on disk at once), they are gathered into writes of 64 KiB, which cost
// the system half as much per byte (measured; 1 MiB writes cost more again:
// docs/benchmarks.md).
class FileSink
{
public:
    static constexpr std::size_t kWriteSize = 64 * 1024;
    static constexpr std::int64_t kWrittenThrough = 1024 * 1024;

    // Opens (creating if needed) and cuts the file to `offset`, dropping any bytes a crashed
    // request left past the recorded offset. Throws std::runtime_error.
    FileSink(const std::filesystem::path &file, std::int64_t offset);
    ~FileSink();
    FileSink(const FileSink &) = delete;
    FileSink &operator=(const FileSink &) = delete;

    // False on an I/O error (disk full...): the bytes since the last successful write are given
    // back then. The bytes may sit in memory until flush().
    bool write(const char *data, std::size_t size);
    // Writes what write() gathered; false (and those bytes given back) on an I/O error.
    bool flush();
    // Past the bytes accepted by write(), flushed or not.
    std::int64_t offset() const { return m_offset + static_cast<std::int64_t>(m_pending.size()); }
    // Gives back everything past `offset` (pending bytes included).
    void truncateTo(std::int64_t offset);
    // Flushes, then makes the bytes durable before the new offset is promised to the client.
    bool sync();

private:
    bool writeAt(const char *data, std::size_t size);

    int m_fd = -1;
    std::int64_t m_offset = 0; // past the bytes in the file
    std::int64_t m_gatherFrom = 0;
    std::vector<char> m_pending;
};

} // namespace pli::server
