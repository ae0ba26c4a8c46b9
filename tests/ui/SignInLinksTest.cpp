// The sign-in window's pages for the links of e-mails, driven like a person would against a real
// server: an invitation ends signed in, a reset link sets a new password, an unlock link lifts
// the lock, a used link says so with a way back, and a link never drops a sign-in unasked.
#include "FindChild.h"
#include "Screenshot.h"
#include "UiTestServer.h"

#include "accounts/AccountStore.h"
#include "auth/AuthSession.h"
#include "i18n/Translations.h"
#include "keychain/CredentialStore.h"
#include "links/Link.h"
#include "net/ApiClient.h"
#include "signin/BlockedPage.h"
#include "signin/CodeEdit.h"
#include "signin/CredentialsPage.h"
#include "signin/EnrollmentPage.h"
#include "signin/LinkStatusPage.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"
#include "signin/TokenPasswordPage.h"
#include "widgets/PasswordChecklist.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
const std::string kPassword = "Correct-Horse-Battery-9";
const QString kNewPassword = QStringLiteral("Ete-2015-a-Montreal");

class SignInLinks : public ::testing::Test
{
protected:
    explicit SignInLinks(std::vector<std::string> serverArgs = {})
        : server(std::move(serverArgs))
        , store(pli::test::freshSettingsFile())
    {}

    void open()
    {
        window = std::make_unique<SignInWindow>(&store, &credentials);
        window->setServer(QStringLiteral("https://typed.example.org"));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        signedIn = std::make_unique<QSignalSpy>(window.get(), &SignInWindow::signedIn);
    }

    // The link of the newest e-mail to `address`, as a person copies it: it names the server it
    // is for. Without `withServer`, the link as e-mails written before links named their server
    // carry it (no server=).
    Link mailedLink(const std::string &address, bool withServer = true)
    {
        const auto mail = server.server().lastMailTo(address);
        EXPECT_TRUE(mail.has_value()) << address;
        const QRegularExpression link(QStringLiteral("(pli://\\S+)"));
        const auto match = link.match(QString::fromStdString(mail.value_or("")));
        EXPECT_TRUE(match.hasMatch());
        QString text = match.captured(1);
        if (!withServer)
            text.remove(QRegularExpression(QStringLiteral("[?&]server=[^&]*")));
        Error error;
        const Link parsed = Link::parse(text, &error);
        EXPECT_TRUE(parsed.isValid()) << error.message().toStdString();
        EXPECT_EQ(parsed.server().isEmpty(), !withServer) << text.toStdString();
        if (withServer) {
            EXPECT_EQ(parsed.server(), QUrl(server.url())) << text.toStdString();
        }
        return parsed;
    }

    template<typename T> T *pageOf() const { return child<T>(window.get()); }
    AuthSession *session() const { return child<AuthSession>(window.get()); }
    TokenPasswordPage *passwordPage() const { return pageOf<TokenPasswordPage>(); }
    LinkStatusPage *statusPage() const { return pageOf<LinkStatusPage>(); }

    bool waitFor(SignInPage *page, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return window->currentPage() == page && !page->isBusy(); },
                               ms);
    }

    void typeNewPassword(const QString &username)
    {
        TokenPasswordPage *page = passwordPage();
        auto *name = child<QLineEdit>(page, QStringLiteral("tokenUsername"));
        name->clear();
        QTest::keyClicks(name, username);
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("tokenNewPassword")), kNewPassword);
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("tokenConfirmPassword")),
                         kNewPassword);
    }

    void typeCredentials(const QString &username, const QString &password)
    {
        CredentialsPage *page = pageOf<CredentialsPage>();
        page->usernameEdit()->clear();
        QTest::keyClicks(page->usernameEdit(), username);
        page->passwordEdit()->clear();
        QTest::keyClicks(page->passwordEdit(), password);
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    }

    void answerSecondFactor()
    {
        ASSERT_TRUE(waitFor(pageOf<SecondFactorPage>()))
            << window->currentPage()->heading().toStdString() << " / "
            << window->currentPage()->errorText().toStdString();
        QTest::keyClicks(pageOf<SecondFactorPage>()->codeEdit(), UiTestServer::totpNow(kSecret));
        QTest::mouseClick(pageOf<SecondFactorPage>()->verifyButton(), Qt::LeftButton);
    }

    void expectSignedInAs(const QString &username)
    {
        ASSERT_TRUE(signedIn->count() > 0 || signedIn->wait(15000));
        EXPECT_EQ(signedIn->at(0).at(0).value<Account>().username, username);
        EXPECT_EQ(signedIn->at(0).at(0).value<Account>().server, QUrl(server.url()));
        EXPECT_FALSE(window->isVisible());
    }

    void requestReset(const std::string &username)
    {
        ApiClient api(QUrl(server.url()));
        AuthSession auth(&api);
        QSignalSpy requested(&auth, &AuthSession::passwordResetRequested);
        auth.requestPasswordReset(QString::fromStdString(username));
        ASSERT_TRUE(requested.wait(10000));
    }

    UiTestServer server;
    AccountStore store;
    CredentialStore credentials;
    std::unique_ptr<SignInWindow> window;
    std::unique_ptr<QSignalSpy> signedIn;
};

class SignInLinksLockout : public SignInLinks
{
protected:
    SignInLinksLockout()
        : SignInLinks({"--max-failed-logins", "2"})
    {}

    void lockAlice()
    {
        server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
        open();
        window->setServer(server.url());
        for (int i = 0; i < 2; ++i) {
            typeCredentials(QStringLiteral("alice"), QStringLiteral("wrong-%1").arg(i));
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return !pageOf<CredentialsPage>()->errorText().isEmpty(); }, 10000));
        }
        typeCredentials(QStringLiteral("alice"), QString::fromStdString(kPassword));
        ASSERT_TRUE(waitFor(pageOf<BlockedPage>()));
    }
};

} // namespace

TEST_F(SignInLinks, AnInvitationChoosesThePasswordThenEndsSignedIn)
{
    server.admin({"user", "add", "tina", "--display-name", "Tina", "--email", "tina@example.org"});
    server.admin({"user", "invite", "tina"});
    open();
    window->openLink(mailedLink("tina@example.org"));
    ASSERT_TRUE(waitFor(passwordPage()));
    EXPECT_EQ(passwordPage()->heading(), QStringLiteral("Choose your password"));
    // The link's server replaced the one typed.
    EXPECT_EQ(pageOf<CredentialsPage>()->server(), server.url());
    auto *submit = child<QPushButton>(passwordPage(), QStringLiteral("tokenSubmit"));
    EXPECT_FALSE(submit->isEnabled());
    // The live checklist: the server's rules, ticked while typing.
    auto *checklist = child<PasswordChecklist>(passwordPage());
    QTest::keyClicks(child<QLineEdit>(passwordPage(), QStringLiteral("tokenNewPassword")),
                     QStringLiteral("short"));
    EXPECT_FALSE(checklist->metRules().contains(QStringLiteral("min_length")));
    child<QLineEdit>(passwordPage(), QStringLiteral("tokenNewPassword"))->clear();
    typeNewPassword(QStringLiteral("tina"));
    EXPECT_TRUE(checklist->allMet());
    ASSERT_TRUE(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);

    // Signed in with it at once: the first access sets up the authenticator.
    ASSERT_TRUE(waitFor(pageOf<EnrollmentPage>()))
        << window->currentPage()->heading().toStdString() << " / "
        << window->currentPage()->errorText().toStdString();
    EnrollmentPage *enrol = pageOf<EnrollmentPage>();
    QTest::keyClicks(enrol->codeEdit(), UiTestServer::totpNow(session()->totpSecret()));
    enrol->deviceNameEdit()->clear();
    QTest::keyClicks(enrol->deviceNameEdit(), QStringLiteral("Tina's phone"));
    QTest::mouseClick(enrol->finishButton(), Qt::LeftButton);
    expectSignedInAs(QStringLiteral("tina"));
}

TEST_F(SignInLinks, AUsedInvitationSaysSoWithAWayBack)
{
    server.admin({"user", "add", "tina", "--display-name", "Tina", "--email", "tina@example.org"});
    server.admin({"user", "invite", "tina"});
    const Link link = mailedLink("tina@example.org");
    {
        ApiClient api(QUrl(server.url()));
        AuthSession auth(&api);
        QSignalSpy set(&auth, &AuthSession::passwordSet);
        auth.acceptInvitation(link.token(), kNewPassword);
        ASSERT_TRUE(set.wait(10000));
    }
    open();
    window->openLink(link);
    ASSERT_TRUE(waitFor(statusPage()));
    EXPECT_TRUE(statusPage()->hasProblem());
    EXPECT_EQ(statusPage()->problem().code(), Error::Code::InvalidToken);
    EXPECT_EQ(statusPage()->heading(), QStringLiteral("This link cannot be used"));
    EXPECT_EQ(child<QLabel>(statusPage(), QStringLiteral("linkProblemReason"))->text(),
              Error(Error::Code::InvalidToken).message());
    EXPECT_TRUE(child<QLabel>(statusPage(), QStringLiteral("linkAdvice"))
                    ->text()
                    .contains(QStringLiteral("sign in with it")));
    QTest::mouseClick(child<QPushButton>(statusPage(), QStringLiteral("linkBack")), Qt::LeftButton);
    EXPECT_EQ(window->currentPage(), pageOf<CredentialsPage>());
}

TEST_F(SignInLinks, AResetLinkSetsTheNewPasswordAndSignsIn)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    requestReset("alice");
    open();
    window->openLink(mailedLink("alice@example.org"));
    ASSERT_TRUE(waitFor(passwordPage()));
    EXPECT_EQ(passwordPage()->heading(), QStringLiteral("Reset your password"));
    typeNewPassword(QStringLiteral("alice"));
    QTest::mouseClick(child<QPushButton>(passwordPage(), QStringLiteral("tokenSubmit")),
                      Qt::LeftButton);
    answerSecondFactor();
    expectSignedInAs(QStringLiteral("alice"));
}

TEST_F(SignInLinks, AResetWithoutTheUsernameEndsOnTheSignInPage)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    requestReset("alice");
    open();
    // An e-mail written before links named their server: the one typed in the window is used.
    window->setServer(server.url());
    window->openLink(mailedLink("alice@example.org", false));
    ASSERT_TRUE(waitFor(passwordPage()));
    typeNewPassword(QString());
    QTest::mouseClick(child<QPushButton>(passwordPage(), QStringLiteral("tokenSubmit")),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor(pageOf<CredentialsPage>()));
    EXPECT_TRUE(pageOf<CredentialsPage>()->noticeText().contains(
        QStringLiteral("Your new password is set")));
    typeCredentials(QStringLiteral("alice"), kNewPassword);
    answerSecondFactor();
    expectSignedInAs(QStringLiteral("alice"));
}

TEST_F(SignInLinksLockout, AnUnlockLinkLiftsTheLock)
{
    lockAlice();
    window->openLink(mailedLink("alice@example.org"));
    ASSERT_TRUE(waitFor(pageOf<CredentialsPage>()));
    EXPECT_TRUE(pageOf<CredentialsPage>()->noticeText().contains(
        QStringLiteral("Account unlocked — sign in")));
    typeCredentials(QStringLiteral("alice"), QString::fromStdString(kPassword));
    answerSecondFactor();
    expectSignedInAs(QStringLiteral("alice"));
}

TEST_F(SignInLinksLockout, AUsedUnlockLinkOffersAPasswordReset)
{
    lockAlice();
    const Link link = mailedLink("alice@example.org");
    window->openLink(link);
    ASSERT_TRUE(waitFor(pageOf<CredentialsPage>()));
    window->openLink(link);
    ASSERT_TRUE(waitFor(statusPage()));
    EXPECT_EQ(statusPage()->problem().code(), Error::Code::InvalidToken);
    auto *reset = child<QPushButton>(statusPage(), QStringLiteral("linkNewResetLink"));
    ASSERT_TRUE(reset->isVisible());
    QTest::mouseClick(reset, Qt::LeftButton);
    EXPECT_EQ(window->currentPage()->heading(),
              QStringLiteral("Forgot your username or password?"));
}

TEST_F(SignInLinks, ALinkDuringASignInAsksBeforeLeavingIt)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    requestReset("alice");
    const Link link = mailedLink("alice@example.org");
    open();
    window->setServer(server.url());
    typeCredentials(QStringLiteral("alice"), QString::fromStdString(kPassword));
    ASSERT_TRUE(waitFor(pageOf<SecondFactorPage>()));
    ASSERT_TRUE(window->isSignInInProgress());

    window->openLink(link);
    QMessageBox *question = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return (question = window->findChild<QMessageBox *>(QStringLiteral("linkQuestion"))) &&
               question->isVisible();
    }));
    QTest::mouseClick(child<QPushButton>(question, QStringLiteral("linkQuestionKeep")),
                      Qt::LeftButton);
    EXPECT_EQ(window->currentPage(), pageOf<SecondFactorPage>());
    EXPECT_EQ(session()->state(), AuthSession::State::SecondFactorRequired);

    window->openLink(link);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return (question = window->findChild<QMessageBox *>(QStringLiteral("linkQuestion"))) &&
               question->isVisible();
    }));
    QTest::mouseClick(child<QPushButton>(question, QStringLiteral("linkQuestionOpen")),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor(passwordPage()));
    EXPECT_EQ(passwordPage()->heading(), QStringLiteral("Reset your password"));
}

TEST_F(SignInLinks, AConversationLinkAsksToSignInFirst)
{
    open();
    window->signInToOpenConversation(QUrl(server.url()));
    EXPECT_EQ(window->currentPage(), pageOf<CredentialsPage>());
    EXPECT_EQ(pageOf<CredentialsPage>()->server(), server.url());
    EXPECT_TRUE(pageOf<CredentialsPage>()->noticeText().contains(
        QStringLiteral("Sign in to open the conversation")));
}

// Every page a link shows, in English and in French.
class SignInLinkScreenshots : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { translations.use(QLocale(QString::fromLatin1(GetParam()))); }
    void TearDown() override { translations.use(QLocale(QStringLiteral("en_CA"))); }
    void shoot(QWidget *widget, const QString &name)
    {
        pli::test::saveScreenshot(widget, QString::fromLatin1(GetParam()), name);
    }
    Translations translations;
};

TEST_P(SignInLinkScreenshots, LinkPages)
{
    UiTestServer server({"--max-failed-logins", "1"});
    server.admin({"user", "add", "tina", "--display-name", "Tina", "--email", "tina@example.org"});
    server.admin({"user", "invite", "tina"});
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    {
        // Alice's account locked: one wrong password, then the right one.
        ApiClient api(QUrl(server.url()));
        AuthSession auth(&api);
        auth.signIn(QStringLiteral("alice"), QStringLiteral("wrong"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return auth.state() == AuthSession::State::Failed; }));
        auth.signIn(QStringLiteral("alice"), QString::fromStdString(kPassword));
        ASSERT_TRUE(QTest::qWaitFor([&] { return auth.state() == AuthSession::State::Locked; }));
    }
    const auto tokenFor = [&](const std::string &address) {
        const auto mail = server.server().lastMailTo(address);
        EXPECT_TRUE(mail.has_value());
        // The token alone: e-mailed links go on with "&server=…".
        return QRegularExpression(QStringLiteral("token=([^&\\s]+)"))
            .match(QString::fromStdString(mail.value_or("")))
            .captured(1);
    };
    const QString token = tokenFor("tina@example.org");
    const QString unlockToken = tokenFor("alice@example.org");
    const auto linkOf = [&](const QString &kind, const QString &value) {
        return Link::parse(
            QStringLiteral("pli://auth/%1?token=%2&server=%3")
                .arg(kind, value, QString::fromLatin1(QUrl::toPercentEncoding(server.url()))));
    };
    AccountStore store(pli::test::freshSettingsFile());
    CredentialStore credentials;
    SignInWindow window(&store, &credentials);
    window.setKeychainAvailable(true);
    window.resize(580, 640);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto settle = [&](SignInPage *page) {
        return QTest::qWaitFor([&] { return window.currentPage() == page && !page->isBusy(); },
                               15000);
    };

    window.openLink(linkOf(QStringLiteral("invitation"), token));
    auto *password = child<TokenPasswordPage>(&window);
    ASSERT_TRUE(settle(password));
    QTest::keyClicks(child<QLineEdit>(password, QStringLiteral("tokenUsername")),
                     QStringLiteral("tina"));
    QTest::keyClicks(child<QLineEdit>(password, QStringLiteral("tokenNewPassword")),
                     QStringLiteral("Ete-2015"));
    shoot(&window, QStringLiteral("link-1-choose-your-password"));
    password->clearPasswords(); // else the next link asks before dropping what is typed

    window.openLink(linkOf(QStringLiteral("password-reset"), QStringLiteral("expired-token")));
    auto *status = child<LinkStatusPage>(&window);
    ASSERT_TRUE(settle(status));
    shoot(&window, QStringLiteral("link-2-reset-link-expired"));

    password->start(TokenPasswordPage::Purpose::PasswordReset, QStringLiteral("tina"));
    password->setPolicy(PasswordPolicy(
        14, 128,
        {QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("digit_or_symbol")}));
    window.showPage(password);
    shoot(&window, QStringLiteral("link-3-reset-your-password"));

    status->showChecking(Link::Kind::Unlock);
    window.showPage(status);
    shoot(&window, QStringLiteral("link-4-unlocking"));

    auto *credentialsPage = child<CredentialsPage>(&window);
    window.openLink(linkOf(QStringLiteral("unlock"), unlockToken));
    ASSERT_TRUE(settle(credentialsPage));
    ASSERT_FALSE(credentialsPage->noticeText().isEmpty());
    shoot(&window, QStringLiteral("link-5-account-unlocked"));

    window.openLink(linkOf(QStringLiteral("unlock"), unlockToken));
    ASSERT_TRUE(settle(status));
    shoot(&window, QStringLiteral("link-6-unlock-link-used"));

    // While a conversation link waits for a sign-in.
    window.showPage(credentialsPage);
    window.signInToOpenConversation(QUrl(server.url()));
    shoot(&window, QStringLiteral("link-7-sign-in-to-open-the-conversation"));

    // A link while a sign-in is in progress.
    QTest::keyClicks(credentialsPage->usernameEdit(), QStringLiteral("alice"));
    QTest::keyClicks(credentialsPage->passwordEdit(), QString::fromStdString(kPassword));
    QTest::mouseClick(credentialsPage->signInButton(), Qt::LeftButton);
    ASSERT_TRUE(settle(child<SecondFactorPage>(&window)));
    window.openLink(linkOf(QStringLiteral("invitation"), token));
    QMessageBox *question = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return (question = window.findChild<QMessageBox *>(QStringLiteral("linkQuestion"))) &&
               question->isVisible();
    }));
    shoot(question, QStringLiteral("link-8-question-during-sign-in"));
    question->reject();
}

INSTANTIATE_TEST_SUITE_P(Languages, SignInLinkScreenshots, ::testing::Values("en_CA", "fr_CA"));
