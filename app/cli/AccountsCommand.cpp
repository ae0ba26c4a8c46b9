#include "AccountsCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JsonEncoding.h"
#include "TextTable.h"
#include "accounts/AccountStore.h"
#include "net/CertificateDetails.h"

namespace pli::cli {

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
    if (json()) {
        QJsonArray items;
        for (qsizetype i = 0; i < accounts.size(); ++i)
            items.append(JsonEncoding::account(accounts.at(i), i == 0));
        printJson(items);
        return ExitCode::Ok;
    }
    if (accounts.isEmpty()) {
        context().console().out()
            << tr("No account yet: sign in with pli-cli login --server URL --user NAME.")
            << Qt::endl;
        return ExitCode::Ok;
    }
    //: column headers of `pli-cli accounts`; the first column marks the default account
    TextTable table({QString(), tr("Account"), tr("Name"), tr("Stays signed in"), tr("Last used"),
                     tr("Certificate authority")});
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        table.addRow({i == 0 ? QStringLiteral("*") : QString(),
                      account.username + u'@' + account.server.toString(), account.displayName,
                      DisplayText::yesNo(account.staySignedIn),
                      DisplayText::dateTime(account.lastUsed), authorityOf(account)});
    }
    table.print(context().console().out());
    return ExitCode::Ok;
}

} // namespace pli::cli
