#include "LinkCommand.h"

#include "AccountChoice.h"
#include "CliContext.h"
#include "JobWait.h"
#include "LoginCommand.h"
#include "NewPasswordPrompt.h"
#include "ShowCommand.h"
#include "auth/AcceptInvitationJob.h"
#include "auth/CheckPasswordLinkJob.h"
#include "auth/PasswordResetConfirmJob.h"
#include "auth/UnlockAccountJob.h"
#include "auth/Wipe.h"
#include "links/Link.h"
#include "net/ApiClient.h"

#include <QJsonObject>

namespace pli::cli {

using Kind = Link::Kind;

ExitCode LinkCommand::run()
{
    Error error;
    const Link link = Link::parse(context().line().arguments().value(0), &error);
    if (!link.isValid())
        return fail(error);
    QUrl server;
    if (const Error e = serverFor(link, server))
        return fail(e);
    context().setLinkServer(server);
    if (link.kind() == Kind::Conversation) {
        ShowCommand show(context());
        return show.show(link.conversationId(), false);
    }
    ApiClient api;
    if (const Error e = api.setServerUrl(server))
        return fail(e);
    return link.kind() == Kind::Unlock ? unlock(link, api) : choosePassword(link, api);
}

Error LinkCommand::serverFor(const Link &link, QUrl &server)
{
    const CommandLine &line = context().line();
    const bool named =
        line.isSet(QStringLiteral("server")) || line.isSet(QStringLiteral("account"));
    if (!named && !link.server().isEmpty()) {
        server = link.server();
        return {};
    }
    Error error;
    const AccountChoice choice = AccountChoice::resolve(line, context().accounts(), error);
    if (error.code() == Error::Code::Unauthorized && link.server().isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("this link does not name its server: give --server URL"));
    if (error)
        return error;
    if (const Error wrong = link.checkServer(choice.server))
        return wrong;
    server = choice.server;
    return {};
}

ExitCode LinkCommand::unlock(const Link &link, ApiClient &api)
{
    const auto job = waitFor(api.unlockAccount(link.token()));
    if (job->error())
        return fail(job->error());
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("server"), api.serverUrl().toString()},
                              {QStringLiteral("unlocked"), true}});
        return ExitCode::Ok;
    }
    context().console().out() << tr("Your account on %1 is unlocked: sign in again with "
                                    "pli-cli login.")
                                     .arg(api.serverUrl().toString())
                              << Qt::endl;
    return ExitCode::Ok;
}

ExitCode LinkCommand::choosePassword(const Link &link, ApiClient &api)
{
    const bool invitation = link.kind() == Kind::Invitation;
    auto *check =
        new CheckPasswordLinkJob(&api,
                                 invitation ? CheckPasswordLinkJob::Purpose::Invitation
                                            : CheckPasswordLinkJob::Purpose::PasswordReset,
                                 link.token());
    check->start();
    const auto checked = waitFor(check);
    if (checked->error())
        return fail(checked->error());

    const QString username = context().line().value(QStringLiteral("user")).trimmed();
    NewPasswordPrompt prompt(context(), checked->policy(), username);
    prompt.showRules(invitation ? tr("Choose your password. It needs:")
                                : tr("Reset your password. The new one needs:"));
    constexpr int attempts = 3;
    Error refused;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        QString password;
        if (const Error e = prompt.read(password))
            return fail(e);
        std::unique_ptr<Job> job;
        if (invitation)
            job = waitFor(api.acceptInvitation(link.token(), password));
        else
            job = waitFor(api.confirmPasswordReset(link.token(), password));
        refused = job->error();
        if (!refused) {
            const ExitCode code = passwordSet(link, password);
            wipe(password);
            return code;
        }
        wipe(password);
        // Rules the client could not judge (not the username...): the person tries again.
        if (refused.code() != Error::Code::PasswordPolicy || !context().prompt().isInteractive())
            break;
        context().console().printError(refused);
    }
    return fail(refused);
}

ExitCode LinkCommand::passwordSet(const Link &link, const QString &password)
{
    const QString server = context().linkServer().toString();
    const bool invitation = link.kind() == Kind::Invitation;
    if (context().line().isSet(QStringLiteral("user"))) {
        context().console().note(invitation ? tr("Your password is chosen; signing in.")
                                            : tr("Your password is reset; signing in."));
        LoginCommand login(context());
        return login.signIn(password);
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("server"), server},
                              {QStringLiteral("password_set"), true}});
        return ExitCode::Ok;
    }
    context().console().out()
        << (invitation ? tr("Your password is chosen.") : tr("Your password is reset.")) << u' '
        << tr("Sign in with it: pli-cli login --server %1 --user NAME").arg(server) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pli::cli
