// MessageThreadModel against the real pli-server: the five newest, "show next", "show all",
// opening a message, a posted message at the bottom, expired messages, failures.
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"

#include "Clock.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::test;

namespace {

class MessageThreadModelTest : public ::testing::Test
{
protected:
    TestServer server;
    std::unique_ptr<httplib::Client> http = server.client();
    std::string ownerToken;
    std::string participantToken;
    std::string participantUser;
    std::string participantPersona;
    ApiClient api;

    void SetUp() override
    {
        const std::string owner = server.addUser("marie", "collaborator", std::nullopt, "Org");
        server.addPersona(owner, "marie@pli.test", "Marie");
        ownerToken = server.tokenFor(owner);
        participantUser = server.addUser("jean");
        participantPersona = server.addPersona(participantUser, "jean@pli.test", "Jean");
        participantToken = server.tokenFor(participantUser);
        api.setServerUrl(QUrl(QString::fromStdString(server.baseUrl())));
        api.setSession(QString::fromStdString(participantToken), QString());
    }

    std::string personaOf(const std::string &token)
    {
        auto res = getWith(*http, "/api/v1/personas", token);
        return jsonOf(res)[0]["id"];
    }

    // A conversation from Marie to Jean with `count` messages, alternating senders
    // ("message 1" is the oldest).
    std::string conversationWith(int count)
    {
        auto res = postJson(*http, "/api/v1/conversations",
                            {{"persona_id", personaOf(ownerToken)},
                             {"title", "Budget requests"},
                             {"participants", {"jean@pli.test"}},
                             {"body", "message 1"}},
                            ownerToken);
        EXPECT_EQ(res->status, 201) << res->body;
        const std::string id = jsonOf(res)["id"];
        for (int i = 2; i <= count; ++i) {
            const std::string &token = i % 2 ? ownerToken : participantToken;
            auto posted = postJson(*http, "/api/v1/conversations/" + id + "/messages",
                                   {{"body", "message " + std::to_string(i)}}, token);
            EXPECT_EQ(posted->status, 201) << posted->body;
        }
        return id;
    }

    static bool waitLoaded(MessageThreadModel &model)
    {
        QSignalSpy spy(&model, &MessageThreadModel::loadingChanged);
        while (model.isLoading())
            if (!spy.wait(10000))
                return false;
        return true;
    }

    static QString bodyAt(const MessageThreadModel &model, int row)
    {
        return model.index(row).data(MessageThreadModel::BodyRole).toString();
    }
};

TEST_F(MessageThreadModelTest, ShowsTheFiveNewestWithTheNewestAtTheBottom)
{
    const QString id = QString::fromStdString(conversationWith(7));
    MessageThreadModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConversation(id);
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.total(), 7);
    EXPECT_EQ(model.remaining(), 2);
    EXPECT_EQ(model.nextCount(), 2);
    EXPECT_EQ(bodyAt(model, 0), QStringLiteral("message 3"));
    EXPECT_EQ(bodyAt(model, 4), QStringLiteral("message 7"));
    // Message 7 is Marie's (odd), message 6 the participant's own.
    EXPECT_FALSE(model.index(4).data(MessageThreadModel::MineRole).toBool());
    EXPECT_TRUE(model.index(3).data(MessageThreadModel::MineRole).toBool());
    EXPECT_TRUE(model.index(3).data(MessageThreadModel::OpenedRole).toBool());
    EXPECT_EQ(model.index(4).data(MessageThreadModel::SenderEmailRole).toString(),
              QStringLiteral("marie@pli.test"));
    EXPECT_TRUE(model.index(4).data(MessageThreadModel::SentAtRole).toDateTime().isValid());
}

TEST_F(MessageThreadModelTest, ShowNextAddsTheOlderMessagesAbove)
{
    const QString id = QString::fromStdString(conversationWith(7));
    MessageThreadModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConversation(id);
    ASSERT_TRUE(waitLoaded(model));
    model.showNext();
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.remaining(), 0);
    EXPECT_EQ(model.nextCount(), 0);
    EXPECT_EQ(bodyAt(model, 0), QStringLiteral("message 1"));
    EXPECT_EQ(bodyAt(model, 6), QStringLiteral("message 7"));
}

TEST_F(MessageThreadModelTest, ShowNextAddsFiveAtMostAndShowAllTheRest)
{
    const QString id = QString::fromStdString(conversationWith(13));
    MessageThreadModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConversation(id);
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.nextCount(), 5);
    model.showNext();
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(bodyAt(model, 0), QStringLiteral("message 4"));
    model.showAll();
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 13);
    for (int row = 0; row < 13; ++row)
        EXPECT_EQ(bodyAt(model, row), QStringLiteral("message %1").arg(row + 1));
}

TEST_F(MessageThreadModelTest, OpeningAMessageMarksItOpenedAndClearsTheUnreadCount)
{
    const QString id = QString::fromStdString(conversationWith(1));
    auto unread = [&] {
        return jsonOf(getWith(*http, "/api/v1/personas", participantToken))[0]["unread_count"]
            .get<int>();
    };
    ASSERT_EQ(unread(), 1);
    MessageThreadModel model(&api);
    model.setConversation(id);
    ASSERT_TRUE(waitLoaded(model));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_FALSE(model.index(0).data(MessageThreadModel::OpenedRole).toBool());
    QSignalSpy opened(&model, &MessageThreadModel::messageOpened);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.openMessage(0);
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(model.index(0).data(MessageThreadModel::OpenedRole).toBool());
    EXPECT_EQ(unread(), 0);
}

TEST_F(MessageThreadModelTest, APostedMessageAppearsAtTheBottom)
{
    const QString id = QString::fromStdString(conversationWith(2));
    MessageThreadModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConversation(id);
    ASSERT_TRUE(waitLoaded(model));
    Message mine;
    mine.id = QStringLiteral("m_new");
    mine.mine = true;
    mine.body = QStringLiteral("my reply");
    model.appendMessage(mine);
    model.appendMessage(mine); // twice: shown once
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.total(), 3);
    EXPECT_EQ(bodyAt(model, 2), QStringLiteral("my reply"));
}

TEST_F(MessageThreadModelTest, FetchNewerAppendsOnlyWhatArrivedSinceWithoutAReset)
{
    const std::string id = conversationWith(7);
    MessageThreadModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConversation(QString::fromStdString(id));
    ASSERT_TRUE(waitLoaded(model));
    model.showNext();
    ASSERT_TRUE(waitLoaded(model));
    ASSERT_EQ(model.rowCount(), 7);
    for (const char *body : {"message 8", "message 9"})
        ASSERT_EQ(postJson(*http, "/api/v1/conversations/" + id + "/messages", {{"body", body}},
                           ownerToken)
                      ->status,
                  201);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchNewer();
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(resets.size(), 0) << "the rows already shown stay as they are";
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 7);
    EXPECT_EQ(inserted.first().at(2).toInt(), 8);
    EXPECT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.total(), 9);
    EXPECT_EQ(bodyAt(model, 0), QStringLiteral("message 1"));
    EXPECT_EQ(bodyAt(model, 8), QStringLiteral("message 9"));
    model.fetchNewer(); // nothing new: nothing changes
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 9);
}

TEST_F(MessageThreadModelTest, FetchNewerAfterManyNewMessagesLoadsThemAllAgain)
{
    const std::string id = conversationWith(3);
    MessageThreadModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConversation(QString::fromStdString(id));
    ASSERT_TRUE(waitLoaded(model));
    for (int i = 4; i <= 10; ++i) // seven new ones: more than one page
        ASSERT_EQ(postJson(*http, "/api/v1/conversations/" + id + "/messages",
                           {{"body", "message " + std::to_string(i)}}, ownerToken)
                      ->status,
                  201);
    model.fetchNewer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() >= 8; }));
    EXPECT_EQ(model.total(), 10);
    EXPECT_EQ(bodyAt(model, model.rowCount() - 1), QStringLiteral("message 10"));
    EXPECT_EQ(bodyAt(model, model.rowCount() - 8), QStringLiteral("message 3"))
        << "no gap between what was shown and what arrived";
}

TEST_F(MessageThreadModelTest, AReloadAfterTooManyNewMessagesLooksLikeOneLoad)
{
    const std::string id = conversationWith(3);
    MessageThreadModel model(&api);
    model.setConversation(QString::fromStdString(id));
    ASSERT_TRUE(waitLoaded(model));
    for (int i = 4; i <= 10; ++i)
        ASSERT_EQ(postJson(*http, "/api/v1/conversations/" + id + "/messages",
                           {{"body", "message " + std::to_string(i)}}, ownerToken)
                      ->status,
                  201);
    QSignalSpy loading(&model, &MessageThreadModel::loadingChanged);
    QSignalSpy loaded(&model, &MessageThreadModel::loaded);
    model.fetchNewer();
    ASSERT_TRUE(loaded.wait(10000));
    QTest::qWait(200);
    // The page that could not be appended was not taken: no loaded(), loading never stopped.
    EXPECT_EQ(loaded.size(), 1);
    ASSERT_EQ(loading.size(), 2);
    EXPECT_TRUE(loading.at(0).at(0).toBool());
    EXPECT_FALSE(loading.at(1).at(0).toBool());
    EXPECT_EQ(model.total(), 10);
}

TEST_F(MessageThreadModelTest, AnExpiredMessageKeepsItsHeaderButNoBody)
{
    const QString id = QString::fromStdString(conversationWith(2));
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE messages SET expires_at = ? WHERE body = 'message 1'",
                            pli::server::nowSeconds() - 10);
    }
    MessageThreadModel model(&api);
    model.setConversation(id);
    ASSERT_TRUE(waitLoaded(model));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.index(0).data(MessageThreadModel::ExpiredRole).toBool());
    EXPECT_TRUE(model.index(0).data(Qt::DisplayRole).toString().isEmpty());
    EXPECT_TRUE(model.index(0).data(MessageThreadModel::ExpiresAtRole).toDateTime().isValid());
    EXPECT_FALSE(model.index(1).data(MessageThreadModel::ExpiredRole).toBool());

    QSignalSpy failed(&model, &MessageThreadModel::failed);
    model.openMessage(0);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().first().value<Error>().code(), Error::Code::Gone);
}

TEST_F(MessageThreadModelTest, AConversationOfSomeoneElseFailsAsNotFound)
{
    const std::string stranger = server.addUser("eve");
    server.addPersona(stranger, "eve@pli.test");
    const QString id = QString::fromStdString(conversationWith(1));
    api.setSession(QString::fromStdString(server.tokenFor(stranger)), QString());
    MessageThreadModel model(&api);
    QSignalSpy failed(&model, &MessageThreadModel::failed);
    model.setConversation(id);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(model.lastError().code(), Error::Code::NotFound);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.isLoading());
}

} // namespace
