#include "AccountsCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JsonEncoding.h"
#include "TextTable.h"
#include "accounts/AccountStore.h"

namespace pli::cli {

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
    TextTable table({QString(), tr("Account"), tr("Name"), tr("Stays signed in"), tr("Last used")});
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        table.addRow({i == 0 ? QStringLiteral("*") : QString(),
                      account.username + u'@' + account.server.toString(), account.displayName,
                      DisplayText::yesNo(account.staySignedIn),
                      DisplayText::dateTime(account.lastUsed)});
    }
    table.print(context().console().out());
    return ExitCode::Ok;
}

} // namespace pli::cli
