#include "FileSink.h"

#include <cerrno>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace pli::server {

FileSink::FileSink(const std::filesystem::path &file, std::int64_t offset)
    : m_offset(offset)
    , m_gatherFrom(offset + kWrittenThrough)
{
    m_fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        throw std::runtime_error("cannot open upload file " + file.filename().string());
    if (::ftruncate(m_fd, static_cast<off_t>(offset)) != 0) {
        ::close(m_fd);
        throw std::runtime_error("cannot truncate upload file " + file.filename().string());
    }
    m_pending.reserve(kWriteSize);
}

FileSink::~FileSink()
{
    ::close(m_fd);
}

bool FileSink::write(const char *data, std::size_t size)
{
    if (m_pending.empty() && (size >= kWriteSize || m_offset < m_gatherFrom))
        return writeAt(data, size);
    const std::size_t room = kWriteSize - m_pending.size();
    if (size > room) {
        m_pending.insert(m_pending.end(), data, data + room);
        if (!flush())
            return false;
        data += room;
        size -= room;
        if (size >= kWriteSize)
            return writeAt(data, size);
    }
    m_pending.insert(m_pending.end(), data, data + size);
    return m_pending.size() < kWriteSize || flush();
}

bool FileSink::flush()
{
    if (m_pending.empty())
        return true;
    const bool written = writeAt(m_pending.data(), m_pending.size());
    m_pending.clear();
    return written;
}

bool FileSink::writeAt(const char *data, std::size_t size)
{
    std::int64_t at = m_offset;
    while (size > 0) {
        const ssize_t written = ::pwrite(m_fd, data, size, static_cast<off_t>(at));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            m_pending.clear();
            truncateTo(m_offset);
            return false;
        }
        at += written;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    m_offset = at;
    return true;
}

void FileSink::truncateTo(std::int64_t offset)
{
    m_pending.clear();
    if (::ftruncate(m_fd, static_cast<off_t>(offset)) == 0)
        m_offset = offset;
}

bool FileSink::sync()
{
    return flush() && ::fdatasync(m_fd) == 0;
}

} // namespace pli::server
