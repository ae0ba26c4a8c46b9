#include "CliSession.h"

#include "CliContext.h"
#include "CliSignIn.h"
#include "SessionKeychain.h"
#include "accounts/AccountStore.h"
#include "auth/Wipe.h"
#include "keychain/CredentialStore.h"
#include "net/ApiClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QLockFile>
#include <QStandardPaths>

namespace pli::cli {

namespace {

// Renews the session the client was given a refresh token for, and waits: the error, or none.
Error renewAndWait(ApiClient *api)
{
    Error failure;
    QEventLoop loop;
    api->renewSession(api->accessTokenGeneration(), &loop, [&](const Error &error) {
        failure = error;
        loop.quit();
    });
    loop.exec();
    return failure;
}

} // namespace

CliSession::CliSession(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_api(std::make_unique<ApiClient>())
{
    connect(m_api.get(), &ApiClient::refreshTokenChanged, this, [this](const QString &token) {
        // The server rotates the refresh token at every refresh: the keychain must always
        // hold the newest one or the next run would present a spent token.
        if (m_remembered && m_keychain && !token.isEmpty())
            m_keychain->saveLater(token);
    });
}

CliSession::~CliSession()
{
    close();
    wipe(m_chosenPassword);
}

Error CliSession::choose()
{
    Error error;
    m_choice = AccountChoice::resolve(m_context.line(), m_context.accounts(), error,
                                      m_context.linkServer());
    if (error)
        return error;
    if (const Error urlError = m_api->setServerUrl(m_choice.server))
        return urlError;
    if (!m_choice.username.isEmpty())
        m_keychain = std::make_unique<SessionKeychain>(m_context.credentials(), m_choice.server,
                                                       m_choice.username);
    return applyTrust();
}

Error CliSession::applyTrust()
{
    if (m_trustGiven)
        return m_api->setTrustedCertificates(*m_trustGiven);
    return m_api->setTrustedCertificates(m_choice.stored ? m_choice.stored->trustedCertificates
                                                         : QByteArray());
}

Error CliSession::open()
{
    if (Error e = choose())
        return e;
    bool resumed = false;
    if (Error e = resume(resumed))
        return e;
    if (resumed) {
        recordUse();
        return {};
    }
    return signIn();
}

Error CliSession::signInAgain()
{
    if (Error e = choose())
        return e;
    return signIn();
}

QString CliSession::lockPath() const
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/locks");
    QDir().mkpath(dir);
    const QByteArray key =
        CredentialStore::keyFor(m_choice.server, m_choice.username, ClientKind::Cli).toUtf8();
    return dir + u'/' +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
           QStringLiteral(".lock");
}

Error CliSession::resume(bool &resumed)
{
    resumed = false;
    if (!m_choice.stored || !m_choice.stored->staySignedIn || !m_keychain)
        return {};
    // Two pli-cli runs presenting the same refresh token would look like a stolen token to the
    // server, which then ends the session: rotate it one run at a time.
    QLockFile lock(lockPath());
    lock.tryLock(30000);

    Error error;
    QString token = m_keychain->load(error).value_or(QString());
    if (error) {
        m_context.console().printError(error);
        return {};
    }
    if (token.isEmpty())
        return {};
    m_api->setSession(QString(), token);
    wipe(token);
    error = renewAndWait(m_api.get());
    if (!error) {
        m_remembered = true;
        if (const Error saved = m_keychain->save(m_api->refreshToken()))
            m_context.console().printError(saved);
        resumed = true;
        return {};
    }
    if (error.code() != Error::Code::SessionExpired)
        return error; // the server could not be asked: keep the remembered sign-in
    m_keychain->remove();
    Account account = *m_choice.stored;
    account.staySignedIn = false;
    m_context.accounts().update(account);
    m_choice.stored = account;
    if (!m_context.prompt().canAsk())
        return error;
    m_context.console().note(tr("The remembered sign-in has ended: sign in again."));
    return {};
}

Error CliSession::signIn()
{
    if (!m_context.prompt().canAsk())
        return Error(
            Error::Code::Unauthorized,
            tr("%1: run pli-cli login --remember, or give --password-stdin")
                .arg(m_choice.username.isEmpty() ? m_choice.server.toString() : m_choice.label()));
    if (m_choice.username.isEmpty()) {
        // Answers read from standard input start with the password: the username must not
        // be taken for it.
        if (!m_context.prompt().isInteractive())
            return Error(Error::Code::InvalidInput, tr("give the username with --user NAME"));
        const auto typed = m_context.prompt().ask(tr("Username: "));
        if (!typed || typed->trimmed().isEmpty())
            return Error(Error::Code::Unauthorized,
                         tr("the sign-in was abandoned: the username is missing"));
        m_choice.username = typed->trimmed();
        m_choice.stored = m_context.accounts().account(m_choice.server, m_choice.username);
        m_keychain = std::make_unique<SessionKeychain>(m_context.credentials(), m_choice.server,
                                                       m_choice.username);
        if (Error e = applyTrust())
            return e;
    }
    CliSignIn signIn(m_context, m_api.get());
    const Error e = signIn.run(m_choice.username, std::exchange(m_chosenPassword, QString()));
    if (e)
        return e;
    rememberOrForget();
    recordUse();
    return {};
}

void CliSession::rememberOrForget()
{
    if (m_context.line().isSet(QStringLiteral("remember"))) {
        if (const Error e = m_keychain->save(m_api->refreshToken())) {
            m_context.console().printError(e);
            m_remembered = false;
        } else {
            m_remembered = true;
        }
        return;
    }
    m_remembered = false;
    if (m_choice.stored && m_choice.stored->staySignedIn)
        m_keychain->remove();
}

void CliSession::recordUse()
{
    AccountStore &accounts = m_context.accounts();
    const auto stored = accounts.account(m_choice.server, m_choice.username);
    Error error;
    const QByteArray trust = m_api->trustedCertificates();
    if (!stored) {
        Account account;
        account.server = m_choice.server;
        account.username = m_choice.username;
        account.staySignedIn = m_remembered;
        account.trustedCertificates = trust;
        error = accounts.add(account);
    } else if (stored->staySignedIn != m_remembered || stored->trustedCertificates != trust) {
        Account account = *stored;
        account.staySignedIn = m_remembered;
        account.trustedCertificates = trust;
        error = accounts.update(account);
    }
    if (!error)
        error = accounts.markUsed(m_choice.server, m_choice.username);
    if (error)
        m_context.console().printError(error);
    m_choice.stored = accounts.account(m_choice.server, m_choice.username);
}

void CliSession::close()
{
    if (!m_keychain)
        return;
    if (const Error e = m_keychain->flush())
        m_context.console().printError(e);
}

} // namespace pli::cli
