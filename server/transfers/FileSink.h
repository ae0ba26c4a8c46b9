#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace pli::server {

// Writes the body of one tus PATCH into the upload's file, at the upload's offset, as the bytes
// arrive (nothing is buffered), and can take them back when the chunk must not be kept.
class FileSink
{
public:
    // Opens (creating if needed) and cuts the file to `offset`, dropping any bytes a crashed
    // request left past the recorded offset. Throws std::runtime_error.
    FileSink(const std::filesystem::path &file, std::int64_t offset);
    ~FileSink();
    FileSink(const FileSink &) = delete;
    FileSink &operator=(const FileSink &) = delete;

    // False on an I/O error (disk full...); nothing is counted then.
    bool write(const char *data, std::size_t size);
    std::int64_t offset() const { return m_offset; }
    // Gives back everything past `offset`.
    void truncateTo(std::int64_t offset);
    // Makes the bytes durable before the new offset is promised to the client.
    bool sync();

private:
    int m_fd = -1;
    std::int64_t m_offset = 0;
};

} // namespace pli::server
