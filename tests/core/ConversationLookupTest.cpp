// ConversationLookup against the real pli-server: the account that sees a conversation, and its
// persona among the members, whatever the order of the accounts signed in.
#include "JobWait.h"
#include "SignedInApi.h"

#include "api/CreateConversationJob.h"
#include "links/ConversationLookup.h"

#include <gtest/gtest.h>

using namespace pli;
using namespace pli::test;
using Candidate = ConversationLookup::Candidate;

namespace {

class ConversationLookupTest : public ::testing::Test
{
protected:
    QString marcWritesTo(const SignedInApi &to)
    {
        NewConversation draft;
        draft.personaId = QString::fromStdString(marc.personaId);
        draft.title = QStringLiteral("Devis 2015");
        draft.participants = {QString::fromStdString(to.email)};
        draft.body = QStringLiteral("Bonjour");
        auto job = waitFor(marc.api->createConversation(draft));
        EXPECT_TRUE(job->isSuccess()) << job->error().codeName().toStdString();
        return job->conversationId();
    }

    std::unique_ptr<ConversationLookup> lookUp(QList<Candidate> candidates, const QString &id)
    {
        auto *job = new ConversationLookup(std::move(candidates), id);
        job->start();
        return waitFor(job, 20000);
    }

    TestServer server;
    SignedInApi marc{server, "marc", "collaborator"};
    SignedInApi paula{server, "paula"};
    SignedInApi olga{server, "olga"};
};

} // namespace

TEST_F(ConversationLookupTest, FindsTheAccountAndPersonaThatSeeIt)
{
    const QString id = marcWritesTo(paula);
    const auto found = lookUp({{QStringLiteral("olga-key"), olga.api.get()},
                               {QStringLiteral("paula-key"), paula.api.get()}},
                              id);
    ASSERT_TRUE(found->isSuccess()) << found->error().message().toStdString();
    EXPECT_EQ(found->accountKey(), QStringLiteral("paula-key"));
    EXPECT_EQ(found->personaId(), QString::fromStdString(paula.personaId));
    EXPECT_EQ(found->details().title, QStringLiteral("Devis 2015"));

    // The owner's side: Marc's persona is the owner.
    const auto owner = lookUp({{QStringLiteral("marc-key"), marc.api.get()}}, id);
    ASSERT_TRUE(owner->isSuccess());
    EXPECT_EQ(owner->personaId(), QString::fromStdString(marc.personaId));
}

TEST_F(ConversationLookupTest, NotFoundWhenNoAccountSeesIt)
{
    const QString id = marcWritesTo(paula);
    EXPECT_EQ(lookUp({{QStringLiteral("olga-key"), olga.api.get()}}, id)->error().code(),
              Error::Code::NotFound);
    EXPECT_EQ(lookUp({}, id)->error().code(), Error::Code::NotFound);
    EXPECT_EQ(lookUp({{QStringLiteral("paula-key"), paula.api.get()}}, QStringLiteral("c_nope"))
                  ->error()
                  .code(),
              Error::Code::NotFound);
}

TEST_F(ConversationLookupTest, AnAccountThatCannotBeAskedIsToldOnlyWhenNoneSeesIt)
{
    const QString id = marcWritesTo(paula);
    ApiClient unreachable(QUrl(QStringLiteral("http://127.0.0.1:1")));
    unreachable.setSession(QStringLiteral("token"), QString());
    const auto found = lookUp(
        {{QStringLiteral("gone"), &unreachable}, {QStringLiteral("paula-key"), paula.api.get()}},
        id);
    EXPECT_TRUE(found->isSuccess());
    EXPECT_EQ(lookUp({{QStringLiteral("gone"), &unreachable},
                      {QStringLiteral("olga-key"), olga.api.get()}},
                     id)
                  ->error()
                  .code(),
              Error::Code::Network);
}
