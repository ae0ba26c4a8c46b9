#include "UploadMetadata.h"

#include "Crypto.h"

namespace pli::server {

namespace {
std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool validKey(std::string_view key)
{
    if (key.empty())
        return false;
    for (const char c : key)
        if (static_cast<unsigned char>(c) <= ' ' || c == ',' ||
            static_cast<unsigned char>(c) >= 0x7F)
            return false;
    return true;
}
} // namespace

std::optional<UploadMetadata> UploadMetadata::parse(std::string_view header)
{
    UploadMetadata metadata;
    while (!header.empty()) {
        const auto comma = header.find(',');
        const std::string_view pair = trim(header.substr(0, comma));
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        if (pair.empty())
            return std::nullopt;
        const auto space = pair.find(' ');
        const std::string_view key = pair.substr(0, space);
        std::string value;
        if (space != std::string_view::npos &&
            !crypto::base64Decode(trim(pair.substr(space + 1)), value))
            return std::nullopt;
        if (!validKey(key) || !metadata.m_pairs.emplace(std::string(key), value).second)
            return std::nullopt;
    }
    return metadata;
}

std::string UploadMetadata::format(const std::map<std::string, std::string> &pairs)
{
    std::string out;
    for (const auto &[key, value] : pairs) {
        if (!out.empty())
            out += ',';
        out += key + ' ' + crypto::base64Encode(value);
    }
    return out;
}

std::optional<std::string> UploadMetadata::value(const std::string &key) const
{
    const auto it = m_pairs.find(key);
    if (it == m_pairs.end())
        return std::nullopt;
    return it->second;
}

} // namespace pli::server
