#include "StoredZip.h"

#include <array>

namespace pli::server {

namespace {
// 2015-02-02 15:14:18, the date of the guide's screenshot, in MS-DOS form.
constexpr std::uint16_t kDosTime = (15 << 11) | (14 << 5) | (18 / 2);
constexpr std::uint16_t kDosDate = ((2015 - 1980) << 9) | (2 << 5) | 2;

void put16(std::string &out, std::uint32_t value)
{
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>((value >> 8) & 0xFF);
}

void put32(std::string &out, std::uint32_t value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// The fields shared by a local header and a central directory record, from "version needed".
void putCommon(std::string &out, std::uint32_t crc, std::size_t size, std::size_t nameLength)
{
    put16(out, 20); // version needed: 2.0
    put16(out, 0);  // flags
    put16(out, 0);  // method: stored
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, crc);
    put32(out, static_cast<std::uint32_t>(size)); // compressed size
    put32(out, static_cast<std::uint32_t>(size)); // uncompressed size
    put16(out, static_cast<std::uint32_t>(nameLength));
    put16(out, 0); // extra field length
}
} // namespace

std::uint32_t StoredZip::crc32(const std::string &data)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void StoredZip::add(const std::string &name, const std::string &data)
{
    m_entries.push_back({name, data, crc32(data)});
}

std::string StoredZip::bytes() const
{
    std::string out;
    std::vector<std::uint32_t> offsets;
    for (const auto &e : m_entries) {
        offsets.push_back(static_cast<std::uint32_t>(out.size()));
        put32(out, 0x04034b50);
        putCommon(out, e.crc, e.data.size(), e.name.size());
        out += e.name;
        out += e.data;
    }
    const auto directoryOffset = static_cast<std::uint32_t>(out.size());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const auto &e = m_entries[i];
        put32(out, 0x02014b50);
        put16(out, 20); // version made by: MS-DOS, 2.0
        putCommon(out, e.crc, e.data.size(), e.name.size());
        put16(out, 0); // comment length
        put16(out, 0); // disk number
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, offsets[i]);
        out += e.name;
    }
    const auto directorySize = static_cast<std::uint32_t>(out.size()) - directoryOffset;
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the directory
    put16(out, static_cast<std::uint32_t>(m_entries.size()));
    put16(out, static_cast<std::uint32_t>(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryOffset);
    put16(out, 0); // comment length
    return out;
}

} // namespace pli::server
