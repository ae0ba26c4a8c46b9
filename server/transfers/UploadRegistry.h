#pragma once

#include "Digest.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace pli::server {

// In-memory state of the tus uploads this process is serving: which upload is being written by a
// PATCH right now (one at a time per upload; a second one is refused), and the running SHA-256
// of each upload's bytes so far, so that completing an upload does not re-read the whole file.
// Nothing here is needed for correctness after a restart: the digest is then recomputed.
class UploadRegistry
{
public:
    // The running digest of an upload: sha256 of its first `bytes` bytes.
    struct RunningDigest
    {
        Digest digest{DigestAlgorithm::Sha256};
        std::int64_t bytes = 0;
    };

    struct Entry
    {
        bool busy = false;
        std::optional<RunningDigest> running;
    };

    // Exclusive use of one upload's entry for the time of a PATCH; released on destruction.
    class Lease
    {
    public:
        Lease(UploadRegistry &registry, std::shared_ptr<Entry> entry);
        Lease(Lease &&other) noexcept;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Lease &operator=(Lease &&) = delete;
        ~Lease();

        // The running digest when it covers exactly the first `offset` bytes (a fresh one at
        // offset 0); nullptr when it does not, e.g. after a restart.
        RunningDigest *runningAt(std::int64_t offset);
        // The running digest of the first `offset` bytes of `file`, hashed from the file when the
        // one in memory does not cover them (after a restart). Throws std::runtime_error.
        RunningDigest &runningFromFile(const std::filesystem::path &file, std::int64_t offset);
        void dropRunning();

    private:
        UploadRegistry *m_registry;
        std::shared_ptr<Entry> m_entry;
    };

    // nullopt when another request holds the upload.
    std::optional<Lease> tryAcquire(const std::string &uploadId);
    // Drops the state of an upload that was completed, deleted or expired.
    void forget(const std::string &uploadId);

private:
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Entry>> m_entries;
};

} // namespace pli::server
