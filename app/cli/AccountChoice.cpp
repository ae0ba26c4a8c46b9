#include "AccountChoice.h"

#include "CommandLine.h"
#include "accounts/AccountStore.h"
#include "net/ApiClient.h"

namespace pli::cli {

std::optional<QUrl> AccountChoice::matchServer(const QString &typed, const QList<Account> &known)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(QStringLiteral("://"))) {
        // "host[:port]": the scheme of a known account on that host, https otherwise.
        const QUrl probe(QStringLiteral("scheme://") + text, QUrl::StrictMode);
        for (const Account &account : known) {
            if (account.server.host() == probe.host().toLower() &&
                (probe.port() < 0 ||
                 account.server.port(
                     account.server.scheme() == QLatin1String("https") ? 443 : 80) == probe.port()))
                return account.server;
        }
    }
    const QUrl url = ApiClient::serverUrlFromUserInput(text);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return Account::normalizedServer(url);
}

AccountChoice AccountChoice::resolve(const CommandLine &line, const AccountStore &accounts,
                                     Error &error, const QUrl &linkServer)
{
    error = Error();
    AccountChoice choice;
    const QList<Account> known = accounts.accounts();
    QString serverText = line.value(QStringLiteral("server"));
    if (serverText.isEmpty() && !line.isSet(QStringLiteral("account")))
        serverText = linkServer.toString();
    QString username = line.value(QStringLiteral("user")).trimmed();

    if (line.isSet(QStringLiteral("account"))) {
        if (line.isSet(QStringLiteral("server")) || line.isSet(QStringLiteral("user"))) {
            error = Error(Error::Code::InvalidInput,
                          tr("use either --account or --server and --user, not both"));
            return choice;
        }
        const QString text = line.value(QStringLiteral("account")).trimmed();
        // Usernames may contain "@" themselves; server addresses do not.
        const qsizetype at = text.lastIndexOf(u'@');
        if (at <= 0 || at == text.size() - 1) {
            error = Error(Error::Code::InvalidInput,
                          tr("--account needs USER@SERVER, e.g. alice@pli.example.org"));
            return choice;
        }
        username = text.left(at);
        serverText = text.mid(at + 1);
    }

    if (!serverText.isEmpty()) {
        const auto server = matchServer(serverText, known);
        if (!server) {
            error =
                Error(Error::Code::InvalidInput, tr("%1 is not a server address").arg(serverText));
            return choice;
        }
        choice.server = *server;
    }

    if (choice.server.isEmpty() || username.isEmpty()) {
        // Complete the choice with the most recently used account that fits it.
        for (const Account &account : known) {
            if ((choice.server.isEmpty() || account.server == choice.server) &&
                (username.isEmpty() || account.username == username)) {
                choice.server = account.server;
                username = account.username;
                break;
            }
        }
    }
    choice.username = username;
    if (choice.server.isEmpty()) {
        error = Error(Error::Code::Unauthorized,
                      username.isEmpty()
                          ? tr("no account yet: sign in first with pli-cli login --server URL")
                          : tr("no known account is called %1: give --server URL").arg(username));
        return choice;
    }
    if (const Error urlError = ApiClient::checkServerUrl(choice.server)) {
        error = urlError;
        return choice;
    }
    if (!choice.username.isEmpty())
        choice.stored = accounts.account(choice.server, choice.username);
    return choice;
}

QString AccountChoice::label() const
{
    return username + u'@' + server.toString();
}

} // namespace pli::cli
