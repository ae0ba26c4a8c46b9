#include "AccountsCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JsonEncoding.h"
#include "TextTable.h"
#include "accounts/AccountStore.h"
#include "net/CertificateDetails.h"

namespace pli::cli {

namespace {

// The programs that stay signed in to `account`: pli-cli (its own list) and the desktop app
// (the desktop's list of accounts, read only). Each keeps its own sign-in.
QList<ClientKind> signedInOn(const Account &account, const AccountStore &desktop)
{
    QList<ClientKind> clients;
    if (account.staySignedIn)
        clients.append(ClientKind::Cli);
    const auto there = desktop.account(account.server, account.username);
    if (there && there->staySignedIn)
        clients.append(ClientKind::Desktop);
    return clients;
}

} // namespace

QString AccountsCommand::clientNames(const QList<ClientKind> &clients)
{
    if (clients.isEmpty())
        return DisplayText::yesNo(false);
    QStringList names;
    for (const ClientKind client : clients)
        //: in the column "Signed in on this computer" of `pli-cli accounts`
        names.append(client == ClientKind::Cli ? QStringLiteral("pli-cli") : tr("desktop app"));
    return names.join(QStringLiteral(", "));
}

QString AccountsCommand::authorityOf(const Account &account)
{
    if (account.trustedCertificates.isEmpty())
        //: in the "Certificate authority" column: the account trusts what the system trusts
        return tr("the system's");
    // The beginning of the fingerprint tells authorities apart; --json gives all of it.
    const QString fingerprint =
        CertificateDetails::fromPem(account.trustedCertificates).fingerprint;
    //: in the "Certificate authority" column: %1 is the start of its fingerprint
    return tr("its own (%1…)").arg(fingerprint.left(18));
}

ExitCode AccountsCommand::run()
{
    const QList<Account> accounts = context().accounts().accounts();
    const auto desktop = AccountStore::ofClient(ClientKind::Desktop);
    if (json()) {
        QJsonArray items;
        for (qsizetype i = 0; i < accounts.size(); ++i)
            items.append(JsonEncoding::account(accounts.at(i), i == 0,
                                               signedInOn(accounts.at(i), *desktop)));
        printJson(items);
        return ExitCode::Ok;
    }
    if (accounts.isEmpty()) {
        context().console().out()
            << tr("No account yet: sign in with pli-cli login --server URL --user NAME.")
            << Qt::endl;
        return ExitCode::Ok;
    }
    //: column headers of `pli-cli accounts`; the first column marks the default account; the
    //: fourth lists the programs that stay signed in (pli-cli, the desktop app), each its own
    TextTable table({QString(), tr("Account"), tr("Name"), tr("Signed in on this computer"),
                     tr("Last used"), tr("Certificate authority")});
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        table.addRow({i == 0 ? QStringLiteral("*") : QString(),
                      account.username + u'@' + account.server.toString(), account.displayName,
                      clientNames(signedInOn(account, *desktop)),
                      DisplayText::dateTime(account.lastUsed), authorityOf(account)});
    }
    table.print(context().console().out());
    return ExitCode::Ok;
}

} // namespace pli::cli
