#pragma once

#include "Digest.h"

#include <string>
#include <string_view>

namespace pli::server {

// The tus checksum extension's `Upload-Checksum: <algorithm> <base64 digest>` of one PATCH body.
struct ChecksumHeader
{
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    std::string expected; // raw digest bytes

    // Throws ApiError 400: "unsupported_checksum_algorithm" for an algorithm other than sha1 or
    // sha256 (as tus requires), "invalid_checksum" for a malformed value.
    static ChecksumHeader parse(std::string_view header);
};

} // namespace pli::server
