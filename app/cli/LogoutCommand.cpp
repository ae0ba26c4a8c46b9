#include "LogoutCommand.h"

#include "AccountChoice.h"
#include "CliContext.h"
#include "JobWait.h"
#include "SessionKeychain.h"
#include "accounts/AccountStore.h"
#include "auth/LogoutJob.h"
#include "auth/Wipe.h"
#include "net/ApiClient.h"

#include <QJsonObject>

namespace pli::cli {

ExitCode LogoutCommand::run()
{
    Error error;
    const AccountChoice choice =
        AccountChoice::resolve(context().line(), context().accounts(), error);
    if (error)
        return fail(error);
    if (!choice.stored)
        return fail(Error(Error::Code::NotFound,
                          tr("there is no account %1 on this computer").arg(choice.label())));

    SessionKeychain keychain(context().credentials(), choice.server, choice.username);
    Error keychainError;
    QString token = keychain.load(keychainError).value_or(QString());

    // The server ends the session (the whole family of refresh tokens) when told; the local
    // part happens whatever it answers.
    Error serverError;
    if (!token.isEmpty()) {
        ApiClient api(choice.server);
        api.setSession(QString(), token);
        wipe(token);
        serverError = waitFor(api.logout())->error();
        // Already ended on the server (expired, revoked): nothing more to do there.
        if (serverError.code() == Error::Code::SessionExpired ||
            serverError.code() == Error::Code::Unauthorized ||
            serverError.code() == Error::Code::InvalidToken)
            serverError = Error();
        api.clearSession();
    }
    if (!keychainError)
        keychainError = keychain.remove();

    Account account = *choice.stored;
    if (context().line().isSet(QStringLiteral("forget"))) {
        context().accounts().remove(choice.server, choice.username);
    } else if (account.staySignedIn) {
        account.staySignedIn = false;
        context().accounts().update(account);
    }

    if (keychainError)
        context().console().printError(keychainError);
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("server"), choice.server.toString()},
                              {QStringLiteral("username"), choice.username},
                              {QStringLiteral("signed_out"), true},
                              {QStringLiteral("server_told"), !serverError.isError()}});
    } else {
        context().console().out() << tr("Signed out of %1 on this computer.").arg(choice.label())
                                  << Qt::endl;
    }
    if (serverError) {
        context().console().note(
            tr("The server could not be told to end the session; it ends by itself when it "
               "expires."));
        return fail(serverError);
    }
    return ExitCode::Ok;
}

} // namespace pli::cli
