#pragma once

#include "Digest.h"

#include <string>
#include <string_view>

namespace pli::server {

// The digest a PATCH must match: the tus checksum extension's `Upload-Checksum: <algorithm>
// <base64 digest>` of the PATCH body, or pli's `Upload-Prefix-Digest: sha-256=:<base64>:` (RFC 9530
// syntax) of the whole upload from its first byte to the end of this PATCH. The prefix digest is
// checked with the upload's running SHA-256, so the bytes are hashed once, not twice.
struct ChecksumHeader
{
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    std::string expected;      // raw digest bytes
    bool coversPrefix = false; // of the upload's first bytes, not of the body alone

    // Throws ApiError 400: "unsupported_checksum_algorithm" for an algorithm other than sha1 or
    // sha256 (as tus requires), "invalid_checksum" for a malformed value.
    static ChecksumHeader parse(std::string_view header);
    // Upload-Prefix-Digest: a dictionary with a sha-256 member. Throws ApiError 400
    // "unsupported_checksum_algorithm" without one, "invalid_checksum" for a malformed value.
    static ChecksumHeader parsePrefixDigest(std::string_view header);
};

} // namespace pli::server
