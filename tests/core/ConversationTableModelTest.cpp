// ConversationTableModel against the real pli-server: one page at a time with its counts, the
// portal's page sizes only, the newest request winning, a page that no longer exists replaced by
// the last one, a refused list said once with its reason.
#include "models/ConversationTableModel.h"
#include "api/DeleteConversationsJob.h"
#include "net/ApiClient.h"

#include "TestHttp.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::test;

namespace {

class ConversationTableModelTest : public ::testing::Test
{
protected:
    TestServer server;
    std::unique_ptr<httplib::Client> http = server.client();
    std::string ownerToken;
    std::string ownerPersona;
    QString jeanPersona;
    std::vector<std::string> ids; // oldest first
    ApiClient api;

    void SetUp() override
    {
        const std::string owner = server.addUser("marie", "collaborator", std::nullopt, "Org");
        ownerPersona = server.addPersona(owner, "marie@pli.test", "Marie");
        ownerToken = server.tokenFor(owner);
        const std::string jean = server.addUser("jean");
        jeanPersona = QString::fromStdString(server.addPersona(jean, "jean@pli.test", "Jean"));
        for (int i = 1; i <= 25; ++i) {
            auto res = postJson(*http, "/api/v1/conversations",
                                {{"persona_id", ownerPersona},
                                 {"title", "Conversation " + std::to_string(i)},
                                 {"participants", {"jean@pli.test"}},
                                 {"body", "Hello"}},
                                ownerToken);
            ASSERT_EQ(res->status, 201) << res->body;
            ids.push_back(jsonOf(res)["id"]);
        }
        api.setServerUrl(QUrl(QString::fromStdString(server.baseUrl())));
        api.setSession(QString::fromStdString(server.tokenFor(jean)), QString());
    }

    static bool waitLoaded(ConversationTableModel &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
    }

    // The `loading` values announced by loadingChanged, in order.
    static QList<bool> loadingValues(const QSignalSpy &spy)
    {
        QList<bool> values;
        for (const QList<QVariant> &arguments : spy)
            values.append(arguments.first().toBool());
        return values;
    }
};

TEST_F(ConversationTableModelTest, LoadsOnePageWithItsCounts)
{
    ConversationTableModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loading(&model, &ConversationTableModel::loadingChanged);
    QSignalSpy loaded(&model, &ConversationTableModel::loaded);
    model.setPersona(jeanPersona);
    EXPECT_TRUE(model.isLoading());
    EXPECT_FALSE(model.hasLoaded());
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(loadingValues(loading), (QList<bool>{true, false}));
    EXPECT_TRUE(model.hasLoaded());
    EXPECT_FALSE(model.lastError().isError());
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.total(), 25);
    EXPECT_EQ(model.pages(), 3);
    EXPECT_EQ(model.page(), 1);
}

TEST_F(ConversationTableModelTest, OffersOnlyThePortalsPageSizes)
{
    ConversationTableModel model(&api);
    model.setPersona(jeanPersona);
    ASSERT_TRUE(waitLoaded(model));
    model.setPerPage(15);
    EXPECT_FALSE(model.isLoading()) << "15 is not a choice: nothing asked";
    EXPECT_EQ(model.query().perPage, 10);
    model.setPerPage(30);
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 25);
    EXPECT_EQ(model.pages(), 1);
}

TEST_F(ConversationTableModelTest, TheNewestRequestWins)
{
    ConversationTableModel model(&api);
    QSignalSpy loading(&model, &ConversationTableModel::loadingChanged);
    QSignalSpy loaded(&model, &ConversationTableModel::loaded);
    model.setPersona(jeanPersona);
    model.setPage(3); // before the first page arrived
    ASSERT_TRUE(loaded.wait(10000));
    QTest::qWait(200);
    EXPECT_EQ(loaded.size(), 1) << "the first page's answer never arrives";
    EXPECT_EQ(loadingValues(loading), (QList<bool>{true, false}));
    EXPECT_EQ(model.page(), 3);
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(ConversationTableModelTest, APageThatNoLongerExistsGivesWayToTheLastOne)
{
    ConversationTableModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPersona(jeanPersona);
    ASSERT_TRUE(waitLoaded(model));
    model.setPage(3);
    ASSERT_TRUE(waitLoaded(model));
    ASSERT_EQ(model.rowCount(), 5);
    // Elsewhere, six conversations leave Jean's list: 19 remain, two pages.
    QStringList gone;
    for (int i = 0; i < 6; ++i)
        gone.append(QString::fromStdString(ids.at(size_t(i))));
    auto *job = api.deleteConversations(jeanPersona, gone);
    job->setAutoDelete(false);
    ASSERT_TRUE(QSignalSpy(job, &Job::finished).wait(10000));
    ASSERT_TRUE(job->isSuccess());
    delete job;

    QSignalSpy loading(&model, &ConversationTableModel::loadingChanged);
    QSignalSpy loaded(&model, &ConversationTableModel::loaded);
    model.reload();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(model.page(), 2);
    EXPECT_EQ(model.pages(), 2);
    EXPECT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.total(), 19);
    // One load as far as the views can tell: the empty page was never shown.
    EXPECT_EQ(loaded.size(), 1);
    EXPECT_EQ(loadingValues(loading), (QList<bool>{true, false}));
}

TEST_F(ConversationTableModelTest, ARefusedListSaysWhyAndStopsLoading)
{
    ConversationTableModel model(&api);
    QSignalSpy loading(&model, &ConversationTableModel::loadingChanged);
    QSignalSpy failed(&model, &ConversationTableModel::failed);
    model.setPersona(QStringLiteral("no-such-persona"));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(model.lastError().code(), Error::Code::NotFound);
    EXPECT_EQ(failed.first().first().value<Error>().code(), Error::Code::NotFound);
    EXPECT_EQ(loadingValues(loading), (QList<bool>{true, false}));
    EXPECT_FALSE(model.isLoading());
    EXPECT_FALSE(model.hasLoaded());
    EXPECT_EQ(model.rowCount(), 0);

    // Another persona: the error is forgotten with the rows.
    model.setPersona(jeanPersona);
    EXPECT_FALSE(model.lastError().isError());
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 10);
}

} // namespace
