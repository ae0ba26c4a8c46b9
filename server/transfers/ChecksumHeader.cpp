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

} // namespace pli::server
