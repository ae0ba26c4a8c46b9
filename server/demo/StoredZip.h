#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pli::server {

// Builds a ZIP archive in memory with "stored" (uncompressed) entries: enough for the Office
// Open XML packages the demo ships, without a compression library.
class StoredZip
{
public:
    // Adds a file (every entry carries the same fixed timestamp, so the output is reproducible).
    void add(const std::string &name, const std::string &data);
    // The whole archive: local entries, central directory, end record.
    std::string bytes() const;

    static std::uint32_t crc32(const std::string &data);

private:
    struct Entry
    {
        std::string name;
        std::string data;
        std::uint32_t crc;
    };
    std::vector<Entry> m_entries;
};

} // namespace pli::server
