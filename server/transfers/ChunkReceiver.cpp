#include "ChunkReceiver.h"

#include "ServerConfig.h"

#include <httplib.h>

#include <openssl/crypto.h>

namespace pli::server {

ChunkReceiver::ChunkReceiver(const std::filesystem::path &file, std::int64_t offset,
                             std::int64_t limit, std::optional<ChecksumHeader> checksum,
                             UploadRegistry::RunningDigest *running)
    : m_sink(file, offset)
    , m_start(offset)
    , m_limit(limit)
    , m_checksum(std::move(checksum))
    , m_running(running)
{
    if (m_checksum && !m_checksum->coversPrefix)
        m_chunkDigest.emplace(m_checksum->algorithm);
    if (m_running)
        m_runningBefore = m_running->digest; // to roll back to if the chunk is not kept
}

ChunkReceiver::Outcome ChunkReceiver::receive(const httplib::ContentReader &reader)
{
    std::int64_t received = 0;
    bool tooLong = false;
    bool writeFailed = false;
    const bool complete = reader([&](const char *data, std::size_t size) {
        received += static_cast<std::int64_t>(size);
        if (tooLong || writeFailed) {
            // Read on (discarding) so the client still gets the answer on a clean connection,
            // but not forever.
            return received <= static_cast<std::int64_t>(ServerConfig::maxChunkBody);
        }
        if (received > m_limit) {
            tooLong = true;
            return true;
        }
        if (!m_sink.write(data, size)) {
            writeFailed = true;
            return true;
        }
        if (m_chunkDigest) // an Upload-Checksum: these bytes are hashed a second time
            m_chunkDigest->update(data, size);
        if (m_running)
            m_running->digest.update(data, size);
        return true;
    });

    // The last gathered bytes reach the file before anything is decided.
    if (!tooLong && !writeFailed && !m_sink.flush())
        writeFailed = true;

    Outcome outcome = Outcome::Received;
    if (tooLong)
        outcome = Outcome::TooLong;
    else if (writeFailed)
        outcome = Outcome::WriteFailed;
    else if (!complete)
        outcome = Outcome::Dropped;
    else if (m_checksum && !matchesChecksum())
        outcome = Outcome::ChecksumMismatch;

    const bool keep = outcome == Outcome::Received || (outcome == Outcome::Dropped && !m_checksum);
    if (keep) {
        if (m_running)
            m_running->bytes = m_sink.offset();
    } else {
        giveBack();
    }
    return outcome;
}

bool ChunkReceiver::matchesChecksum()
{
    std::vector<unsigned char> actual;
    if (m_checksum->coversPrefix) {
        if (!m_running)
            return false;
        Digest upToHere = m_running->digest; // the running digest goes on: finish a copy
        actual = upToHere.finish();
    } else {
        actual = m_chunkDigest->finish();
    }
    return actual.size() == m_checksum->expected.size() &&
           CRYPTO_memcmp(actual.data(), m_checksum->expected.data(), actual.size()) == 0;
}

void ChunkReceiver::giveBack()
{
    m_sink.truncateTo(m_start);
    if (m_running) {
        m_running->digest = std::move(*m_runningBefore);
        m_running->bytes = m_start;
    }
}

} // namespace pli::server
