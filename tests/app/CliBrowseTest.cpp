// Reading from the terminal against a real pli-server: personas, conversation lists with
// paging and sorting, messages, activity, opening, deleting, the address book — as text and as
// --json — and the errors: unknown items (4), wrong usage (2), a server gone (5).
#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using pli::test::CliFixture;
using pli::test::CliResult;
using pli::test::describe;
using pli::test::runCli;

namespace {

QJsonDocument parsed(const CliResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << describe(result);
    return document;
}

class CliBrowse : public CliFixture
{
protected:
    void SetUp() override
    {
        if (!hasTestKeyring())
            GTEST_SKIP() << "needs the keyring of scripts/with-test-session.sh";
        CliFixture::SetUp();
        addPerson("alice", "Alice Martin");
        addPerson("marie", "Marie Unetelle", true);
        signIn("alice");
    }

    std::string conversation(const std::string &title, const std::string &body = "Hello Alice")
    {
        return createConversation("marie@example.test", "alice@example.test", title, body);
    }
    std::string post(const std::string &conversationId, const std::string &from,
                     const std::string &body)
    {
        std::string out;
        EXPECT_EQ(
            server().runAdmin(
                {"conversation", "post", conversationId, "--from", from, "--body", body}, &out),
            0)
            << out;
        return out.substr(0, out.find_last_not_of("\r\n") + 1);
    }
    QString q(const std::string &text) const { return QString::fromStdString(text); }
};

TEST_F(CliBrowse, ListsPersonas)
{
    const CliResult text = cli({QStringLiteral("personas")});
    ASSERT_EQ(text.exitCode, 0) << describe(text);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("E-mail"))) << describe(text);
    EXPECT_TRUE(text.out.contains(QStringLiteral("alice@example.test"))) << describe(text);

    conversation("Access Cards");
    const CliResult json = cli({QStringLiteral("personas"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << describe(json);
    const QJsonArray personas = parsed(json).array();
    ASSERT_EQ(personas.size(), 1);
    EXPECT_EQ(personas.at(0)[QStringLiteral("email")].toString(),
              QStringLiteral("alice@example.test"));
    EXPECT_EQ(personas.at(0)[QStringLiteral("unread_count")].toInt(), 1);
    EXPECT_EQ(personas.at(0)[QStringLiteral("conversation_count")].toInt(), 1);
}

TEST_F(CliBrowse, ListsConversationsPageByPage)
{
    for (int i = 1; i <= 12; ++i)
        conversation("Topic " + std::string(i < 10 ? "0" : "") + std::to_string(i));
    const QString persona = QStringLiteral("alice@example.test");

    CliResult result = cli({QStringLiteral("list"), persona});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out.count(QStringLiteral("Topic ")), 10) << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Page 1 of 2, 12 conversations in all.")))
        << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("new"))) << describe(result);

    result = cli({QStringLiteral("list"), persona, QStringLiteral("--page"), QStringLiteral("2")});
    EXPECT_EQ(result.out.count(QStringLiteral("Topic ")), 2) << describe(result);

    result = cli({QStringLiteral("list"), persona, QStringLiteral("--per-page"),
                  QStringLiteral("20"), QStringLiteral("--sort"), QStringLiteral("title"),
                  QStringLiteral("--asc"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    const QJsonObject page = parsed(result).object();
    EXPECT_EQ(page[QStringLiteral("total")].toInt(), 12);
    EXPECT_EQ(page[QStringLiteral("per_page")].toInt(), 20);
    const QJsonArray items = page[QStringLiteral("items")].toArray();
    ASSERT_EQ(items.size(), 12);
    EXPECT_EQ(items.first()[QStringLiteral("title")].toString(), QStringLiteral("Topic 01"));
    EXPECT_EQ(items.last()[QStringLiteral("title")].toString(), QStringLiteral("Topic 12"));
    EXPECT_TRUE(items.first()[QStringLiteral("is_new")].toBool());
    EXPECT_EQ(items.first()[QStringLiteral("owner")][QStringLiteral("email")].toString(),
              QStringLiteral("marie@example.test"));

    // A persona can be named by its id too.
    const QString personaId = [&] {
        const QJsonArray personas =
            parsed(cli({QStringLiteral("personas"), QStringLiteral("--json")})).array();
        return personas.at(0)[QStringLiteral("id")].toString();
    }();
    result = cli(
        {QStringLiteral("list"), personaId, QStringLiteral("--per-page"), QStringLiteral("30")});
    EXPECT_EQ(result.out.count(QStringLiteral("Topic ")), 12) << describe(result);
}

TEST_F(CliBrowse, RefusesWrongListOptionsBeforeAnyRequest)
{
    const QString persona = QStringLiteral("alice@example.test");
    const QList<QStringList> wrong = {
        {QStringLiteral("list"), persona, QStringLiteral("--per-page"), QStringLiteral("15")},
        {QStringLiteral("list"), persona, QStringLiteral("--sort"), QStringLiteral("size")},
        {QStringLiteral("list"), persona, QStringLiteral("--page"), QStringLiteral("0")},
        {QStringLiteral("list"), persona, QStringLiteral("--colour")},
        {QStringLiteral("list")},
        {QStringLiteral("list"), persona, QStringLiteral("--page")},
        {QStringLiteral("list"), persona, QStringLiteral("--all")},
        {QStringLiteral("activity"), QStringLiteral("c_x"), QStringLiteral("--sort"),
         QStringLiteral("title")},
        {QStringLiteral("frobnicate")},
        {},
    };
    for (const QStringList &arguments : wrong) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString() << "\n"
                                      << describe(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("Try 'pli-cli"))) << describe(result);
        EXPECT_TRUE(result.out.isEmpty()) << describe(result);
    }
}

TEST_F(CliBrowse, UnknownPersonaOrConversationIsNotFound)
{
    const QList<QStringList> missing = {
        {QStringLiteral("list"), QStringLiteral("nobody@example.test")},
        {QStringLiteral("show"), QStringLiteral("c_doesnotexist")},
        {QStringLiteral("activity"), QStringLiteral("c_doesnotexist")},
        {QStringLiteral("open"), QStringLiteral("m_doesnotexist")},
        {QStringLiteral("download"), QStringLiteral("a_doesnotexist")},
        {QStringLiteral("delete"), QStringLiteral("alice@example.test"),
         QStringLiteral("c_doesnotexist")},
    };
    for (const QStringList &arguments : missing) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 4) << arguments.join(u' ').toStdString() << "\n"
                                      << describe(result);
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("pli-cli: "))) << describe(result);
    }
    // Someone else's conversation looks exactly like one that does not exist.
    addPerson("carol", "Carol", false);
    const std::string foreign =
        createConversation("marie@example.test", "carol@example.test", "Private", "Not for Alice");
    const CliResult result = cli({QStringLiteral("show"), q(foreign)});
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    EXPECT_TRUE(
        result.err.contains(QStringLiteral("This item does not exist or you may not see it.")))
        << describe(result);
}

TEST_F(CliBrowse, ShowsTheFiveNewestMessagesOrAll)
{
    const std::string id = conversation("Budget requests", "Message 1");
    for (int i = 2; i <= 7; ++i)
        post(id, i % 2 ? "marie@example.test" : "alice@example.test",
             "Message " + std::to_string(i));

    CliResult result = cli({QStringLiteral("show"), q(id)});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Budget requests  [") + q(id) + u']'))
        << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Owner: Marie Unetelle <marie@example.test>")));
    EXPECT_TRUE(
        result.out.contains(QStringLiteral("The 5 newest of 7 messages (all of them with --all).")))
        << describe(result);
    EXPECT_EQ(result.out.count(QRegularExpression(QStringLiteral("\\n\\[m_"))), 5);
    EXPECT_FALSE(result.out.contains(QStringLiteral("Message 2\n")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("    Message 7\n")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Alice Martin <alice@example.test> (you)")));
    // Local time with the zone (TZ=UTC here).
    EXPECT_TRUE(result.out.contains(QRegularExpression(
        QStringLiteral("\\[m_\\w+\\] \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  Marie Unetelle"))))
        << describe(result);

    result = cli({QStringLiteral("show"), q(id), QStringLiteral("--all")});
    EXPECT_EQ(result.out.count(QRegularExpression(QStringLiteral("\\n\\[m_"))), 7)
        << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("7 messages.")));
    EXPECT_LT(result.out.indexOf(QStringLiteral("Message 1\n")),
              result.out.indexOf(QStringLiteral("Message 7\n")));

    result = cli({QStringLiteral("show"), q(id), QStringLiteral("--json")});
    const QJsonObject shown = parsed(result).object();
    EXPECT_EQ(shown[QStringLiteral("total")].toInt(), 7);
    EXPECT_TRUE(shown[QStringLiteral("has_more")].toBool());
    const QJsonArray messages = shown[QStringLiteral("messages")].toArray();
    ASSERT_EQ(messages.size(), 5);
    EXPECT_EQ(messages.last()[QStringLiteral("body")].toString(), QStringLiteral("Message 7"));
    EXPECT_TRUE(messages.last()[QStringLiteral("sent_at")].toString().endsWith(u'Z'));
    EXPECT_EQ(shown[QStringLiteral("conversation")][QStringLiteral("title")].toString(),
              QStringLiteral("Budget requests"));
}

TEST_F(CliBrowse, ShowsDatesInTheLocalTimeZone)
{
    const std::string id = conversation("Access Cards");
    {
        // A fixed time: 2015-02-02 20:14:18 UTC, winter in Montréal.
        auto guard = server().db().lock();
        server().db().execute("UPDATE messages SET sent_at = 1422908058, expires_at = 1425327258 "
                              "WHERE conversation_id = ?",
                              id);
    }
    QProcessEnvironment env = home().environment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("America/Toronto"));
    const CliResult result = runCli(env, {QStringLiteral("show"), q(id)}, {}, home().path());
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("2015-02-02 15:14 EST  Marie Unetelle")))
        << describe(result);
    // Past its expiry: the header stays, the content is gone.
    EXPECT_TRUE(result.out.contains(QStringLiteral("expired on 2015-03-02 15:14 EST")))
        << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("This message has expired")));
    EXPECT_FALSE(result.out.contains(QStringLiteral("Hello Alice")));
}

TEST_F(CliBrowse, OpeningAMessageShowsInTheActivity)
{
    const std::string id = conversation("Access Cards");
    const QJsonArray messages =
        parsed(cli({QStringLiteral("show"), q(id), QStringLiteral("--json")}))
            .object()[QStringLiteral("messages")]
            .toArray();
    ASSERT_EQ(messages.size(), 1);
    const QString messageId = messages.at(0)[QStringLiteral("id")].toString();
    EXPECT_FALSE(messages.at(0)[QStringLiteral("opened")].toBool());

    const CliResult open = cli({QStringLiteral("open"), messageId});
    ASSERT_EQ(open.exitCode, 0) << describe(open);
    EXPECT_TRUE(
        open.out.contains(QStringLiteral("Message %1 is marked as opened.").arg(messageId)));

    const CliResult activity = cli({QStringLiteral("activity"), q(id)});
    ASSERT_EQ(activity.exitCode, 0) << describe(activity);
    EXPECT_TRUE(activity.out.contains(
        QRegularExpression(QStringLiteral("UTC  opened +Alice Martin +alice@example.test"))))
        << describe(activity);
    EXPECT_TRUE(
        activity.out.contains(QRegularExpression(QStringLiteral("created +Marie Unetelle"))));

    const CliResult json =
        cli({QStringLiteral("activity"), q(id), QStringLiteral("--sort"), QStringLiteral("date"),
             QStringLiteral("--asc"), QStringLiteral("--json")});
    const QJsonArray entries = parsed(json).array();
    ASSERT_GE(entries.size(), 2);
    EXPECT_EQ(entries.first()[QStringLiteral("action")].toString(), QStringLiteral("created"));
    EXPECT_EQ(entries.last()[QStringLiteral("action")].toString(), QStringLiteral("opened"));
    EXPECT_EQ(entries.last()[QStringLiteral("actor")][QStringLiteral("email")].toString(),
              QStringLiteral("alice@example.test"));
}

TEST_F(CliBrowse, DeletesConversationsFromOnePersonasList)
{
    const std::string keep = conversation("Keep me");
    const std::string drop1 = conversation("Drop one");
    const std::string drop2 = conversation("Drop two");
    const QString persona = QStringLiteral("alice@example.test");

    // An unknown id among them: nothing is deleted.
    CliResult result = cli({QStringLiteral("delete"), persona, q(drop1), QStringLiteral("c_typo")});
    EXPECT_EQ(result.exitCode, 4) << describe(result);
    EXPECT_TRUE(cli({QStringLiteral("list"), persona}).out.contains(QStringLiteral("Drop one")));

    result = cli({QStringLiteral("delete"), persona, q(drop1), q(drop2), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(parsed(result).object()[QStringLiteral("deleted")].toArray().size(), 2);
    const CliResult list = cli({QStringLiteral("list"), persona});
    EXPECT_TRUE(list.out.contains(QStringLiteral("Keep me"))) << describe(list);
    EXPECT_FALSE(list.out.contains(QStringLiteral("Drop"))) << describe(list);

    // Marie still has them.
    auto guard = server().db().lock();
    auto st = server().db().query(
        "SELECT COUNT(*) FROM conversation_members m JOIN personas p ON p.id = m.persona_id "
        "WHERE p.email = 'marie@example.test' AND m.deleted = 0");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.integer(0), 3);
}

TEST_F(CliBrowse, ListsContacts)
{
    CliResult result = cli({QStringLiteral("contacts")});
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_TRUE(result.out.contains(QStringLiteral("Your address book is empty.")));
    {
        auto guard = server().db().lock();
        server().db().execute("INSERT INTO contacts(id, user_id, email, display_name, created_at) "
                              "SELECT 'k_1', id, 'jean.dupont@example.test', 'Jean Dupont', 0 "
                              "FROM users WHERE username = 'alice'");
    }
    result = cli({QStringLiteral("contacts")});
    EXPECT_TRUE(result.out.contains(
        QRegularExpression(QStringLiteral("jean.dupont@example.test +k_1 +Jean Dupont"))))
        << describe(result);
    result = cli({QStringLiteral("contacts"), QStringLiteral("--json")});
    const QJsonArray contacts = parsed(result).array();
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts.at(0)[QStringLiteral("display_name")].toString(),
              QStringLiteral("Jean Dupont"));
}

TEST_F(CliBrowse, AServerThatIsGoneIsANetworkError)
{
    server().stop();
    const CliResult result = cli({QStringLiteral("personas")});
    EXPECT_EQ(result.exitCode, 5) << describe(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("The server could not be reached.")))
        << describe(result);
}

TEST_F(CliBrowse, HostileTextFromTheServerCannotDriveTheTerminal)
{
    // The admin command refuses such text; a hostile or broken server would not.
    const std::string id = conversation("Plain title", "Plain body");
    {
        auto guard = server().db().lock();
        server().db().execute("UPDATE conversations SET title = ? WHERE id = ?",
                              std::string("Title\x1b[2J with escape"), id);
        server().db().execute("UPDATE messages SET body = ? WHERE conversation_id = ?",
                              std::string("Body\x1b]0;owned\x07 text"), id);
    }
    const CliResult list = cli({QStringLiteral("list"), QStringLiteral("alice@example.test")});
    EXPECT_FALSE(list.out.contains(QChar(0x1b))) << describe(list);
    const CliResult show = cli({QStringLiteral("show"), q(id)});
    EXPECT_FALSE(show.out.contains(QChar(0x1b))) << describe(show);
    EXPECT_TRUE(show.out.contains(QStringLiteral("Body"))) << describe(show);
}

} // namespace
