#include "ScaleSeeder.h"

#include "AttachmentStore.h"
#include "Clock.h"
#include "ConversationWriter.h"
#include "Crypto.h"
#include "Database.h"
#include "PasswordHash.h"
#include "PersonaRecords.h"
#include "ScaleRecords.h"
#include "ServerContext.h"
#include "TextFold.h"
#include "UserRecords.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace pli::server {

namespace {
constexpr std::int64_t kBatch = 5000;
constexpr std::int64_t kSpan = 300 * 24 * 3600; // conversations modified over 300 days
constexpr std::int64_t kHour = 3600;

constexpr std::array<const char *, 12> kSubjects = {
    "Réunion", "Budget",   "Élection du CSE", "Contrat",      "Facture", "Planning",
    "Rapport", "Sécurité", "Formation",       "Déménagement", "Audit",   "Holiday schedule"};
constexpr std::array<const char *, 6> kTopics = {"équipe",    "client",  "fournisseur",
                                                 "trimestre", "project", "direction"};

struct Account
{
    std::string personaId;
    std::string email;
    std::string name;
};

// The two members of conversation k: every persona meets every other in turn, so that each
// list holds about the same number of conversations.
std::pair<int, int> membersOf(std::int64_t k, int users)
{
    const int a = static_cast<int>(k % users);
    const int b = static_cast<int>((a + 1 + (k / users) % (users - 1)) % users);
    return {a, b};
}

// A small file to import as attachments (the same bytes each time, under its own id).
class SampleFile
{
public:
    SampleFile()
        : m_path(std::filesystem::temp_directory_path() / (crypto::randomId("pli-scale-") + ".txt"))
    {
        std::ofstream out(m_path, std::ios::binary);
        for (int i = 0; i < 64; ++i)
            out << "Pièce jointe de démonstration, ligne " << i << " — sample attachment.\n";
    }
    ~SampleFile()
    {
        std::error_code ec;
        std::filesystem::remove(m_path, ec);
    }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};
} // namespace

ScaleSeeder::ScaleSeeder(ServerContext &ctx, ScaleSeedPlan plan)
    : m_ctx(ctx)
    , m_plan(std::move(plan))
{}

std::string ScaleSeeder::username(int index)
{
    char name[32];
    std::snprintf(name, sizeof name, "scale-%05d", index + 1);
    return name;
}

std::string ScaleSeeder::email(int index)
{
    return username(index) + "@scale.pli.test";
}

ScaleSeedResult
ScaleSeeder::run(const std::function<void(std::int64_t done, std::int64_t total)> &progress)
{
    auto &db = *m_ctx.db;
    const std::int64_t now = nowSeconds();
    {
        auto guard = db.lock();
        if (UserRecords::usernameTaken(db, username(0)))
            throw std::runtime_error("the accounts of seed-scale exist already (" + username(0) +
                                     "): seed a new data directory");
    }
    // Inserts land all over the member indexes (ids are random): a cache that holds them turns
    // most of the seeding's page reads and writes into memory work. This connection only.
    {
        auto guard = db.lock();
        db.exec("PRAGMA cache_size=-262144"); // 256 MiB
        // A seed cut short by a crash is seeded again: no need to wait for the disk each batch.
        db.exec("PRAGMA synchronous=OFF");
    }
    // Hashed once: every account shares the password (scrypt takes 0.1 s a hash).
    const std::string passwordHash = hashPassword(m_plan.password);
    std::vector<Account> accounts;
    db.transaction([&] {
        for (int i = 0; i < m_plan.users; ++i) {
            UserRecord user;
            user.id = crypto::randomId("u_");
            user.username = username(i);
            user.displayName = "Scale User " + std::to_string(i + 1);
            user.email = email(i);
            user.organization = "Scale";
            user.role = "collaborator";
            // An authenticator, enrolled at the first sign-in; the server's default language.
            user.secondFactor = SecondFactorMethod::Totp;
            user.passwordHash = passwordHash;
            user.passwordChangedAt = now;
            user.createdAt = now;
            UserRecords::insert(db, user);
            const std::string personaId = crypto::randomId("p_");
            PersonaRecords::insert(db, {personaId, user.id, email(i), "", true, now});
            accounts.push_back({personaId, email(i), user.displayName});
        }
    });

    ScaleSeedResult result;
    const std::int64_t total = (m_plan.users * m_plan.conversationsPerPersona + 1) / 2;
    const SampleFile sample;
    // Attachments go on every message of the newest conversations (the last written).
    const std::int64_t perThread = std::max(1, m_plan.messagesPerThread);
    const std::int64_t firstAttached = total - (m_plan.attachments + perThread - 1) / perThread;
    for (std::int64_t first = 0; first < total; first += kBatch) {
        db.transaction([&] {
            ScaleRecords records(db);
            for (std::int64_t k = first; k < std::min(total, first + kBatch); ++k) {
                const auto [a, b] = membersOf(k, m_plan.users);
                const Account &ownerAccount = accounts[static_cast<size_t>(a)];
                const std::string &owner = ownerAccount.personaId;
                const std::string &other = accounts[static_cast<size_t>(b)].personaId;
                // Oldest first, as a server fills: index pages fill up instead of splitting.
                const std::int64_t modifiedAt =
                    now - (total - 1 - k) * kSpan / std::max<std::int64_t>(1, total);
                const auto count = static_cast<int>(perThread);
                const std::int64_t createdAt = modifiedAt - (count - 1) * kHour;
                // New: the participant has not opened it yet (only the owner wrote). Unread: the
                // newest message is not opened yet.
                const bool isNew = k % 10 == 0;
                const bool unread = k % 3 == 0;
                const std::string id = crypto::randomId("c_");
                const std::string title = std::string(kSubjects[k % kSubjects.size()]) + " " +
                                          kTopics[(k / kSubjects.size()) % kTopics.size()] + " " +
                                          std::to_string(k + 1);
                records.conversation(id, title, owner, createdAt, modifiedAt);
                records.activity(id, owner, "created", createdAt);
                // Messages before members: the schema's triggers then find no member to update
                // after each message and each opening, and the members get their unread state
                // at once (the latest expiry of what they did not send nor open).
                std::int64_t ownerUnreadUntil = 0, otherUnreadUntil = 0;
                for (int j = 0; j < count; ++j) {
                    const bool fromOwner = isNew || j % 2 == 0;
                    const std::string &sender = fromOwner ? owner : other;
                    const std::string &reader = fromOwner ? other : owner;
                    const std::int64_t sentAt = createdAt + j * kHour;
                    const std::int64_t expiresAt = sentAt + ConversationWriter::messageLifetime;
                    const std::string messageId = crypto::randomId("m_");
                    records.message(messageId, id, sender,
                                    "Message " + std::to_string(j + 1) + " de « " + title + " ».",
                                    sentAt, expiresAt);
                    records.activity(id, sender, "posted", sentAt);
                    ++result.messages;
                    if (!isNew && !(unread && j == count - 1)) {
                        records.opened(messageId, reader, sentAt + 60);
                        records.activity(id, reader, "opened", sentAt + 60);
                    } else {
                        auto &until = fromOwner ? otherUnreadUntil : ownerUnreadUntil;
                        until = std::max(until, expiresAt);
                    }
                    if (k >= firstAttached && result.attachments < m_plan.attachments) {
                        m_ctx.attachments->importFile(db, messageId, sample.path(),
                                                      "piece-jointe.txt", "text/plain");
                        ++result.attachments;
                    }
                }
                const std::string key =
                    conversationSearchKey(title, ownerAccount.email, ownerAccount.name);
                records.member(id, owner, true, false, createdAt, modifiedAt, title,
                               ownerAccount.email, key, ownerUnreadUntil);
                records.member(id, other, false, isNew, createdAt, modifiedAt, title,
                               ownerAccount.email, key, otherUnreadUntil);
                ++result.conversations;
            }
        });
        if (progress)
            progress(result.conversations, total);
    }
    return result;
}

} // namespace pli::server
