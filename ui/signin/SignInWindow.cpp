#include "SignInWindow.h"

#include "BlockedPage.h"
#include "CertificateTrustPage.h"
#include "CodeEdit.h"
#include "CredentialsPage.h"
#include "EnrollmentPage.h"
#include "LinkStatusPage.h"
#include "PasswordChangePage.h"
#include "PasswordResetPage.h"
#include "SecondFactorPage.h"
#include "SignInLinkFlow.h"
#include "TokenPasswordPage.h"
#include "accounts/AccountStore.h"
#include "keychain/CredentialJob.h"
#include "keychain/CredentialStore.h"
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"
#include "widgets/Icons.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QSysInfo>
#include <QVBoxLayout>

namespace pli::ui {

using State = AuthSession::State;

SignInWindow::SignInWindow(AccountStore *accounts, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_keychain(credentials)
    , m_banner(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_credentials(new CredentialsPage)
    , m_secondFactor(new SecondFactorPage)
    , m_enrollment(new EnrollmentPage)
    , m_passwordChange(new PasswordChangePage)
    , m_blocked(new BlockedPage)
    , m_reset(new PasswordResetPage)
    , m_links(new SignInLinkFlow(m_credentials, this))
    , m_trust(new CertificateTrustPage)
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowIcon(Icons::icon(QStringLiteral("pli")));
    // The header band: the application's mark, then the pages on a plain background.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("signInHeader"));
    header->setStyleSheet(QStringLiteral("#signInHeader { background: #2d4f7c; }"
                                         "#signInHeader QLabel { color: white; }"));
    auto *logo = new QLabel(header);
    logo->setPixmap(Icons::pixmap(QStringLiteral("pli"), 44, devicePixelRatioF()));
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.6);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setParent(header);
    m_subtitle->setParent(header);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_banner);
    titles->addWidget(m_subtitle);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 12, 20, 12);
    headerLayout->addWidget(logo);
    headerLayout->addSpacing(8);
    headerLayout->addLayout(titles, 1);

    for (SignInPage *page : std::initializer_list<SignInPage *>{
             m_credentials, m_secondFactor, m_enrollment, m_passwordChange, m_blocked, m_reset,
             m_trust, m_links->passwordPage(), m_links->statusPage()})
        m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    auto *content = new QVBoxLayout;
    content->setContentsMargins(28, 20, 28, 20);
    content->addWidget(m_pages, 1);
    layout->addLayout(content, 1);
    setMinimumWidth(560);

    const QUrl server = m_accounts->rememberedServer();
    m_credentials->setServer(server.toString(), !server.isEmpty());
    const QString username = m_accounts->rememberedUsername();
    m_credentials->setUsername(username);
    m_credentials->setRememberUsername(!username.isEmpty());

    connect(m_credentials, &CredentialsPage::signInRequested, this, &SignInWindow::startSignIn);
    connect(m_credentials, &CredentialsPage::cancelRequested, this, &QDialog::reject);
    connect(m_credentials, &CredentialsPage::forgotRequested, this, [this] {
        m_reset->start(m_credentials->username());
        showPage(m_reset);
    });
    connect(m_secondFactor, &SecondFactorPage::codeSubmitted, this,
            [this](const QString &method, const QString &code) {
                if (!m_session)
                    return;
                if (method == QStringLiteral("email"))
                    m_session->submitEmailCode(code);
                else
                    m_session->submitTotpCode(code);
            });
    connect(m_secondFactor, &SecondFactorPage::emailCodeRequested, this, [this] {
        if (m_session) {
            m_secondFactor->clearError();
            m_session->requestEmailCode();
        }
    });
    connect(m_enrollment, &EnrollmentPage::enrollmentSubmitted, this,
            [this](const QString &code, const QString &device) {
                if (m_session)
                    m_session->enrollTotp(code, device);
            });
    connect(m_enrollment, &EnrollmentPage::restartRequested, this, &SignInWindow::restartSignIn);
    connect(m_passwordChange, &PasswordChangePage::passwordSubmitted, this,
            [this](const QString &password) {
                if (m_session)
                    m_session->changePassword(password);
            });
    connect(m_reset, &PasswordResetPage::resetRequested, this, [this](const QString &name) {
        ensureSession(ApiClient::serverUrlFromUserInput(m_credentials->server()));
        applyTrust(name);
        const Error bad = m_api->serverUrlError();
        if (bad.isError()) {
            m_reset->showError(bad.message());
            return;
        }
        m_reset->setBusy(true);
        m_session->requestPasswordReset(name);
    });
    connect(m_secondFactor, &SecondFactorPage::cancelRequested, this,
            &SignInWindow::backToCredentials);
    connect(m_enrollment, &EnrollmentPage::cancelRequested, this, &SignInWindow::backToCredentials);
    connect(m_passwordChange, &PasswordChangePage::cancelRequested, this,
            &SignInWindow::backToCredentials);
    connect(m_blocked, &BlockedPage::backRequested, this, &SignInWindow::backToCredentials);
    connect(m_reset, &PasswordResetPage::backRequested, this, &SignInWindow::backToCredentials);
    connect(m_trust, &CertificateTrustPage::cancelRequested, this,
            &SignInWindow::backToCredentials);
    connect(m_trust, &CertificateTrustPage::trustRequested, this,
            &SignInWindow::trustPresentedCertificate);
    const auto requestReset = [this] {
        m_reset->start(m_credentials->username());
        showPage(m_reset);
    };
    connect(m_blocked, &BlockedPage::resetRequested, this, requestReset);
    connect(m_links, &SignInLinkFlow::resetRequested, this, requestReset);
    connect(m_links, &SignInLinkFlow::backRequested, this, &SignInWindow::backToCredentials);
    connect(m_links, &SignInLinkFlow::startRequested, this, &SignInWindow::startLink);
    connect(m_links, &SignInLinkFlow::pageRequested, this, &SignInWindow::showPage);
    connect(m_links, &SignInLinkFlow::signInRequested, this,
            [this](const QString &name, const QString &chosen) {
                m_credentials->setUsername(name);
                m_credentials->passwordEdit()->setText(chosen);
                showPage(m_credentials);
                startSignIn();
            });
    retranslate();
    showPage(m_credentials);
}

void SignInWindow::setAddingAccount(bool adding, QList<Account> alreadySignedIn)
{
    m_credentials->setCancellable(adding);
    m_signedIn = alreadySignedIn;
    if (adding) {
        m_credentials->setUsername(QString());
        m_credentials->setRememberUsername(false);
    }
    retranslate();
}

void SignInWindow::setServer(const QString &server)
{
    m_credentials->setServer(server, !server.isEmpty());
}

void SignInWindow::setKeychainAvailable(bool available)
{
    m_probed = true;
    m_credentials->setKeychainAvailable(available);
}

void SignInWindow::backToCredentials()
{
    if (m_session)
        m_session->signOut();
    m_credentials->setBusy(false);
    showPage(m_credentials);
    m_credentials->focusFirstEmpty();
}

bool SignInWindow::isSignInInProgress() const
{
    if (m_links->hasInput())
        return true;
    if (!m_session)
        return false;
    switch (m_session->state()) {
    case State::SigningIn:
    case State::SecondFactorRequired:
    case State::TotpEnrollmentRequired:
    case State::PasswordChangeRequired:
        return true;
    default:
        return false;
    }
}

void SignInWindow::openLink(const Link &link)
{
    if (link.isSignInLink())
        m_links->request(link, isSignInInProgress());
}

void SignInWindow::startLink(const Link &link)
{
    if (!link.server().isEmpty())
        m_credentials->setServer(link.server().toString(), true);
    const QUrl server = ApiClient::serverUrlFromUserInput(m_credentials->server());
    if (m_session)
        m_session->signOut(); // the person chose the link over the sign-in in progress
    ensureSession(server);
    m_links->start(link, m_session, m_credentials->username());
}

void SignInWindow::signInToOpenConversation(const QUrl &server)
{
    if (isSignInInProgress())
        return;
    if (!server.isEmpty())
        m_credentials->setServer(server.toString(), true);
    m_links->noteConversationWaiting();
    if (currentPage() != m_credentials)
        backToCredentials();
}

SignInPage *SignInWindow::currentPage() const
{
    return qobject_cast<SignInPage *>(m_pages->currentWidget());
}

void SignInWindow::showPage(SignInPage *page)
{
    m_pages->setCurrentWidget(page);
}

void SignInWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_credentials->focusFirstEmpty();
    probeKeychain();
}

void SignInWindow::probeKeychain()
{
    if (m_probed || !m_keychain)
        return;
    m_probed = true;
    auto *job = m_keychain->isAvailable();
    connect(job, &Job::finished, this,
            [this, job] { m_credentials->setKeychainAvailable(job->isSuccess()); });
}

void SignInWindow::ensureSession(const QUrl &server)
{
    if (m_api && m_api->serverUrl() == server && m_session)
        return;
    if (m_session)
        m_session->deleteLater();
    if (m_api)
        m_api->deleteLater();
    m_api = new ApiClient(this);
    m_api->setServerUrl(server);
    m_session = new AuthSession(m_api, this);
    connect(m_session, &AuthSession::stateChanged, this, &SignInWindow::onStateChanged);
    connect(m_session, &AuthSession::error, this, &SignInWindow::onError);
    connect(m_session, &AuthSession::emailCodeSent, this, [this] {
        m_secondFactor->setBusy(false);
        m_secondFactor->setEmailSent(m_session->emailCodeCooldownRemaining());
    });
    connect(m_session, &AuthSession::passwordResetRequested, this, [this] {
        m_reset->setBusy(false);
        m_reset->showSent();
    });
}

void SignInWindow::startSignIn()
{
    const QUrl server = ApiClient::serverUrlFromUserInput(m_credentials->server());
    const Error bad = ApiClient::checkServerUrl(server);
    if (bad.isError()) {
        m_credentials->showError(bad.message());
        return;
    }
    for (const Account &account : std::as_const(m_signedIn)) {
        if (account.isAccount(server, m_credentials->username())) {
            m_credentials->showError(tr("%1 is already signed in.").arg(m_credentials->username()));
            return;
        }
    }
    ensureSession(server);
    applyTrust(m_credentials->username());
    m_enrollmentExpired = false;
    //: The name the server records for this sign-in's device; %1 is the computer's name
    const QString device = tr("Pli on %1").arg(QSysInfo::machineHostName());
    m_credentials->setBusy(true);
    m_session->signIn(m_credentials->username(), m_credentials->password(), device);
}

void SignInWindow::applyTrust(const QString &username)
{
    const QUrl server = Account::normalizedServer(m_api->serverUrl());
    QByteArray certificates;
    if (!m_trustedCertificates.isEmpty() && server == m_trustedServer)
        certificates = m_trustedCertificates;
    else if (const auto stored = m_accounts->account(server, username))
        certificates = stored->trustedCertificates;
    // Both were checked before they were kept (AccountStore, ServerTrust).
    m_api->setTrustedCertificates(certificates);
}

bool SignInWindow::offerTrust(const Error &error)
{
    const CertificateDetails presented = CertificateDetails::presentedRoot(error);
    if (presented.isNull() || !m_api)
        return false;
    const QString server = m_api->serverUrl().toString();
    if (error.code() == Error::Code::CertificateChanged)
        m_trust->showChanged(server, presented,
                             CertificateDetails::fromPem(m_api->trustedCertificates()));
    else
        m_trust->showUntrusted(server, presented);
    showPage(m_trust);
    return true;
}

void SignInWindow::trustPresentedCertificate()
{
    if (!m_api)
        return;
    m_trustedServer = Account::normalizedServer(m_api->serverUrl());
    m_trustedCertificates = m_trust->presented().pem;
    showPage(m_credentials);
    startSignIn();
}

void SignInWindow::restartSignIn()
{
    // The set-up expired: the same sign-in again gives a fresh QR code.
    m_enrollmentExpired = true;
    m_enrollment->setBusy(true);
    m_session->signIn(m_credentials->username(), m_credentials->password(),
                      tr("Pli on %1").arg(QSysInfo::machineHostName()));
}

void SignInWindow::onStateChanged(AuthSession::State state)
{
    SignInPage *page = currentPage();
    switch (state) {
    case State::SigningIn:
        if (page)
            page->setBusy(true);
        return;
    case State::SecondFactorRequired:
        if (page != m_secondFactor)
            m_secondFactor->reset(m_session->secondFactorMethods());
        m_secondFactor->setBusy(false);
        showPage(m_secondFactor);
        m_secondFactor->codeEdit()->setFocus();
        return;
    case State::TotpEnrollmentRequired: {
        const QDateTime expires = m_session->enrollmentExpiresAt();
        const int seconds =
            expires.isValid() ? int(QDateTime::currentDateTimeUtc().secsTo(expires)) : 300;
        const bool retry =
            page == m_enrollment && !m_enrollmentExpired && !m_enrollment->isExpired();
        m_enrollment->setBusy(false);
        if (!retry)
            m_enrollment->start(m_session->otpauthUri(), m_session->totpSecret(), seconds);
        if (m_enrollmentExpired)
            m_enrollment->showError(
                tr("The previous set-up expired, so here is a new QR code. If you had already "
                   "added Pli to your app, delete that entry and scan this code instead."));
        m_enrollmentExpired = false;
        showPage(m_enrollment);
        return;
    }
    case State::PasswordChangeRequired:
        if (page != m_passwordChange)
            m_passwordChange->start(m_session->passwordPolicy());
        m_passwordChange->setBusy(false);
        showPage(m_passwordChange);
        return;
    case State::SignedIn:
        finish();
        return;
    case State::Locked:
        m_credentials->clearPassword();
        m_blocked->setBusy(false);
        m_blocked->showLocked();
        showPage(m_blocked);
        return;
    case State::RateLimited:
        m_blocked->setBusy(false);
        m_blocked->showRateLimited(m_session->retryAfterSeconds());
        showPage(m_blocked);
        return;
    case State::Failed:
        if (page)
            page->setBusy(false);
        m_credentials->setBusy(false);
        if (offerTrust(m_session->lastError()))
            return;
        showPage(m_credentials);
        if (m_session->lastError().code() == Error::Code::InvalidCredentials) {
            m_credentials->clearPassword();
            m_credentials->passwordEdit()->setFocus();
        }
        return;
    case State::Idle:
    case State::SignedOut:
        m_credentials->setBusy(false);
        return;
    }
}

void SignInWindow::onError(const Error &error)
{
    SignInPage *page = currentPage();
    if (page)
        page->setBusy(false);
    if (error.code() == Error::Code::ChallengeExpired && page == m_enrollment) {
        // AuthSession starts again by itself; the next enrolment step says why.
        m_enrollmentExpired = true;
        return;
    }
    if (page == m_blocked || page == m_trust)
        return; // the page itself explains
    if (m_links->owns(page)) {
        m_links->handleError(error);
        return;
    }
    if (page == m_secondFactor && error.code() == Error::Code::RateLimited) {
        m_secondFactor->startCooldown(error.retryAfterSeconds() > 0 ? error.retryAfterSeconds()
                                                                    : 30);
        m_secondFactor->showError(error.message());
        return;
    }
    if (page == m_passwordChange && error.code() == Error::Code::PasswordPolicy) {
        m_passwordChange->showRejected(error.message(), error.unmetRules());
        return;
    }
    if (page)
        page->showError(error.message());
}

void SignInWindow::finish()
{
    Account account;
    account.server = Account::normalizedServer(m_api->serverUrl());
    account.username = m_session->username();
    account.staySignedIn = m_credentials->staySignedIn();
    account.lastUsed = QDateTime::currentDateTimeUtc();
    account.trustedCertificates = m_api->trustedCertificates();
    if (m_credentials->rememberUsername())
        m_accounts->setRemembered(account.server, account.username);
    else if (m_accounts->rememberedUsername() == account.username)
        m_accounts->forgetRemembered();
    m_credentials->clearPassword();
    ApiClient *api = m_api;
    AuthSession *session = m_session;
    session->disconnect(this);
    m_api = nullptr;
    m_session = nullptr;
    Q_EMIT signedIn(account, api, session);
    accept();
}

void SignInWindow::retranslate()
{
    m_links->retranslate();
    setWindowTitle(m_credentials->isCancellable() ? tr("Add another account")
                                                  : tr("Sign in to Pli"));
    m_banner->setText(tr("Pli"));
    m_subtitle->setText(tr("Secure conversations and documents"));
}

void SignInWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pli::ui
