#pragma once

#include "Error.h"
#include "accounts/Account.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace pli {
class AccountStore;
}

namespace pli::cli {

class CommandLine;

// Which account a command is for: --account USER@SERVER, or --server and/or --user, or else
// the account used last. A server may be typed as a full URL or as "host[:port]", which then
// matches a known account on that host whatever its scheme.
class AccountChoice
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::AccountChoice)
public:
    QUrl server;                   // normalized; empty when unknown
    QString username;              // empty when unknown (login may ask for it)
    std::optional<Account> stored; // the listed account, when there is one

    // InvalidInput for a malformed choice, InsecureConnection for http:// away from loopback;
    // Unauthorized when nothing names an account and none was used before. `linkServer`: the
    // server a link from an e-mail names, taken when neither --server nor --account is given.
    static AccountChoice resolve(const CommandLine &line, const AccountStore &accounts,
                                 Error &error, const QUrl &linkServer = {});
    QString label() const;

private:
    static std::optional<QUrl> matchServer(const QString &typed, const QList<Account> &known);
};

} // namespace pli::cli
