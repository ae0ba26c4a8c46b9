#include "ChecksumHeader.h"

#include "ApiError.h"
#include "Crypto.h"

namespace pli::server {

ChecksumHeader ChecksumHeader::parse(std::string_view header)
{
    while (!header.empty() && header.front() == ' ')
        header.remove_prefix(1);
    const auto space = header.find(' ');
    const std::string_view name = header.substr(0, space);
    ChecksumHeader checksum;
    if (name == "sha1")
        checksum.algorithm = DigestAlgorithm::Sha1;
    else if (name == "sha256")
        checksum.algorithm = DigestAlgorithm::Sha256;
    else
        throw ApiError(400, "unsupported_checksum_algorithm",
                       "Upload-Checksum supports sha1 and sha256.");
    std::string_view value =
        space == std::string_view::npos ? std::string_view() : header.substr(space + 1);
    while (!value.empty() && value.front() == ' ')
        value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ')
        value.remove_suffix(1);
    if (value.empty() || !crypto::base64Decode(value, checksum.expected) ||
        checksum.expected.size() != Digest::sizeOf(checksum.algorithm))
        throw ApiError(400, "invalid_checksum",
                       "Upload-Checksum is not a base64 digest of the named algorithm.");
    return checksum;
}

ChecksumHeader ChecksumHeader::parsePrefixDigest(std::string_view header)
{
    // "sha-256=:BASE64:", possibly among other members: "sha-512=:...:, sha-256=:...:".
    std::string_view value;
    bool found = false;
    while (!header.empty() && !found) {
        const auto comma = header.find(',');
        std::string_view member = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        while (!member.empty() && member.front() == ' ')
            member.remove_prefix(1);
        while (!member.empty() && member.back() == ' ')
            member.remove_suffix(1);
        constexpr std::string_view kKey = "sha-256=";
        if (member.substr(0, kKey.size()) == kKey) {
            value = member.substr(kKey.size());
            found = true;
        }
    }
    if (!found)
        throw ApiError(400, "unsupported_checksum_algorithm",
                       "Upload-Prefix-Digest supports sha-256.");
    ChecksumHeader checksum;
    checksum.coversPrefix = true;
    if (value.size() < 2 || value.front() != ':' || value.back() != ':' ||
        !crypto::base64Decode(value.substr(1, value.size() - 2), checksum.expected) ||
        checksum.expected.size() != Digest::sizeOf(DigestAlgorithm::Sha256))
        throw ApiError(400, "invalid_checksum",
                       "Upload-Prefix-Digest is not a sha-256=:<base64>: digest.");
    return checksum;
}

} // namespace pli::server
