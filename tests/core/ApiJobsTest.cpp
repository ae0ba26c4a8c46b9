// One job per endpoint, each against the real pli-server seeded with the participant guide's
// example (--demo): the typed results carry what the server holds, and the refusals the
// contract promises arrive as the right pli::Error.
#include "DemoData.h"
#include "JobWait.h"
#include "SignInFlow.h"
#include "SignedInApi.h"
#include "TestServer.h"

#include "DemoAccounts.h"
#include "api/AddContactJob.h"
#include "api/AddPersonaJob.h"
#include "api/CreateConversationJob.h"
#include "api/DeleteContactJob.h"
#include "api/DeleteConversationsJob.h"
#include "api/GetAttachmentJob.h"
#include "api/GetConversationJob.h"
#include "api/GetMeJob.h"
#include "api/ListActivityJob.h"
#include "api/ListContactsJob.h"
#include "api/ListConversationsJob.h"
#include "api/ListMessagesJob.h"
#include "api/ListPersonasJob.h"
#include "api/OpenMessageJob.h"
#include "api/PostMessageJob.h"
#include "api/VerifyPersonaJob.h"
#include "net/ApiClient.h"

#include <gtest/gtest.h>

#include <regex>

using namespace pli;
using namespace pli::test;
using Demo = pli::server::DemoAccounts;

namespace {

class ApiJobs : public ::testing::Test
{
public:
    static void SetUpTestSuite()
    {
        s_demo = new DemoData();
        s_server = &s_demo->server();
        s_api = signIn(Demo::participantUser);
    }
    static void TearDownTestSuite()
    {
        delete s_marie;
        s_marie = nullptr;
        delete s_api;
        s_api = nullptr;
        s_server = nullptr;
        delete s_demo;
        s_demo = nullptr;
    }

    static ApiClient *signIn(const char *username)
    {
        auto *api = new ApiClient(urlOf(*s_server));
        const SignedIn tokens =
            SignInFlow(*s_server).signIn(username, Demo::password, Demo::totpSecret);
        api->setSession(QString::fromStdString(tokens.accessToken),
                        QString::fromStdString(tokens.refreshToken));
        return api;
    }

    ApiClient &api() { return *s_api; }
    // The collaborator of the demo, signed in once (TOTP codes are single-use).
    ApiClient &marie()
    {
        if (!s_marie)
            s_marie = signIn(Demo::collaboratorUser);
        return *s_marie;
    }
    TestServer &server() { return *s_server; }

    Persona persona(const char *email)
    {
        auto job = waitFor(api().listPersonas());
        EXPECT_TRUE(job->isSuccess()) << job->error().codeName().toStdString();
        for (const Persona &p : job->personas()) {
            if (p.email == QLatin1StringView(email))
                return p;
        }
        ADD_FAILURE() << "no persona " << email;
        return {};
    }

    ConversationSummary conversation(const QString &title)
    {
        ConversationQuery query;
        query.q = title;
        query.perPage = 30;
        auto job = waitFor(api().listConversations(persona(Demo::participantEmail1).id, query));
        EXPECT_TRUE(job->isSuccess());
        for (const ConversationSummary &c : job->page().items) {
            if (c.title == title)
                return c;
        }
        ADD_FAILURE() << "no conversation " << title.toStdString();
        return {};
    }

private:
    static DemoData *s_demo;
    static TestServer *s_server;
    static ApiClient *s_api;
    static ApiClient *s_marie;
};

DemoData *ApiJobs::s_demo = nullptr;
TestServer *ApiJobs::s_server = nullptr;
ApiClient *ApiJobs::s_api = nullptr;
ApiClient *ApiJobs::s_marie = nullptr;

} // namespace

TEST_F(ApiJobs, GetMeDescribesTheProfileAndItsPersonas)
{
    auto job = waitFor(api().getMe());
    ASSERT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    const Me me = job->me();
    EXPECT_EQ(me.username, QLatin1StringView(Demo::participantUser));
    EXPECT_EQ(me.displayName, QStringLiteral("Jean Tremblay"));
    EXPECT_EQ(me.role, Role::Participant);
    QStringList emails;
    for (const Persona &p : me.personas)
        emails.append(p.email);
    EXPECT_TRUE(emails.contains(QLatin1StringView(Demo::participantEmail1)));
    EXPECT_TRUE(emails.contains(QLatin1StringView(Demo::participantEmail2)));
}

TEST_F(ApiJobs, ListPersonasCountsConversationsAndUnread)
{
    const Persona first = persona(Demo::participantEmail1);
    const Persona second = persona(Demo::participantEmail2);
    EXPECT_GT(first.conversationCount, 10);
    EXPECT_GT(first.unreadCount, 0);
    EXPECT_EQ(second.conversationCount, 1); // "Cartes d'accès"
    EXPECT_EQ(second.unreadCount, 1);
    EXPECT_TRUE(first.verified);
}

TEST_F(ApiJobs, ListConversationsPagesAndSortsOnTheServer)
{
    const QString personaId = persona(Demo::participantEmail1).id;
    auto firstPage = waitFor(api().listConversations(personaId, {}));
    ASSERT_TRUE(firstPage->isSuccess()) << firstPage->error().detail().toStdString();
    const ConversationPage page = firstPage->page();
    EXPECT_EQ(page.page, 1);
    EXPECT_EQ(page.perPage, 10);
    EXPECT_EQ(page.items.size(), qMin(10, page.total));
    EXPECT_EQ(page.pages, (page.total + 9) / 10);
    for (qsizetype i = 1; i < page.items.size(); ++i)
        EXPECT_GE(page.items.at(i - 1).modifiedAt, page.items.at(i).modifiedAt);

    ConversationQuery ascending;
    ascending.order = SortOrder::Ascending;
    ascending.perPage = 30;
    auto all = waitFor(api().listConversations(personaId, ascending));
    ASSERT_TRUE(all->isSuccess());
    EXPECT_EQ(all->page().items.size(), page.total);
    for (qsizetype i = 1; i < all->page().items.size(); ++i)
        EXPECT_LE(all->page().items.at(i - 1).modifiedAt, all->page().items.at(i).modifiedAt);

    ConversationQuery second;
    second.page = 2;
    auto next = waitFor(api().listConversations(personaId, second));
    ASSERT_TRUE(next->isSuccess());
    EXPECT_EQ(next->page().page, 2);
    if (!next->page().items.isEmpty()) {
        EXPECT_NE(next->page().items.first().id, page.items.first().id);
    }

    bool sawReadOnly = false;
    bool sawNew = false;
    for (const ConversationSummary &c : all->page().items) {
        sawReadOnly = sawReadOnly || (c.readOnly && c.title == u"Project archive 2014");
        sawNew = sawNew || c.isNew;
    }
    EXPECT_TRUE(sawReadOnly);
    EXPECT_TRUE(sawNew);
}

TEST_F(ApiJobs, ListConversationsSearchesWithSpecialCharacters)
{
    const QString personaId = persona(Demo::participantEmail2).id;
    ConversationQuery query;
    query.q = QStringLiteral("Cartes d'accès");
    auto found = waitFor(api().listConversations(personaId, query));
    ASSERT_TRUE(found->isSuccess()) << found->error().detail().toStdString();
    ASSERT_EQ(found->page().items.size(), 1);
    EXPECT_EQ(found->page().items.first().owner.organization, QStringLiteral("Innovactione"));

    query.q = QStringLiteral("no+such&title=%");
    auto none = waitFor(api().listConversations(personaId, query));
    ASSERT_TRUE(none->isSuccess());
    EXPECT_TRUE(none->page().items.isEmpty());
}

TEST_F(ApiJobs, ConversationDetailsAndMessagesPageBackwards)
{
    const ConversationSummary budget = conversation(QStringLiteral("Budget requests"));
    auto details = waitFor(api().getConversation(budget.id));
    ASSERT_TRUE(details->isSuccess()) << details->error().detail().toStdString();
    EXPECT_EQ(details->details().title, QStringLiteral("Budget requests"));
    EXPECT_EQ(details->details().owner.displayName, QStringLiteral("Marie Unetelle"));
    EXPECT_EQ(details->details().messageCount, 7);
    EXPECT_FALSE(details->details().readOnly);

    auto newest = waitFor(api().listMessages(budget.id, 5));
    ASSERT_TRUE(newest->isSuccess()) << newest->error().detail().toStdString();
    const MessagePage page = newest->page();
    EXPECT_EQ(page.total, 7);
    EXPECT_TRUE(page.hasMore);
    ASSERT_EQ(page.items.size(), 5);
    for (qsizetype i = 1; i < page.items.size(); ++i)
        EXPECT_LE(page.items.at(i - 1).sentAt, page.items.at(i).sentAt);

    auto older = waitFor(api().listMessages(budget.id, 5, page.items.first().id));
    ASSERT_TRUE(older->isSuccess());
    EXPECT_EQ(older->page().items.size(), 2);
    EXPECT_FALSE(older->page().hasMore);
    const Message first = older->page().items.first();
    ASSERT_EQ(first.attachments.size(), 1);
    const Attachment sheet = first.attachments.first();
    EXPECT_EQ(sheet.sha256.size(), 64);
    EXPECT_GT(sheet.size, 0);
    const Message second = older->page().items.at(1);
    EXPECT_TRUE(second.expiresAt.has_value());
    EXPECT_FALSE(second.expired);

    auto metadata = waitFor(api().getAttachment(sheet.id));
    ASSERT_TRUE(metadata->isSuccess()) << metadata->error().detail().toStdString();
    EXPECT_EQ(metadata->attachment(), sheet);
}

TEST_F(ApiJobs, OpeningAMessageIsRecordedInTheActivity)
{
    const ConversationSummary cards = conversation(QStringLiteral("Access Cards"));
    auto messages = waitFor(api().listMessages(cards.id, 5));
    ASSERT_TRUE(messages->isSuccess());
    ASSERT_FALSE(messages->page().items.isEmpty());
    const Message unread = messages->page().items.last();
    EXPECT_FALSE(unread.opened);

    auto open = waitFor(api().openMessage(unread.id));
    ASSERT_TRUE(open->isSuccess()) << open->error().detail().toStdString();
    auto again = waitFor(api().listMessages(cards.id, 5));
    EXPECT_TRUE(again->page().items.last().opened);

    auto byDate = waitFor(api().listActivity(cards.id, ActivitySort::Date, SortOrder::Ascending));
    ASSERT_TRUE(byDate->isSuccess()) << byDate->error().detail().toStdString();
    const QList<ActivityEntry> entries = byDate->entries();
    ASSERT_GE(entries.size(), 2);
    EXPECT_EQ(entries.first().action, ActivityAction::Created);
    EXPECT_EQ(entries.last().action, ActivityAction::Opened);
    EXPECT_EQ(entries.last().actor.email, QLatin1StringView(Demo::participantEmail1));
    for (qsizetype i = 1; i < entries.size(); ++i)
        EXPECT_LE(entries.at(i - 1).at, entries.at(i).at);

    auto newestFirst =
        waitFor(api().listActivity(cards.id, ActivitySort::Date, SortOrder::Descending));
    ASSERT_TRUE(newestFirst->isSuccess());
    EXPECT_EQ(newestFirst->entries().first().action, ActivityAction::Opened);
}

TEST_F(ApiJobs, PostingARepliesAndReadOnlyConversationsRefuse)
{
    const ConversationSummary budget = conversation(QStringLiteral("Budget requests"));
    const QString text = QStringLiteral("The committee approved it. « Merci » — Jean 👍");
    auto posted = waitFor(api().postMessage(budget.id, text));
    ASSERT_TRUE(posted->isSuccess()) << posted->error().detail().toStdString();
    EXPECT_TRUE(posted->message().mine);
    EXPECT_EQ(posted->message().body, text);
    EXPECT_TRUE(posted->message().attachments.isEmpty());
    auto messages = waitFor(api().listMessages(budget.id, 1));
    EXPECT_EQ(messages->page().items.first().id, posted->message().id);

    const ConversationSummary archive = conversation(QStringLiteral("Project archive 2014"));
    auto refused = waitFor(api().postMessage(archive.id, QStringLiteral("Hello?")));
    EXPECT_EQ(refused->error().code(), Error::Code::ReadOnly);
    EXPECT_EQ(refused->error().httpStatus(), 403);

    auto unknownUpload =
        waitFor(api().postMessage(budget.id, QStringLiteral("x"), {QStringLiteral("nope")}));
    EXPECT_EQ(unknownUpload->error().code(), Error::Code::NotFound);
}

TEST_F(ApiJobs, UnknownOrHostileIdsAnswerNotFound)
{
    for (const QString &id :
         {QStringLiteral("does-not-exist"), QStringLiteral("../me"), QStringLiteral(".."),
          QStringLiteral("a?b#c"), QStringLiteral("é 🙂")}) {
        auto job = waitFor(api().getConversation(id));
        EXPECT_EQ(job->error().code(), Error::Code::NotFound) << id.toStdString();
    }
    auto attachment = waitFor(api().getAttachment(QStringLiteral("nope")));
    EXPECT_EQ(attachment->error().code(), Error::Code::NotFound);
    auto list = waitFor(api().listConversations(QStringLiteral("someone-else"), {}));
    EXPECT_EQ(list->error().code(), Error::Code::NotFound);
}

TEST_F(ApiJobs, ContactsAreAddedListedAndDeleted)
{
    auto added =
        waitFor(api().addContact(QStringLiteral("bob@example.test"), QStringLiteral("Bob")));
    ASSERT_TRUE(added->isSuccess()) << added->error().detail().toStdString();
    const Contact bob = added->contact();
    EXPECT_FALSE(bob.id.isEmpty());
    EXPECT_EQ(bob.displayName, QStringLiteral("Bob"));

    auto duplicate =
        waitFor(api().addContact(QStringLiteral("bob@example.test"), QStringLiteral("Bob")));
    EXPECT_EQ(duplicate->error().code(), Error::Code::AlreadyExists);
    auto invalid = waitFor(api().addContact(QStringLiteral("not an address"), QString()));
    EXPECT_EQ(invalid->error().code(), Error::Code::InvalidInput);

    auto list = waitFor(api().listContacts());
    ASSERT_TRUE(list->isSuccess());
    EXPECT_TRUE(list->contacts().contains(bob));

    auto removed = waitFor(api().deleteContact(bob.id));
    EXPECT_TRUE(removed->isSuccess()) << removed->error().detail().toStdString();
    auto again = waitFor(api().deleteContact(bob.id));
    EXPECT_EQ(again->error().code(), Error::Code::NotFound);
}

TEST_F(ApiJobs, APersonaIsAddedThenVerifiedWithTheMailedCode)
{
    const QString address = QStringLiteral("jean.second@example.test");
    auto added = waitFor(api().addPersona(address));
    ASSERT_TRUE(added->isSuccess()) << added->error().detail().toStdString();
    ASSERT_FALSE(added->personaId().isEmpty());
    EXPECT_FALSE(persona("jean.second@example.test").verified);

    auto wrong = waitFor(api().verifyPersona(added->personaId(), QStringLiteral("000000")));
    EXPECT_EQ(wrong->error().code(), Error::Code::InvalidCode);

    const auto mail = server().lastMailTo(address.toStdString());
    ASSERT_TRUE(mail.has_value());
    std::smatch match;
    ASSERT_TRUE(std::regex_search(*mail, match, std::regex(": ([0-9]{6})")));
    auto verified =
        waitFor(api().verifyPersona(added->personaId(), QString::fromStdString(match[1].str())));
    ASSERT_TRUE(verified->isSuccess()) << verified->error().detail().toStdString();
    EXPECT_TRUE(persona("jean.second@example.test").verified);
}

TEST_F(ApiJobs, OnlyCollaboratorsStartConversations)
{
    NewConversation draft;
    draft.personaId = persona(Demo::participantEmail1).id;
    draft.title = QStringLiteral("From a participant");
    draft.participants = {QStringLiteral("marie.unetelle@innovactione.com")};
    draft.body = QStringLiteral("Hello");
    auto refused = waitFor(api().createConversation(draft));
    EXPECT_EQ(refused->error().code(), Error::Code::ParticipantsCannotStart);

    auto me = waitFor(marie().getMe());
    ASSERT_TRUE(me->isSuccess());
    EXPECT_EQ(me->me().role, Role::Collaborator);
    draft.personaId = me->me().personas.first().id;
    draft.title = QStringLiteral("Signed contract");
    draft.participants = {QLatin1StringView(Demo::participantEmail2)};
    auto created = waitFor(marie().createConversation(draft));
    ASSERT_TRUE(created->isSuccess()) << created->error().detail().toStdString();
    EXPECT_EQ(created->conversation().title, QStringLiteral("Signed contract"));
    EXPECT_EQ(created->conversation().messageCount, 1);

    const QString secondPersona = persona(Demo::participantEmail2).id;
    ConversationQuery query;
    query.q = QStringLiteral("Signed contract");
    auto seen = waitFor(api().listConversations(secondPersona, query));
    ASSERT_EQ(seen->page().items.size(), 1);
    EXPECT_EQ(seen->page().items.first().id, created->conversationId());
    EXPECT_TRUE(seen->page().items.first().isNew);

    draft.participants = {QStringLiteral("nobody@nowhere.test")};
    auto unknown = waitFor(marie().createConversation(draft));
    EXPECT_EQ(unknown->error().code(), Error::Code::InvalidInput);
    EXPECT_EQ(unknown->error().httpStatus(), 422);
}

TEST_F(ApiJobs, DeletingRemovesConversationsFromThisPersonaOnly)
{
    const QString personaId = persona(Demo::participantEmail1).id;
    const ConversationSummary cards = conversation(QStringLiteral("Access Cards"));
    auto deleted = waitFor(api().deleteConversations(personaId, {cards.id}));
    ASSERT_TRUE(deleted->isSuccess()) << deleted->error().detail().toStdString();

    ConversationQuery query;
    query.q = QStringLiteral("Access Cards");
    auto after = waitFor(api().listConversations(personaId, query));
    ASSERT_TRUE(after->isSuccess());
    EXPECT_TRUE(after->page().items.isEmpty());

    // The owner still has it.
    auto details = waitFor(marie().getConversation(cards.id));
    EXPECT_TRUE(details->isSuccess());

    auto none = waitFor(api().deleteConversations(personaId, {}));
    EXPECT_EQ(none->error().code(), Error::Code::InvalidInput);
}
