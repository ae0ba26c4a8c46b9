// Links from e-mails: every form Pli accepts (pli:// and https://<server>/open/…, with and without
// server=), and every refusal as a typed error with a sentence for a person.
#include "links/Link.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace pli;
using Kind = Link::Kind;

namespace {

const QString kToken = QStringLiteral("q2x-Zr9_TbA0cUz4YwVv8k1mNn3pPo5sS7dD6fF2gGh");

Error refusal(const QString &text)
{
    Error error;
    const Link link = Link::parse(text, &error);
    EXPECT_FALSE(link.isValid()) << text.toStdString();
    EXPECT_TRUE(error.isError()) << text.toStdString();
    EXPECT_FALSE(error.message().isEmpty());
    return error;
}

Link accepted(const QString &text)
{
    Error error;
    const Link link = Link::parse(text, &error);
    EXPECT_TRUE(link.isValid()) << text.toStdString() << ": " << error.message().toStdString();
    EXPECT_FALSE(error.isError()) << text.toStdString();
    return link;
}

} // namespace

TEST(Link, ReadsTheThreeSignInLinksOfTodaysEmails)
{
    const Link invitation = accepted(QStringLiteral("pli://auth/invitation?token=") + kToken);
    EXPECT_EQ(invitation.kind(), Kind::Invitation);
    EXPECT_EQ(invitation.token(), kToken);
    EXPECT_TRUE(invitation.server().isEmpty());
    EXPECT_TRUE(invitation.isSignInLink());

    EXPECT_EQ(accepted(QStringLiteral("pli://auth/password-reset?token=") + kToken).kind(),
              Kind::PasswordReset);
    const Link unlock = accepted(QStringLiteral("pli://auth/unlock?token=") + kToken);
    EXPECT_EQ(unlock.kind(), Kind::Unlock);
    EXPECT_EQ(unlock.token(), kToken);
}

TEST(Link, ReadsTheServerTheLinkNames)
{
    const Link link = accepted(QStringLiteral("pli://auth/invitation?token=%1&server=https%3A%2F%2F"
                                              "Pli.Example.org%3A443%2F")
                                   .arg(kToken));
    EXPECT_EQ(link.server(), QUrl(QStringLiteral("https://pli.example.org")));
    // Unencoded, before the token, and as a bare host name (https then).
    EXPECT_EQ(accepted(QStringLiteral("pli://auth/unlock?server=https://pli.example.org:8443/pli&"
                                      "token=") +
                       kToken)
                  .server(),
              QUrl(QStringLiteral("https://pli.example.org:8443/pli")));
    EXPECT_EQ(
        accepted(QStringLiteral("pli://auth/unlock?token=%1&server=pli.example.org").arg(kToken))
            .server(),
        QUrl(QStringLiteral("https://pli.example.org")));
    // Plain http is for this computer only (the tests' and the demo's servers).
    EXPECT_EQ(
        accepted(
            QStringLiteral("pli://auth/unlock?token=%1&server=http://127.0.0.1:8080").arg(kToken))
            .server(),
        QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

TEST(Link, ReadsConversationLinks)
{
    const Link plain = accepted(QStringLiteral("pli://conversation/c_0123abcd"));
    EXPECT_EQ(plain.kind(), Kind::Conversation);
    EXPECT_EQ(plain.conversationId(), QStringLiteral("c_0123abcd"));
    EXPECT_FALSE(plain.isSignInLink());
    EXPECT_TRUE(plain.token().isEmpty());

    const Link named =
        accepted(QStringLiteral("pli://conversation/c_42?server=https%3A%2F%2Fpli.example.org"));
    EXPECT_EQ(named.conversationId(), QStringLiteral("c_42"));
    EXPECT_EQ(named.server(), QUrl(QStringLiteral("https://pli.example.org")));
}

TEST(Link, ReadsTheOpenPagesOfTheServer)
{
    const Link invitation =
        accepted(QStringLiteral("https://pli.example.org/open/auth/invitation?token=") + kToken);
    EXPECT_EQ(invitation.kind(), Kind::Invitation);
    EXPECT_EQ(invitation.token(), kToken);
    EXPECT_EQ(invitation.server(), QUrl(QStringLiteral("https://pli.example.org")));

    const Link prefixed =
        accepted(QStringLiteral("https://example.org:8443/pli/open/conversation/c_9"));
    EXPECT_EQ(prefixed.kind(), Kind::Conversation);
    EXPECT_EQ(prefixed.conversationId(), QStringLiteral("c_9"));
    EXPECT_EQ(prefixed.server(), QUrl(QStringLiteral("https://example.org:8443/pli")));

    // A server= that says the same is fine; another one is refused.
    EXPECT_TRUE(accepted(QStringLiteral("https://pli.example.org/open/auth/unlock?token=%1&server="
                                        "https%3A%2F%2Fpli.example.org")
                             .arg(kToken))
                    .isValid());
    EXPECT_EQ(refusal(QStringLiteral("https://pli.example.org/open/auth/unlock?token=%1&server="
                                     "https%3A%2F%2Fevil.example.com")
                          .arg(kToken))
                  .detail(),
              QStringLiteral("invalid_server"));
    EXPECT_EQ(
        accepted(QStringLiteral("http://127.0.0.1:9000/open/auth/password-reset?token=") + kToken)
            .server(),
        QUrl(QStringLiteral("http://127.0.0.1:9000")));
}

TEST(Link, ToleratesWhatCopyingFromAnEmailAdds)
{
    for (const QString &text : {QStringLiteral("  pli://auth/unlock?token=%1\n"),
                                QStringLiteral("<pli://auth/unlock?token=%1>"),
                                QStringLiteral("\"pli://auth/unlock?token=%1\""),
                                QStringLiteral("PLI://Auth/Unlock?token=%1"),
                                QStringLiteral("pli://auth/unlock/?token=%1")}) {
        const Link link = accepted(text.arg(kToken));
        EXPECT_EQ(link.kind(), Kind::Unlock) << text.toStdString();
        EXPECT_EQ(link.token(), kToken) << text.toStdString();
    }
}

TEST(Link, RefusesWhatIsNotALinkPliOpens)
{
    EXPECT_EQ(refusal(QString()).code(), Error::Code::InvalidLink);
    EXPECT_EQ(refusal(QStringLiteral("hello")).detail(), QStringLiteral("not_a_link"));
    EXPECT_EQ(refusal(QStringLiteral("mailto:alice@example.org")).detail(),
              QStringLiteral("not_a_link"));
    EXPECT_EQ(refusal(QStringLiteral("https://pli.example.org/conversation/c_1")).detail(),
              QStringLiteral("not_a_link"));
    EXPECT_EQ(refusal(QStringLiteral("pli://user@auth/unlock?token=abc")).detail(),
              QStringLiteral("not_a_link"));
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/frobnicate?token=abc")).detail(),
              QStringLiteral("unknown_kind"));
    EXPECT_EQ(refusal(QStringLiteral("pli://settings")).detail(), QStringLiteral("unknown_kind"));
    EXPECT_EQ(refusal(QStringLiteral("pli://conversation/c_1/messages")).detail(),
              QStringLiteral("unknown_kind"));
}

TEST(Link, RefusesIncompleteOrDamagedLinks)
{
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/invitation")).detail(),
              QStringLiteral("missing_token"));
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/password-reset?token=")).detail(),
              QStringLiteral("missing_token"));
    EXPECT_EQ(refusal(QStringLiteral("pli://conversation")).detail(),
              QStringLiteral("missing_conversation"));
    EXPECT_EQ(refusal(QStringLiteral("pli://conversation/")).detail(),
              QStringLiteral("missing_conversation"));
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/unlock?token=abc%20def")).detail(),
              QStringLiteral("damaged"));
    EXPECT_EQ(refusal(QStringLiteral("pli://conversation/c%2F1")).detail(),
              QStringLiteral("damaged"));
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/unlock?token=a&token=b")).detail(),
              QStringLiteral("repeated"));
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/unlock?token=abc&server=a&server=b")).detail(),
              QStringLiteral("repeated"));
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/unlock?token=") + QString(600, u'a')).detail(),
              QStringLiteral("damaged"));
}

TEST(Link, RefusesABadOrInsecureServer)
{
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/unlock?token=abc&server=ftp%3A%2F%2Fexample.org"))
                  .detail(),
              QStringLiteral("invalid_server"));
    EXPECT_EQ(refusal(QStringLiteral("pli://auth/unlock?token=abc&server=https%3A%2F%2F%20a%20b"))
                  .detail(),
              QStringLiteral("invalid_server"));
    const Error insecure =
        refusal(QStringLiteral("pli://auth/unlock?token=abc&server=http%3A%2F%2Fpli.example.org"));
    EXPECT_EQ(insecure.code(), Error::Code::InsecureConnection);
    EXPECT_EQ(refusal(QStringLiteral("http://pli.example.org/open/auth/unlock?token=abc")).code(),
              Error::Code::InsecureConnection);
}

TEST(Link, EveryRefusalHasItsOwnSentence)
{
    QStringList sentences;
    for (const char *reason : {"not_a_link", "unknown_kind", "missing_token",
                               "missing_conversation", "damaged", "invalid_server", "repeated"}) {
        const QString sentence =
            Error(Error::Code::InvalidLink, QString::fromLatin1(reason)).message();
        EXPECT_FALSE(sentences.contains(sentence)) << reason;
        sentences << sentence;
    }
}

TEST(Link, TellsWhenItIsForAnotherServer)
{
    const Link link =
        accepted(QStringLiteral("pli://conversation/c_1?server=https%3A%2F%2Fpli.example.org"));
    EXPECT_FALSE(link.checkServer(QUrl(QStringLiteral("https://PLI.example.org:443/"))));
    EXPECT_FALSE(link.checkServer(QUrl()));
    const Error wrong = link.checkServer(QUrl(QStringLiteral("https://other.example.org")));
    EXPECT_EQ(wrong.code(), Error::Code::WrongServer);
    EXPECT_TRUE(wrong.message().contains(QStringLiteral("https://pli.example.org")));
    EXPECT_EQ(link.serverFor(QUrl(QStringLiteral("https://other.example.org"))),
              QUrl(QStringLiteral("https://pli.example.org")));

    // A link of an older e-mail names no server: it is for the one in use.
    const Link older = accepted(QStringLiteral("pli://conversation/c_1"));
    EXPECT_FALSE(older.checkServer(QUrl(QStringLiteral("https://other.example.org"))));
    EXPECT_EQ(older.serverFor(QUrl(QStringLiteral("https://other.example.org"))),
              QUrl(QStringLiteral("https://other.example.org")));
}

TEST(Link, WritesItselfBackAndHidesTheTokenFromLogs)
{
    const Link link = accepted(
        QStringLiteral("https://pli.example.org/open/auth/password-reset?token=") + kToken);
    EXPECT_EQ(Link::parse(link.toString()), link);
    EXPECT_TRUE(link.toString().startsWith(QStringLiteral("pli://auth/password-reset?token=")));
    EXPECT_FALSE(link.redacted().contains(kToken));
    EXPECT_TRUE(link.redacted().contains(QStringLiteral("server=https%3A%2F%2Fpli.example.org")));
    const Link conversation = accepted(QStringLiteral("pli://conversation/c_7"));
    EXPECT_EQ(Link::parse(conversation.toString()), conversation);
}

TEST(Link, TellsLinksFromOtherArguments)
{
    EXPECT_TRUE(Link::looksLikeLink(QStringLiteral("pli://auth/unlock?token=x")));
    EXPECT_TRUE(Link::looksLikeLink(QStringLiteral("PLI:conversation/c_1")));
    EXPECT_TRUE(Link::looksLikeLink(QStringLiteral("https://pli.example.org/open/conversation/c")));
    EXPECT_FALSE(Link::looksLikeLink(QStringLiteral("--server")));
    EXPECT_FALSE(Link::looksLikeLink(QStringLiteral("https://pli.example.org")));
    EXPECT_FALSE(Link::looksLikeLink(QStringLiteral("report.pdf")));
}

TEST(Link, GarbageNeverCrashesAndIsAlwaysExplained)
{
    // Mutations of valid links (a cheap stand-in for the fuzzer, run with every test run).
    const QStringList seeds = {
        QStringLiteral("pli://auth/invitation?token=%1&server=https%3A%2F%2Fpli.example.org")
            .arg(kToken),
        QStringLiteral("https://pli.example.org:8443/pli/open/conversation/c_1?server=x"),
        QStringLiteral("pli://conversation/c_1")};
    const QString alphabet = QStringLiteral("/?&=%:@<>\"' \t\nazAZ09_-.~#[]\u00e9\u2028");
    QRandomGenerator random(20261207);
    for (int i = 0; i < 20000; ++i) {
        QString text = seeds.at(random.bounded(seeds.size()));
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(text.size() + 1);
            const QChar c = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(3)) {
            case 0:
                text.insert(at, c);
                break;
            case 1:
                text.remove(at, 1 + random.bounded(3));
                break;
            default:
                if (at < text.size())
                    text[at] = c;
            }
        }
        Error error;
        const Link link = Link::parse(text, &error);
        ASSERT_NE(link.isValid(), error.isError()) << text.toStdString();
        if (!link.isValid()) {
            ASSERT_FALSE(error.message().isEmpty());
        } else if (link.isSignInLink()) {
            ASSERT_FALSE(link.token().isEmpty());
        }
    }
}
