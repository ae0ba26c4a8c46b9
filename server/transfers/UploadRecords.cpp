#include "UploadRecords.h"

#include "AttachmentStore.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "Log.h"
#include "PrivateFiles.h"
#include "UploadQuota.h"

#include <fstream>
#include <set>
#include <stdexcept>

namespace pli::server {

namespace {
// sha256 of nothing: an empty upload is complete without any PATCH.
constexpr const char *kEmptySha256 =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
} // namespace

UploadRecords::UploadRecords(Database &db, AttachmentStore &store)
    : m_db(db)
    , m_store(store)
{}

UploadRecord UploadRecords::create(const std::string &userId, std::int64_t length,
                                   const std::string &filename, const std::string &contentType,
                                   std::int64_t ttlSeconds, const UploadQuota &quota)
{
    UploadRecord record;
    record.id = crypto::randomId("up_");
    record.userId = userId;
    record.length = length;
    record.filename = filename;
    record.contentType = contentType;
    if (length == 0)
        record.sha256 = kEmptySha256;
    const std::int64_t now = nowSeconds();
    record.expiresAt = now + ttlSeconds;

    const auto path = m_store.uploadPath(record.id);
    createPrivateFolder(path.parent_path());
    if (!createPrivateFile(path))
        throw std::runtime_error("cannot create upload file " + record.id);
    try {
        auto guard = m_db.lock();
        quota.requireRoom(m_db, userId, length, now);
        m_db.execute("INSERT INTO uploads(id, user_id, length, offset, filename, content_type, "
                     "sha256, expires_at, created_at) VALUES (?,?,?,0,?,?,?,?,?)",
                     record.id, userId, length, filename, contentType, record.sha256,
                     record.expiresAt, now);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw;
    }
    return record;
}

std::optional<UploadRecord> UploadRecords::findOwned(const std::string &id,
                                                     const std::string &userId)
{
    auto guard = m_db.lock();
    auto record = row(m_db, id);
    if (!record || record->userId != userId)
        return std::nullopt;
    if (!record->attached && record->expiresAt <= nowSeconds())
        return std::nullopt; // the sweep removes it; until then it is already gone for clients
    return record;
}

std::optional<UploadRecord> UploadRecords::row(Database &db, const std::string &id)
{
    auto st = db.query("SELECT user_id, length, offset, filename, content_type, sha256, "
                       "attached, expires_at FROM uploads WHERE id = ?",
                       id);
    if (!st.next())
        return std::nullopt;
    return UploadRecord{id,           st.text(0), st.integer(1),      st.integer(2),
                        st.text(3),   st.text(4), st.optionalText(5), st.integer(6) != 0,
                        st.integer(7)};
}

void UploadRecords::markAttached(Database &db, const std::string &id)
{
    db.execute("UPDATE uploads SET attached = 1 WHERE id = ?", id);
}

bool UploadRecords::saveOffset(const std::string &id, std::int64_t offset)
{
    auto guard = m_db.lock();
    return m_db.execute("UPDATE uploads SET offset = ? WHERE id = ? AND attached = 0", offset, id) >
           0;
}

bool UploadRecords::saveComplete(const std::string &id, std::int64_t length,
                                 const std::string &sha256Hex, std::int64_t keepSeconds)
{
    auto guard = m_db.lock();
    return m_db.execute("UPDATE uploads SET offset = ?, sha256 = ?, expires_at = ? WHERE id = ? "
                        "AND attached = 0",
                        length, sha256Hex, nowSeconds() + keepSeconds, id) > 0;
}

bool UploadRecords::remove(const std::string &id)
{
    bool removed = false;
    {
        auto guard = m_db.lock();
        removed = m_db.execute("DELETE FROM uploads WHERE id = ? AND attached = 0", id) > 0;
    }
    if (removed) {
        std::error_code ignored;
        std::filesystem::remove(m_store.uploadPath(id), ignored);
    }
    return removed;
}

std::vector<std::string> UploadRecords::sweepExpired()
{
    std::vector<std::string> ids;
    {
        auto guard = m_db.lock();
        auto st = m_db.query("SELECT id FROM uploads WHERE attached = 0 AND expires_at <= ?",
                             nowSeconds());
        while (st.next())
            ids.push_back(st.text(0));
        for (const auto &id : ids)
            m_db.execute("DELETE FROM uploads WHERE id = ?", id);
    }
    for (const auto &id : ids) {
        std::error_code ignored;
        std::filesystem::remove(m_store.uploadPath(id), ignored);
    }
    if (!ids.empty())
        logLine("removed " + std::to_string(ids.size()) + " expired upload(s)");
    return ids;
}

void UploadRecords::removeOrphanFiles()
{
    const auto folder = m_store.uploadPath("x").parent_path();
    std::error_code error;
    std::set<std::string> files;
    for (const auto &entry : std::filesystem::directory_iterator(folder, error))
        files.insert(entry.path().filename().string());
    if (error || files.empty())
        return;
    {
        auto guard = m_db.lock();
        auto st = m_db.query("SELECT id FROM uploads WHERE attached = 0");
        while (st.next())
            files.erase(st.text(0));
    }
    for (const auto &name : files) {
        std::error_code ignored;
        std::filesystem::remove(folder / name, ignored);
    }
}

} // namespace pli::server
