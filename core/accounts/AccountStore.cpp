#include "AccountStore.h"

#include "AccountsLog.h"
#include "RestorableAccountsJob.h"
#include "net/ServerTrust.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace pli {

namespace {

const QString groupKey = QStringLiteral("accounts");
const QString listKey = QStringLiteral("list");
const QString serverKey = QStringLiteral("server");
const QString usernameKey = QStringLiteral("username");
const QString displayNameKey = QStringLiteral("displayName");
const QString staySignedInKey = QStringLiteral("staySignedIn");
const QString lastUsedKey = QStringLiteral("lastUsed");
const QString trustedCertificatesKey = QStringLiteral("trustedCertificates");
const QString rememberedServerKey = QStringLiteral("rememberedServer");
const QString rememberedUsernameKey = QStringLiteral("rememberedUsername");

constexpr qsizetype maxUsernameLength = 256;

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Why the stored trust of an account cannot be used, empty when it can.
QString trustProblem(const QByteArray &pem)
{
    if (pem.isEmpty())
        return {};
    ServerTrust trust;
    if (ServerTrust::fromPem(pem, trust))
        return AccountStore::tr("the trusted certificate is damaged");
    return {};
}

// Why (server, username) cannot name an account, empty when it can.
QString validationProblem(const QUrl &server, const QString &username)
{
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return AccountStore::tr(
            "the server address must start with https:// or http:// and name a server");
    if (username.trimmed().isEmpty())
        return AccountStore::tr("the username is empty");
    if (username.size() > maxUsernameLength || hasControlCharacter(username))
        return AccountStore::tr("the username is too long or contains invisible characters");
    return {};
}

QString accountProblem(const Account &account)
{
    const QString problem = validationProblem(account.server, account.username);
    return problem.isEmpty() ? trustProblem(account.trustedCertificates) : problem;
}

qsizetype indexOf(const QList<Account> &accounts, const QUrl &server, const QString &username)
{
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                 [&](const Account &a) { return a.isAccount(server, username); });
    return it == accounts.cend() ? -1 : it - accounts.cbegin();
}

// Most recently used first; accounts never used keep their order, after the others.
void sortByLastUse(QList<Account> &accounts)
{
    std::stable_sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) {
        if (a.lastUsed.isValid() != b.lastUsed.isValid())
            return a.lastUsed.isValid();
        return a.lastUsed > b.lastUsed;
    });
}

Account normalized(Account account)
{
    account.server = Account::normalizedServer(account.server);
    account.lastUsed = account.lastUsed.toUTC();
    return account;
}

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

AccountStore::AccountStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

AccountStore::AccountStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{}

AccountStore::~AccountStore() = default;

std::unique_ptr<AccountStore> AccountStore::ofClient(ClientKind client)
{
    // The place QSettings() takes in that program, which names itself organisation "Pli",
    // domain "pli.example" (on Apple systems QSettings() files by the domain, elsewhere by
    // the organisation name).
#ifdef Q_OS_DARWIN
    const QString organization = QStringLiteral("pli.example");
#else
    const QString organization = QStringLiteral("Pli");
#endif
    return std::unique_ptr<AccountStore>(new AccountStore(std::make_unique<QSettings>(
        QSettings::UserScope, organization, clientApplicationName(client))));
}

QString AccountStore::settingsPath() const
{
    return m_settings->fileName();
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> accounts = read();
    sortByLastUse(accounts);
    return accounts;
}

std::optional<Account> AccountStore::account(const QUrl &server, const QString &username) const
{
    const QList<Account> accounts = read();
    const qsizetype index = indexOf(accounts, server, username);
    if (index < 0)
        return std::nullopt;
    return accounts.at(index);
}

Error AccountStore::add(const Account &account)
{
    if (const QString problem = accountProblem(account); !problem.isEmpty())
        return Error(Error::Code::InvalidInput, problem);
    QList<Account> accounts = read();
    if (indexOf(accounts, account.server, account.username) >= 0)
        return Error(Error::Code::InvalidInput, tr("this account is already in the list"));
    const Account added = normalized(account);
    accounts.append(added);
    const Error error = write(accounts);
    Q_EMIT accountAdded(added);
    return error;
}

Error AccountStore::update(const Account &account)
{
    if (const QString problem = trustProblem(account.trustedCertificates); !problem.isEmpty())
        return Error(Error::Code::InvalidInput, problem);
    QList<Account> accounts = read();
    const qsizetype index = indexOf(accounts, account.server, account.username);
    if (index < 0)
        return Error(Error::Code::NotFound, tr("this account is not in the list"));
    const Account updated = normalized(account);
    if (accounts.at(index) == updated)
        return {};
    accounts[index] = updated;
    const Error error = write(accounts);
    Q_EMIT accountUpdated(updated);
    return error;
}

bool AccountStore::remove(const QUrl &server, const QString &username)
{
    QList<Account> accounts = read();
    const qsizetype index = indexOf(accounts, server, username);
    if (index < 0)
        return false;
    const Account removed = accounts.takeAt(index);
    if (const Error error = write(accounts))
        qCWarning(lcAccounts).noquote()
            << "the removal of an account was not saved:" << error.detail();
    Q_EMIT accountRemoved(removed);
    return true;
}

Error AccountStore::markUsed(const QUrl &server, const QString &username, const QDateTime &when)
{
    std::optional<Account> used = account(server, username);
    if (!used)
        return Error(Error::Code::NotFound, tr("this account is not in the list"));
    used->lastUsed = when;
    return update(*used);
}

QUrl AccountStore::rememberedServer() const
{
    return QUrl(m_settings->value(groupKey + QLatin1Char('/') + rememberedServerKey).toString());
}

QString AccountStore::rememberedUsername() const
{
    return m_settings->value(groupKey + QLatin1Char('/') + rememberedUsernameKey).toString();
}

Error AccountStore::setRemembered(const QUrl &server, const QString &username)
{
    if (const QString problem = validationProblem(server, username); !problem.isEmpty())
        return Error(Error::Code::InvalidInput, problem);
    const QUrl normalizedServer = Account::normalizedServer(server);
    if (normalizedServer == rememberedServer() && username == rememberedUsername())
        return {};
    m_settings->beginGroup(groupKey);
    m_settings->setValue(rememberedServerKey, normalizedServer.toString());
    m_settings->setValue(rememberedUsernameKey, username);
    m_settings->endGroup();
    const Error error = syncError();
    Q_EMIT rememberedChanged();
    return error;
}

void AccountStore::forgetRemembered()
{
    if (rememberedServer().isEmpty() && rememberedUsername().isEmpty())
        return;
    m_settings->beginGroup(groupKey);
    m_settings->remove(rememberedServerKey);
    m_settings->remove(rememberedUsernameKey);
    m_settings->endGroup();
    if (const Error error = syncError())
        qCWarning(lcAccounts).noquote()
            << "forgetting the username was not saved:" << error.detail();
    Q_EMIT rememberedChanged();
}

RestorableAccountsJob *AccountStore::restorableAccounts(CredentialStore &credentials,
                                                        ClientKind client) const
{
    QList<Account> candidates = accounts();
    candidates.removeIf([](const Account &a) { return !a.staySignedIn; });
    auto *job = new RestorableAccountsJob(std::move(candidates), credentials, client);
    job->start();
    return job;
}

QList<Account> AccountStore::read() const
{
    QList<Account> accounts;
    m_settings->beginGroup(groupKey);
    const int size = m_settings->beginReadArray(listKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Account account;
        account.server = QUrl(m_settings->value(serverKey).toString(), QUrl::StrictMode);
        account.username = m_settings->value(usernameKey).toString();
        account.displayName = m_settings->value(displayNameKey).toString();
        account.staySignedIn = m_settings->value(staySignedInKey, false).toBool();
        account.lastUsed =
            QDateTime::fromString(m_settings->value(lastUsedKey).toString(), Qt::ISODateWithMs);
        account.trustedCertificates = m_settings->value(trustedCertificatesKey).toByteArray();
        if (const QString problem = accountProblem(account); !problem.isEmpty()) {
            // A hand-edited or damaged entry: skipped, and dropped at the next change.
            qCWarning(lcAccounts).noquote() << "ignoring account entry" << i + 1 << "in"
                                            << m_settings->fileName() << "-" << problem;
            continue;
        }
        accounts.append(normalized(account));
    }
    m_settings->endArray();
    m_settings->endGroup();
    return accounts;
}

Error AccountStore::write(const QList<Account> &accounts)
{
    m_settings->beginGroup(groupKey);
    m_settings->remove(listKey);
    m_settings->beginWriteArray(listKey, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(serverKey, account.server.toString());
        m_settings->setValue(usernameKey, account.username);
        m_settings->setValue(displayNameKey, account.displayName);
        m_settings->setValue(staySignedInKey, account.staySignedIn);
        if (account.lastUsed.isValid())
            m_settings->setValue(lastUsedKey, account.lastUsed.toString(Qt::ISODateWithMs));
        if (!account.trustedCertificates.isEmpty())
            m_settings->setValue(trustedCertificatesKey,
                                 QString::fromLatin1(account.trustedCertificates));
    }
    m_settings->endArray();
    m_settings->endGroup();
    return syncError();
}

// The change stays visible through this store even when it could not be saved, hence the
// signals are emitted either way; the error lets the caller warn that it will not last.
Error AccountStore::syncError()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    qCWarning(lcAccounts).noquote() << "could not write" << m_settings->fileName();
    return Error(Error::Code::FileError, QDir::toNativeSeparators(m_settings->fileName()));
}

} // namespace pli
