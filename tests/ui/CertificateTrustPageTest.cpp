// The sign-in window against pli-server --tls-self-signed: the "Trust this certificate?" page
// shows what to compare (the fingerprint the server printed) and signs in once trusted, keeping
// the authority with the account; an account whose server no longer presents the authority it
// trusted gets a warning page instead, where trusting needs an explicit confirmation. Rendered
// in English and French.
#include "FindChild.h"
#include "UiTestServer.h"

#include "SelfSignedTls.h"
#include "accounts/AccountStore.h"
#include "auth/AuthSession.h"
#include "i18n/Translations.h"
#include "keychain/CredentialStore.h"
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"
#include "signin/CertificateTrustPage.h"
#include "signin/CodeEdit.h"
#include "signin/CredentialsPage.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::TempDir;
using pli::test::UiTestServer;

namespace {

const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
const std::string kPassword = "Correct-Horse-Battery-9";

QByteArray readAll(const std::filesystem::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class CertificateTrustPageTest : public ::testing::Test
{
protected:
    CertificateTrustPageTest()
        : server({"--tls-self-signed"})
        , store(pli::test::freshSettingsFile())
    {}

    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(language()));
        server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
        authority = readAll(server.server().caCertificate());
        ASSERT_FALSE(authority.isEmpty());
    }
    void TearDown() override { translations.use(QLocale(QStringLiteral("en_CA"))); }
    virtual QString language() const { return QStringLiteral("en_CA"); }

    void open()
    {
        window = std::make_unique<SignInWindow>(&store, &credentials);
        window->setServer(server.url());
        window->setKeychainAvailable(true);
        window->resize(620, 600);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        spy = std::make_unique<QSignalSpy>(window.get(), &SignInWindow::signedIn);
    }
    CertificateTrustPage *trustPage() const { return child<CertificateTrustPage>(window.get()); }
    void typeCredentials()
    {
        CredentialsPage *page = child<CredentialsPage>(window.get());
        page->usernameEdit()->clear();
        QTest::keyClicks(page->usernameEdit(), QStringLiteral("alice"));
        page->passwordEdit()->clear();
        QTest::keyClicks(page->passwordEdit(), QString::fromStdString(kPassword));
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    }
    bool waitFor(SignInPage *page)
    {
        return QTest::qWaitFor([&] { return window->currentPage() == page && !page->isBusy(); },
                               15000);
    }
    // An account for alice on this server that trusts another authority than the server's.
    void storeAccountTrustingAnotherAuthority()
    {
        TempDir elsewhere;
        otherAuthority = readAll(
            server::SelfSignedTls::ensure(elsewhere.path(), "127.0.0.1").authorityCertificate);
        Account account;
        account.server = QUrl(server.url());
        account.username = QStringLiteral("alice");
        account.trustedCertificates = otherAuthority;
        ASSERT_FALSE(store.add(account));
    }
    // Once the authority is trusted: the second step, then the window hands the account over.
    void answerTheSecondStep()
    {
        SecondFactorPage *secondFactor = child<SecondFactorPage>(window.get());
        ASSERT_TRUE(waitFor(secondFactor));
        QTest::keyClicks(secondFactor->codeEdit(), UiTestServer::totpNow(kSecret));
        QTest::keyClick(secondFactor->codeEdit(), Qt::Key_Return);
        ASSERT_TRUE(spy->count() > 0 || spy->wait(15000));
    }
    static QString oneLine(const QString &text) { return QString(text).remove(u'\n'); }
    void save(const QString &name)
    {
        QApplication::processEvents();
        const QString dir = QStringLiteral(PLI_SCREENSHOT_DIR "/") + language();
        QDir().mkpath(dir);
        const QPixmap picture = window->grab();
        ASSERT_FALSE(picture.isNull());
        EXPECT_TRUE(picture.save(dir + u'/' + name + QStringLiteral(".png")));
    }

    UiTestServer server;
    Translations translations;
    AccountStore store;
    CredentialStore credentials;
    QByteArray authority;
    QByteArray otherAuthority;
    std::unique_ptr<SignInWindow> window;
    std::unique_ptr<QSignalSpy> spy;
};

class CertificateTrustScreenshots : public CertificateTrustPageTest,
                                    public ::testing::WithParamInterface<const char *>
{
protected:
    QString language() const override { return QString::fromLatin1(GetParam()); }
};

} // namespace

TEST_F(CertificateTrustPageTest, AsksFirstThenSignsInAndKeepsTheAuthorityWithTheAccount)
{
    open();
    typeCredentials();
    ASSERT_TRUE(waitFor(trustPage()));
    CertificateTrustPage *page = trustPage();
    EXPECT_EQ(page->reason(), CertificateTrustPage::Reason::Untrusted);
    EXPECT_EQ(page->heading(), QStringLiteral("Trust this certificate?"));
    EXPECT_EQ(oneLine(page->fingerprintLabel()->text()),
              QString::fromStdString(server.server().caFingerprint()));
    EXPECT_EQ(QSslCertificate(page->presented().pem), QSslCertificate(authority));
    EXPECT_TRUE(page->cancelButton()->isDefault()) << "nothing is trusted by reflex";
    EXPECT_TRUE(page->trustButton()->isEnabled());
    EXPECT_FALSE(page->confirmBox()->isVisible());
    EXPECT_TRUE(page->errorText().isEmpty());

    QTest::mouseClick(page->trustButton(), Qt::LeftButton);
    ASSERT_NO_FATAL_FAILURE(answerTheSecondStep());
    const auto account = spy->first().at(0).value<Account>();
    EXPECT_EQ(QSslCertificate(account.trustedCertificates), QSslCertificate(authority));
    auto *api = spy->first().at(1).value<ApiClient *>();
    EXPECT_EQ(api->trustedCertificates(), account.trustedCertificates);
}

TEST_F(CertificateTrustPageTest, CancelGoesBackWithoutTrustingAnything)
{
    open();
    typeCredentials();
    ASSERT_TRUE(waitFor(trustPage()));
    QTest::mouseClick(trustPage()->cancelButton(), Qt::LeftButton);
    CredentialsPage *credentialsPage = child<CredentialsPage>(window.get());
    ASSERT_TRUE(waitFor(credentialsPage));
    // Asked again: nothing was trusted on the way back.
    typeCredentials();
    ASSERT_TRUE(waitFor(trustPage()));
    EXPECT_EQ(spy->count(), 0);
    EXPECT_EQ(server.server().log().find("/api/v1/auth/login"), std::string::npos);
}

TEST_F(CertificateTrustPageTest, WarnsWhenTheServerNoLongerPresentsTheTrustedAuthority)
{
    storeAccountTrustingAnotherAuthority();
    open();
    typeCredentials();
    ASSERT_TRUE(waitFor(trustPage()));
    CertificateTrustPage *page = trustPage();
    EXPECT_EQ(page->reason(), CertificateTrustPage::Reason::Changed);
    EXPECT_EQ(page->heading(), QStringLiteral("The server's certificate has changed"));
    EXPECT_EQ(oneLine(page->fingerprintLabel()->text()),
              QString::fromStdString(server.server().caFingerprint()));
    EXPECT_TRUE(page->cancelButton()->isDefault());
    // Trusting the new authority needs the person to say they checked it.
    EXPECT_TRUE(page->confirmBox()->isVisible());
    EXPECT_FALSE(page->trustButton()->isEnabled());
    QSignalSpy trusted(page, &CertificateTrustPage::trustRequested);
    QTest::mouseClick(page->trustButton(), Qt::LeftButton);
    EXPECT_EQ(trusted.count(), 0);
    EXPECT_EQ(window->currentPage(), page);
    page->confirmBox()->click();
    EXPECT_TRUE(page->trustButton()->isEnabled());
    QTest::mouseClick(page->trustButton(), Qt::LeftButton);
    ASSERT_NO_FATAL_FAILURE(answerTheSecondStep());
    EXPECT_EQ(QSslCertificate(spy->first().at(0).value<Account>().trustedCertificates),
              QSslCertificate(authority));
}

TEST_P(CertificateTrustScreenshots, UntrustedAndChanged)
{
    open();
    typeCredentials();
    ASSERT_TRUE(waitFor(trustPage()));
    save(QStringLiteral("signin-12-trust-certificate"));

    storeAccountTrustingAnotherAuthority();
    QTest::mouseClick(trustPage()->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor(child<CredentialsPage>(window.get())));
    typeCredentials();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return trustPage()->reason() == CertificateTrustPage::Reason::Changed; }, 15000));
    ASSERT_TRUE(waitFor(trustPage()));
    save(QStringLiteral("signin-13-certificate-changed"));
}

INSTANTIATE_TEST_SUITE_P(Languages, CertificateTrustScreenshots,
                         ::testing::Values("en_CA", "fr_CA"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             return std::string(param.param) == "en_CA" ? "English" : "French";
                         });
