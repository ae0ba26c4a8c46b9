#pragma once

#include "ChecksumHeader.h"
#include "FileSink.h"
#include "UploadRegistry.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace httplib {
class ContentReader;
}

namespace pli::server {

// Receives the body of one tus PATCH into the upload's file: each piece is written at the
// offset as it arrives and hashed on the way for the upload's running SHA-256 (and, for an
// Upload-Checksum, once more on its own). Decides what is kept: everything received when the
// body is complete and matches its checksum or prefix digest, or when the connection dropped
// without either; nothing otherwise.
class ChunkReceiver
{
public:
    enum class Outcome
    {
        Received,         // the whole body, kept
        Dropped,          // connection lost or timed out; kept only without a checksum
        TooLong,          // more bytes than `limit`; nothing kept
        WriteFailed,      // the disk refused; nothing kept
        ChecksumMismatch, // nothing kept
    };

    // `running` (may be null, not with a prefix digest) is the upload's digest of its first
    // `offset` bytes; it is advanced by exactly the bytes kept.
    ChunkReceiver(const std::filesystem::path &file, std::int64_t offset, std::int64_t limit,
                  std::optional<ChecksumHeader> checksum, UploadRegistry::RunningDigest *running);

    Outcome receive(const httplib::ContentReader &reader);
    // The upload's offset after receive(): past the kept bytes.
    std::int64_t offset() const { return m_sink.offset(); }
    // Flushes the kept bytes to disk.
    bool sync() { return m_sink.sync(); }

private:
    void giveBack();
    bool matchesChecksum();

    FileSink m_sink;
    std::int64_t m_start;
    std::int64_t m_limit;
    std::optional<ChecksumHeader> m_checksum;
    std::optional<Digest> m_chunkDigest;
    UploadRegistry::RunningDigest *m_running;
    std::optional<Digest> m_runningBefore;
};

} // namespace pli::server
