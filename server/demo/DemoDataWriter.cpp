#include "DemoDataWriter.h"

#include "AttachmentStore.h"
#include "Clock.h"
#include "ConversationRecords.h"
#include "ConversationWriter.h"
#include "Crypto.h"
#include "Database.h"
#include "DemoAccounts.h"
#include "DemoSpreadsheet.h"
#include "MessageRecords.h"
#include "Notifier.h"
#include "PasswordHash.h"
#include "PersonaRecords.h"
#include "ServerContext.h"
#include "UserRecords.h"

#include <array>
#include <fstream>

namespace pli::server {

namespace {
constexpr std::int64_t kDay = 24 * 3600;
constexpr std::int64_t kHour = 3600;

// A file for AttachmentStore::importFile, removed when done.
class TemporaryFile
{
public:
    TemporaryFile(const std::string &name, const std::string &bytes)
        : m_dir(std::filesystem::temp_directory_path() / crypto::randomId("pli-demo-"))
    {
        std::filesystem::create_directories(m_dir);
        std::ofstream(m_dir / name, std::ios::binary) << bytes;
        m_path = m_dir / name;
    }
    ~TemporaryFile()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_dir;
    std::filesystem::path m_path;
};

const std::array<const char *, 25> kExtraTitles = {"Invoice 2017-014",
                                                   "Office move schedule",
                                                   "Parking permits",
                                                   "Quarterly report Q1",
                                                   "Training calendar",
                                                   "Security audit",
                                                   "Supplier contract renewal",
                                                   "Team offsite",
                                                   "Holiday schedule",
                                                   "IT equipment request",
                                                   "Insurance certificates",
                                                   "Expense claims, March",
                                                   "Steering committee minutes",
                                                   "Website redesign",
                                                   "Brochure translation",
                                                   "Employee handbook update",
                                                   "Recycling programme",
                                                   "Fire drill",
                                                   "New badge photos",
                                                   "Printer maintenance",
                                                   "Conference registration",
                                                   "Client satisfaction survey",
                                                   "Legal review of the terms",
                                                   "Payroll calendar",
                                                   "Archive boxes pickup"};
} // namespace

DemoDataWriter::DemoDataWriter(ServerContext &ctx)
    : m_ctx(ctx)
    , m_now(nowSeconds())
{}

void DemoDataWriter::writeOnce()
{
    if (!alreadyWritten())
        write();
}

bool DemoDataWriter::alreadyWritten()
{
    auto guard = m_ctx.db->lock();
    return UserRecords::usernameTaken(*m_ctx.db, DemoAccounts::participantUser);
}

PersonaCard DemoDataWriter::addAccount(const Account &account, const std::string &passwordHash)
{
    auto &db = *m_ctx.db;
    UserRecord user;
    user.id = crypto::randomId("u_");
    user.username = account.username;
    user.displayName = account.displayName;
    user.email = account.email;
    user.organization = account.organization;
    user.role = account.role;
    user.passwordHash = passwordHash;
    user.passwordChangedAt = m_now;
    if (account.withTotp) {
        user.totpSecret = DemoAccounts::totpSecret;
        user.totpDeviceName = "Demo authenticator";
    }
    user.createdAt = m_now;
    UserRecords::insert(db, user);
    return addPersona(user.id, account.email);
}

PersonaCard DemoDataWriter::addPersona(const std::string &userId, const std::string &email)
{
    const std::string personaId = crypto::randomId("p_");
    PersonaRecords::insert(*m_ctx.db, {personaId, userId, email, "", true, m_now});
    return *PersonaRecords::card(*m_ctx.db, personaId);
}

void DemoDataWriter::markOpened(const std::string &conversationId, const std::string &messageId,
                                const PersonaCard &reader, std::int64_t at)
{
    MessageRecords::markOpened(*m_ctx.db, messageId, reader.id, at);
    ConversationRecords::recordActivity(*m_ctx.db, conversationId, reader.id, "opened", at);
}

std::string DemoDataWriter::addConversation(ConversationWriter &writer, const PersonaCard &owner,
                                            const PersonaCard &participant,
                                            const std::string &title,
                                            const std::vector<Line> &lines)
{
    auto &db = *m_ctx.db;
    std::string conversationId;
    bool participantOpenedSome = false;
    for (const auto &line : lines) {
        MessageDraft draft;
        draft.body = line.body;
        draft.sentAt = line.sentAt;
        draft.expiresAt = line.expiresAt;
        draft.attach = line.attach;
        const PersonaCard &sender = line.fromOwner ? owner : participant;
        if (conversationId.empty())
            conversationId = writer.create(owner, title, {participant}, draft);
        else
            writer.post(conversationId, sender.id, draft);
        if (!line.read)
            continue;
        const PersonaCard &reader = line.fromOwner ? participant : owner;
        markOpened(conversationId, MessageRecords::newestIn(db, conversationId), reader,
                   line.sentAt + 2 * kHour);
        participantOpenedSome = participantOpenedSome || line.fromOwner;
    }
    if (participantOpenedSome)
        ConversationRecords::markSeen(db, conversationId, participant.id);
    return conversationId;
}

void DemoDataWriter::seedBudgetRequests(ConversationWriter &writer)
{
    const TemporaryFile sheet(DemoSpreadsheet::fileName, DemoSpreadsheet::bytes());
    const auto attachSheet = [this, path = sheet.path()](const std::string &messageId) {
        m_ctx.attachments->importFile(*m_ctx.db, messageId, path, DemoSpreadsheet::fileName,
                                      DemoSpreadsheet::contentType);
    };
    const std::int64_t t = m_now - 24 * kDay + 9 * kHour;
    addConversation(
        writer, m_marie, m_persona101, "Budget requests",
        {{true,
          "Hello Jean,\n\nHere are the updates for the project. You will see that the 2015 quote "
          "now includes the card readers for the second floor and the staff training. Could you "
          "check that the amounts fit your budget?\n\nThank you,\nMarie",
          t, true, std::nullopt, attachSheet},
         {false,
          "Hi Marie,\n\nCan we also review the 2015 forecasts? They have to be approved by the "
          "committee before the end of the month and I would like to present both documents "
          "together.\n\nJean",
          t + 3 * kDay,
          true,
          m_now + 5 * kDay,
          {}},
         {true,
          "Of course. I will send you the forecasts by Friday. Note in the meantime that the "
          "licence costs went up by 4% this year.",
          t + 6 * kDay,
          true,
          std::nullopt,
          {}},
         {false,
          "Thank you. The 4% increase is fine. Could you split the installation costs between the "
          "two buildings?",
          t + 10 * kDay,
          true,
          std::nullopt,
          {}},
         {true,
          "Done: the installation is now split between the main building and the annex. The "
          "total does not change.",
          t + 14 * kDay,
          true,
          std::nullopt,
          {}},
         {false,
          "Perfect. The committee meets next Tuesday; I will tell you its decision right after.",
          t + 18 * kDay,
          true,
          std::nullopt,
          {}},
         {true,
          "Hello Jean,\n\nAny news from the committee? If the budget is approved, we can order the "
          "card printer this week.\n\nMarie",
          t + 22 * kDay,
          false,
          std::nullopt,
          {}}});
}

void DemoDataWriter::seedArchive(ConversationWriter &writer)
{
    const std::int64_t t = m_now - 45 * kDay;
    addConversation(writer, m_paul, m_persona101, "Project archive 2014",
                    {{true,
                      "Hello Jean,\n\nHere is the summary of the 2014 project for your records. I "
                      "am leaving Innovactione at the end of the month.\n\nPaul",
                      t,
                      true,
                      std::nullopt,
                      {}},
                     {false,
                      "Thank you Paul, well received. All the best!",
                      t + kDay,
                      true,
                      std::nullopt,
                      {}}});
}

void DemoDataWriter::write()
{
    using Demo = DemoAccounts;
    const std::string hash = hashPassword(Demo::password); // slow: before taking the lock
    auto &db = *m_ctx.db;
    Notifier silent(m_ctx, /*silent=*/true);
    db.transaction([&] {
        m_persona101 = addAccount({Demo::participantUser, "Jean Tremblay", Demo::participantEmail1,
                                   "", "participant", true},
                                  hash);
        m_persona102 = addPersona(m_persona101.userId, Demo::participantEmail2);
        const PersonaCard alex = addAccount({Demo::firstAccessUser, "Alex Martin",
                                             "alex.martin@example.com", "", "participant", false},
                                            hash);
        m_marie =
            addAccount({Demo::collaboratorUser, "Marie Unetelle", "marie.unetelle@innovactione.com",
                        "Innovactione", "collaborator", true},
                       hash);
        m_jean = addAccount({"jean.dupont", "Jean Dupont", "jean.dupont@innovactione.com",
                             "Innovactione", "collaborator", true},
                            hash);
        m_paul = addAccount({"paul.ancien", "Paul Ancien", "paul.ancien@innovactione.com",
                             "Innovactione", "collaborator", true},
                            hash);

        ConversationWriter writer(db, silent);
        seedArchive(writer);
        for (size_t i = 0; i < kExtraTitles.size(); ++i) {
            const auto n = static_cast<std::int64_t>(i);
            const PersonaCard &owner = i % 2 ? m_jean : m_marie;
            const std::int64_t t = m_now - (3 + 2 * n) * kDay - n * kHour;
            const std::string hello =
                std::string("Hello Jean,\n\nPlease find the details about \"") + kExtraTitles[i] +
                "\" below. Tell me if anything is " + "missing.\n\n" + owner.displayName;
            if (i % 3 == 0) // new: never opened
                addConversation(writer, owner, m_persona101, kExtraTitles[i],
                                {{true, hello, t, false, std::nullopt, {}}});
            else if (i % 3 == 1) // read and answered
                addConversation(writer, owner, m_persona101, kExtraTitles[i],
                                {{true, hello, t, true, std::nullopt, {}},
                                 {false,
                                  "Thank you, that is all I needed.",
                                  t + 5 * kHour,
                                  true,
                                  std::nullopt,
                                  {}}});
            else // read, then a reminder not opened yet
                addConversation(writer, owner, m_persona101, kExtraTitles[i],
                                {{true, hello, t, true, std::nullopt, {}},
                                 {true,
                                  "A gentle reminder about this one.",
                                  t + kDay,
                                  false,
                                  std::nullopt,
                                  {}}});
        }
        seedBudgetRequests(writer);
        addConversation(writer, m_marie, m_persona101, "Access Cards",
                        {{true,
                          "Hello Jean,\n\nYour new access cards for the Innovactione offices are "
                          "ready. Please confirm the name to print on them and when you would "
                          "like to pick them up.\n\nMarie Unetelle",
                          m_now - kDay - 2 * kHour,
                          false,
                          std::nullopt,
                          {}}});
        addConversation(writer, m_jean, m_persona102, "Cartes d'accès",
                        {{true,
                          "Bonjour Jean,\n\nVos nouvelles cartes d'accès aux bureaux "
                          "d'Innovactione sont prêtes. Merci de confirmer le nom à imprimer et "
                          "le moment où vous souhaitez les récupérer.\n\nJean Dupont",
                          m_now - kDay - kHour,
                          false,
                          std::nullopt,
                          {}}});
        addConversation(writer, m_marie, alex, "Welcome to Pli",
                        {{true,
                          "Hello Alex,\n\nWelcome to Pli: this is where we will exchange the "
                          "documents of your file securely.\n\nMarie Unetelle",
                          m_now - 3 * kHour,
                          false,
                          std::nullopt,
                          {}}});
        // Paul has left: his conversation stays readable but can no longer be answered.
        UserRecords::setActive(db, m_paul.userId, false);
    });
}

} // namespace pli::server
