// The sign-in window driven like a person would (keyboard and clicks) against a real server.
#include "FindChild.h"
#include "UiTestServer.h"

#include "accounts/AccountStore.h"
#include "auth/AuthSession.h"
#include "keychain/CredentialStore.h"
#include "net/ApiClient.h"
#include "signin/BlockedPage.h"
#include "signin/CodeEdit.h"
#include "signin/CredentialsPage.h"
#include "signin/EnrollmentPage.h"
#include "signin/PasswordChangePage.h"
#include "signin/PasswordResetPage.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"
#include "widgets/PasswordChecklist.h"
#include "widgets/QrCodeWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

class SignInWindowTest : public ::testing::Test
{
protected:
    explicit SignInWindowTest(std::vector<std::string> serverArgs = {})
        : server(std::move(serverArgs))
        , store(pli::test::freshSettingsFile())
    {}

    void open()
    {
        window = std::make_unique<SignInWindow>(&store, &credentials);
        window->setServer(server.url());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        spy = std::make_unique<QSignalSpy>(window.get(), &SignInWindow::signedIn);
        QObject::connect(window.get(), &SignInWindow::signedIn, window.get(),
                         [this](const Account &, ApiClient *a, AuthSession *s) {
                             handedApi = a;
                             handedSession = s;
                         });
    }

    // The window's page of type T.
    template<typename T> T *pageOf() const { return child<T>(window.get()); }
    // The sign-in the window drives.
    AuthSession *session() const { return child<AuthSession>(window.get()); }

    void typeCredentials(const QString &username, const QString &password)
    {
        CredentialsPage *page = pageOf<CredentialsPage>();
        page->usernameEdit()->clear();
        QTest::keyClicks(page->usernameEdit(), username);
        page->passwordEdit()->clear();
        QTest::keyClicks(page->passwordEdit(), password);
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    }

    // Waits until `page` is the window's current page.
    bool waitFor(SignInPage *page, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return window->currentPage() == page && !page->isBusy(); },
                               ms);
    }

    void expectSignedIn()
    {
        ASSERT_TRUE(spy->count() > 0 || spy->wait(10000));
        ASSERT_NE(handedApi, nullptr);
        ASSERT_NE(handedSession, nullptr);
        EXPECT_TRUE(handedApi->hasSession());
        EXPECT_EQ(handedSession->state(), AuthSession::State::SignedIn);
        EXPECT_FALSE(window->isVisible());
    }

    UiTestServer server;
    AccountStore store;
    CredentialStore credentials;
    std::unique_ptr<SignInWindow> window;
    std::unique_ptr<QSignalSpy> spy;
    ApiClient *handedApi = nullptr; // still parented to the window
    AuthSession *handedSession = nullptr;
};

class SignInWindowShortEnrollment : public SignInWindowTest
{
protected:
    SignInWindowShortEnrollment()
        : SignInWindowTest({"--enrollment-ttl", "2"})
    {}
};

class SignInWindowLockout : public SignInWindowTest
{
protected:
    SignInWindowLockout()
        : SignInWindowTest({"--max-failed-logins", "2"})
    {}
};

} // namespace

TEST_F(SignInWindowTest, AuthenticatorCodeSignsIn)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    open();
    typeCredentials(QStringLiteral("alice"), QString::fromStdString(kPassword));
    ASSERT_TRUE(waitFor(pageOf<SecondFactorPage>()));
    SecondFactorPage *page = pageOf<SecondFactorPage>();
    EXPECT_FALSE(page->verifyButton()->isEnabled());
    QTest::keyClicks(page->codeEdit(), UiTestServer::totpNow(kSecret));
    EXPECT_TRUE(page->verifyButton()->isEnabled());
    QTest::keyClick(page->codeEdit(), Qt::Key_Return);
    expectSignedIn();
}

TEST_F(SignInWindowTest, WrongCodeSaysHowManyTriesRemain)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    open();
    typeCredentials(QStringLiteral("alice"), QString::fromStdString(kPassword));
    ASSERT_TRUE(waitFor(pageOf<SecondFactorPage>()));
    SecondFactorPage *page = pageOf<SecondFactorPage>();
    const QString right = UiTestServer::totpNow(kSecret);
    const QString wrong =
        right == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QTest::keyClicks(page->codeEdit(), wrong);
    QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->errorText().isEmpty(); }, 10000));
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("attempt")))
        << page->errorText().toStdString();
    EXPECT_EQ(window->currentPage(), page);
    EXPECT_EQ(spy->count(), 0);
}

TEST_F(SignInWindowTest, EmailedCodeFromTheOutboxSignsIn)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    open();
    typeCredentials(QStringLiteral("alice"), QString::fromStdString(kPassword));
    ASSERT_TRUE(waitFor(pageOf<SecondFactorPage>()));
    SecondFactorPage *page = pageOf<SecondFactorPage>();
    QTest::mouseClick(page->emailButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->method() == QStringLiteral("email"); }, 10000));
    // The cool-down shows and holds the button.
    EXPECT_GT(page->cooldownRemaining(), 0);
    EXPECT_FALSE(page->emailButton()->isEnabled());
    QString code;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !(code = server.lastEmailedCode("alice@example.org")).isEmpty(); }, 10000));
    QTest::keyClicks(page->codeEdit(), code);
    QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
    expectSignedIn();
}

// Every label of `page` put together: what the person reads.
QString textOf(QWidget *page)
{
    QStringList texts;
    for (const QLabel *label : page->findChildren<QLabel *>())
        if (label->isVisibleTo(page))
            texts.append(label->text());
    return texts.join(u'\n');
}

TEST_F(SignInWindowTest, PasswordlessParticipantSignsInWithTheMailedCodeAlone)
{
    server.admin({"user", "add", "guest", "--display-name", "Guest", "--email", "guest@example.org",
                  "--passwordless"});
    open();
    CredentialsPage *credentialsPage = pageOf<CredentialsPage>();
    EXPECT_FALSE(credentialsPage->isEmailCodeSignIn());
    QTest::mouseClick(credentialsPage->otherWayButton(), Qt::LeftButton);
    ASSERT_TRUE(credentialsPage->isEmailCodeSignIn());
    EXPECT_FALSE(credentialsPage->passwordEdit()->isVisible());
    EXPECT_EQ(window->focusWidget(), credentialsPage->usernameEdit());
    credentialsPage->rememberBox()->setChecked(true);
    QTest::keyClicks(credentialsPage->usernameEdit(), QStringLiteral("guest@example.org"));
    EXPECT_TRUE(credentialsPage->signInButton()->isEnabled()); // no password needed
    QTest::keyClick(credentialsPage->usernameEdit(), Qt::Key_Return);

    SecondFactorPage *page = pageOf<SecondFactorPage>();
    ASSERT_TRUE(waitFor(page));
    EXPECT_EQ(page->method(), QStringLiteral("email"));
    EXPECT_FALSE(page->useAppButton()->isVisible()); // no authenticator offered
    EXPECT_TRUE(page->emailButton()->isVisible());
    EXPECT_FALSE(page->emailButton()->isEnabled()); // the code just went out
    EXPECT_GT(page->cooldownRemaining(), 20);
    EXPECT_TRUE(textOf(page).contains(QStringLiteral("guest@example.org")))
        << textOf(page).toStdString();
    EXPECT_EQ(window->focusWidget(), page->codeEdit());

    QString code;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !(code = server.lastEmailedCode("guest@example.org")).isEmpty(); }, 10000));
    const QString wrong =
        code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QTest::keyClicks(page->codeEdit(), wrong);
    QTest::keyClick(page->codeEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->errorText().isEmpty(); }, 10000));
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("4"))) << page->errorText().toStdString();
    EXPECT_EQ(window->currentPage(), page);

    page->codeEdit()->clear();
    QTest::keyClicks(page->codeEdit(), code);
    QTest::keyClick(page->codeEdit(), Qt::Key_Return);
    expectSignedIn();
    EXPECT_EQ(handedSession->username(), QStringLiteral("guest@example.org"));

    // The username and the way in are remembered; the code never is.
    EXPECT_EQ(store.rememberedUsername(), QStringLiteral("guest@example.org"));
    EXPECT_TRUE(store.rememberedEmailCodeSignIn());
    SignInWindow again(&store, &credentials);
    EXPECT_TRUE(child<CredentialsPage>(&again)->isEmailCodeSignIn());
    EXPECT_EQ(child<CredentialsPage>(&again)->username(), QStringLiteral("guest@example.org"));
    EXPECT_TRUE(child<SecondFactorPage>(&again)->codeEdit()->text().isEmpty());
}

TEST_F(SignInWindowTest, PasswordlessSignInOfAnUnknownAddressShowsTheSamePage)
{
    open();
    CredentialsPage *credentialsPage = pageOf<CredentialsPage>();
    QTest::mouseClick(credentialsPage->otherWayButton(), Qt::LeftButton);
    QTest::keyClicks(credentialsPage->usernameEdit(), QStringLiteral("nobody@example.org"));
    QTest::mouseClick(credentialsPage->signInButton(), Qt::LeftButton);
    SecondFactorPage *page = pageOf<SecondFactorPage>();
    ASSERT_TRUE(waitFor(page));
    EXPECT_EQ(page->method(), QStringLiteral("email"));
    EXPECT_FALSE(page->useAppButton()->isVisible());
    EXPECT_TRUE(textOf(page).contains(QStringLiteral("nobody@example.org")));
    QTest::keyClicks(page->codeEdit(), QStringLiteral("123456"));
    QTest::keyClick(page->codeEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->errorText().isEmpty(); }, 10000));
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("4"))) << page->errorText().toStdString();
    EXPECT_EQ(spy->count(), 0);

    // Back leads to the credentials page, still in the e-mailed-code way.
    QPushButton *back = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>())
        if (button->text() == SecondFactorPage::tr("Back to sign-in"))
            back = button;
    ASSERT_NE(back, nullptr);
    QTest::mouseClick(back, Qt::LeftButton);
    ASSERT_TRUE(waitFor(credentialsPage));
    EXPECT_TRUE(credentialsPage->isEmailCodeSignIn());
}

TEST_F(SignInWindowTest, EmailOnlyUserAfterThePasswordGetsTheEmailedCodeWithoutAnAuthenticator)
{
    server.admin({"user", "add", "eve", "--display-name", "Eve", "--email", "eve@example.org",
                  "--password", kPassword, "--second-factor", "email"});
    open();
    typeCredentials(QStringLiteral("eve"), QString::fromStdString(kPassword));
    SecondFactorPage *page = pageOf<SecondFactorPage>();
    ASSERT_TRUE(waitFor(page));
    EXPECT_EQ(page->method(), QStringLiteral("email"));
    EXPECT_FALSE(page->useAppButton()->isVisible());
    EXPECT_GT(page->cooldownRemaining(), 0);
    EXPECT_FALSE(textOf(page).contains(QStringLiteral("authenticator")));
    EXPECT_EQ(window->focusWidget(), page->codeEdit());
    QString code;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !(code = server.lastEmailedCode("eve@example.org")).isEmpty(); }, 10000));
    QTest::keyClicks(page->codeEdit(), code);
    QTest::keyClick(page->codeEdit(), Qt::Key_Return);
    expectSignedIn();
    EXPECT_FALSE(store.rememberedEmailCodeSignIn());
}

TEST_F(SignInWindowTest, FirstAccessEnrolsAnAuthenticator)
{
    server.addParticipant("newbie", "newbie@example.org", kPassword);
    open();
    typeCredentials(QStringLiteral("newbie"), QString::fromStdString(kPassword));
    ASSERT_TRUE(waitFor(pageOf<EnrollmentPage>()));
    EnrollmentPage *page = pageOf<EnrollmentPage>();
    const QString secret = session()->totpSecret();
    ASSERT_FALSE(secret.isEmpty());
    EXPECT_GT(page->qrCode()->moduleCount(), 20);
    EXPECT_TRUE(page->qrCode()->payload().startsWith(QStringLiteral("otpauth://totp/")));
    // "Can't scan the image?" reveals the key, in groups of four.
    EXPECT_FALSE(page->manualKeyLabel()->isVisible());
    emit page->cantScanLink()->linkActivated(QStringLiteral("#manual"));
    EXPECT_TRUE(page->manualKeyLabel()->isVisible());
    EXPECT_EQ(page->manualKeyLabel()->text(), EnrollmentPage::groupInFours(secret));
    EXPECT_EQ(page->manualKeyLabel()->text().remove(QLatin1Char(' ')), secret);

    QTest::keyClicks(page->codeEdit(), UiTestServer::totpNow(secret));
    page->deviceNameEdit()->clear();
    QTest::keyClicks(page->deviceNameEdit(), QStringLiteral("My test phone"));
    QTest::mouseClick(page->finishButton(), Qt::LeftButton);
    expectSignedIn();
    auto device = server.server().db().query(
        "SELECT totp_device_name FROM users WHERE username = ?", std::string("newbie"));
    ASSERT_TRUE(device.next());
    EXPECT_EQ(device.text(0), "My test phone");
}

TEST_F(SignInWindowShortEnrollment, ExpiredEnrolmentExplainsAndStartsAgain)
{
    server.addParticipant("newbie", "newbie@example.org", kPassword);
    open();
    typeCredentials(QStringLiteral("newbie"), QString::fromStdString(kPassword));
    ASSERT_TRUE(waitFor(pageOf<EnrollmentPage>()));
    EnrollmentPage *page = pageOf<EnrollmentPage>();
    const QString firstSecret = session()->totpSecret();
    // The local countdown reaches zero: the page says the set-up expired.
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->isExpired(); }, 10000));
    QTest::mouseClick(page->restartButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isExpired() && !page->isBusy(); }, 10000));
    EXPECT_NE(session()->totpSecret(), firstSecret);
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("new QR code")));
}

TEST_F(SignInWindowTest, TemporaryPasswordIsChangedWithALiveChecklist)
{
    server.addParticipant("temp", "temp@example.org", kPassword, kSecret.toStdString());
    server.admin({"user", "reset-password", "temp", "--password", "Temporary-Pass-1"});
    open();
    typeCredentials(QStringLiteral("temp"), QStringLiteral("Temporary-Pass-1"));
    ASSERT_TRUE(waitFor(pageOf<PasswordChangePage>()));
    PasswordChangePage *page = pageOf<PasswordChangePage>();
    EXPECT_FALSE(page->changeButton()->isEnabled());
    QTest::keyClicks(page->newPasswordEdit(), QStringLiteral("short"));
    EXPECT_FALSE(page->checklist()->metRules().contains(QStringLiteral("min_length")));
    page->newPasswordEdit()->clear();
    const QString fresh = QStringLiteral("A-much-longer-Passw0rd!");
    QTest::keyClicks(page->newPasswordEdit(), fresh);
    EXPECT_TRUE(page->checklist()->metRules().contains(QStringLiteral("min_length")));
    EXPECT_FALSE(page->changeButton()->isEnabled()); // the confirmation is still missing
    QTest::keyClicks(page->confirmEdit(), fresh);
    EXPECT_TRUE(page->checklist()->allMet());
    QTest::mouseClick(page->changeButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor(pageOf<SecondFactorPage>()));
    QTest::keyClicks(pageOf<SecondFactorPage>()->codeEdit(), UiTestServer::totpNow(kSecret));
    QTest::mouseClick(pageOf<SecondFactorPage>()->verifyButton(), Qt::LeftButton);
    expectSignedIn();
}

TEST_F(SignInWindowTest, WrongPasswordIsExplainedAndCleared)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    open();
    typeCredentials(QStringLiteral("alice"), QStringLiteral("not-the-password"));
    CredentialsPage *page = pageOf<CredentialsPage>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->errorText().isEmpty(); }, 10000));
    EXPECT_EQ(window->currentPage(), page);
    EXPECT_TRUE(page->password().isEmpty());
    EXPECT_EQ(page->username(), QStringLiteral("alice"));
}

TEST_F(SignInWindowTest, PlainHttpToARemoteServerIsRefusedBeforeSending)
{
    open();
    pageOf<CredentialsPage>()->serverEdit()->setText(QStringLiteral("http://example.org"));
    typeCredentials(QStringLiteral("alice"), QStringLiteral("whatever"));
    EXPECT_FALSE(pageOf<CredentialsPage>()->errorText().isEmpty());
    EXPECT_FALSE(pageOf<CredentialsPage>()->isBusy());
}

TEST_F(SignInWindowLockout, LockedAccountSaysWhatToDo)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    open();
    // Two wrong passwords lock the account; the server says so only to the right password.
    for (int i = 0; i < 2; ++i) {
        typeCredentials(QStringLiteral("alice"), QStringLiteral("wrong-%1").arg(i));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !pageOf<CredentialsPage>()->errorText().isEmpty(); }, 10000));
    }
    typeCredentials(QStringLiteral("alice"), QString::fromStdString(kPassword));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window->currentPage() == pageOf<BlockedPage>(); }, 10000));
    ASSERT_EQ(window->currentPage(), pageOf<BlockedPage>())
        << window->currentPage()->heading().toStdString() << " / "
        << window->currentPage()->errorText().toStdString();
    EXPECT_EQ(pageOf<BlockedPage>()->reason(), BlockedPage::Reason::Locked);
    EXPECT_TRUE(pageOf<BlockedPage>()->resetButton()->isVisible());
}

TEST_F(SignInWindowTest, ForgotPasswordRequestsAResetLink)
{
    server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
    open();
    QTest::keyClicks(pageOf<CredentialsPage>()->usernameEdit(), QStringLiteral("alice"));
    emit pageOf<CredentialsPage>()->forgotRequested();
    PasswordResetPage *page = pageOf<PasswordResetPage>();
    ASSERT_EQ(window->currentPage(), page);
    EXPECT_EQ(page->usernameEdit()->text(), QStringLiteral("alice"));
    QTest::mouseClick(page->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->isSent(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.server().lastMailTo("alice@example.org").has_value(); }, 10000));
}

TEST(EnrollmentPageKey, GroupsTheSecretInFours)
{
    EXPECT_EQ(EnrollmentPage::groupInFours(QStringLiteral("jbswy3dpehpk3pxp")),
              QStringLiteral("JBSW Y3DP EHPK 3PXP"));
    EXPECT_EQ(EnrollmentPage::groupInFours(QStringLiteral("ABCDEF")), QStringLiteral("ABCD EF"));
    EXPECT_EQ(EnrollmentPage::groupInFours(QString()), QString());
}

TEST(QrCode, DrawsWholePixelModulesWithAQuietZone)
{
    QrCodeWidget qr;
    qr.setPayload(QStringLiteral("otpauth://totp/Pli:alice?secret=JBSWY3DPEHPK3PXP&issuer=Pli"));
    ASSERT_GT(qr.moduleCount(), 20);
    const int scale = 4;
    const QImage image = qr.image(scale);
    EXPECT_EQ(image.width(), (qr.moduleCount() + 8) * scale);
    // Quiet zone white; every module a solid square of its colour.
    EXPECT_EQ(image.pixel(1, 1), qRgb(255, 255, 255));
    for (int y = 0; y < qr.moduleCount(); ++y)
        for (int x = 0; x < qr.moduleCount(); ++x) {
            const QRgb expected = qr.isDark(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
            ASSERT_EQ(image.pixel((x + 4) * scale, (y + 4) * scale), expected);
            ASSERT_EQ(image.pixel((x + 4) * scale + scale - 1, (y + 4) * scale + scale - 1),
                      expected);
        }
    // The finder pattern's corner is dark.
    EXPECT_TRUE(qr.isDark(0, 0));
}
