#include "LoginCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "JobWait.h"
#include "accounts/AccountStore.h"
#include "api/GetMeJob.h"
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"
#include "net/ServerTrust.h"

#include <QJsonObject>

namespace pli::cli {

ExitCode LoginCommand::run()
{
    if (!context().line().isSet(QStringLiteral("server")) &&
        !context().line().isSet(QStringLiteral("account")) &&
        context().accounts().accounts().isEmpty())
        return usage(tr("the first sign-in needs the server: --server URL"));
    return signIn();
}

ExitCode LoginCommand::signIn(const QString &chosenPassword)
{
    auto *signIn = new CliSession(context(), this);
    signIn->setChosenPassword(chosenPassword);
    ServerTrust trust;
    const bool trustGiven = context().line().isSet(QStringLiteral("ca-file"));
    if (trustGiven) {
        if (const Error e =
                ServerTrust::fromFile(context().line().value(QStringLiteral("ca-file")), trust))
            return fail(e);
        signIn->replaceTrustedCertificates(trust.pem());
    }
    if (const Error e = signIn->signInAgain())
        return fail(e);
    const AccountChoice &choice = signIn->choice();

    // The display name makes `pli-cli accounts` readable; a failure here does not undo the
    // sign-in.
    QString displayName;
    const auto me = waitFor(signIn->api()->getMe());
    if (me->isSuccess()) {
        displayName = me->me().displayName;
        if (auto account = context().accounts().account(choice.server, choice.username)) {
            account->displayName = displayName;
            context().accounts().update(*account);
        }
    }
    const bool remembered = signIn->isRemembered();
    signIn->close();
    const QString authority =
        trustGiven ? CertificateDetails::of(trust.certificates().constFirst()).fingerprint
                   : QString();

    if (json()) {
        printJson(QJsonObject{{QStringLiteral("server"), choice.server.toString()},
                              {QStringLiteral("username"), choice.username},
                              {QStringLiteral("display_name"), displayName},
                              {QStringLiteral("remembered"), remembered},
                              {QStringLiteral("ca_fingerprint"), authority.isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(authority)}});
        return ExitCode::Ok;
    }
    QTextStream &out = context().console().out();
    const QString who = displayName.isEmpty()
                            ? choice.username
                            : QStringLiteral("%1 (%2)").arg(displayName, choice.username);
    out << tr("Signed in to %1 as %2.").arg(choice.server.toString(), who) << Qt::endl;
    if (trustGiven)
        //: %1 is a fingerprint such as SHA256:AB:CD:…
        out << tr("This account trusts the certificate authority %1 for its server, and only it.")
                   .arg(authority)
            << Qt::endl;
    if (remembered)
        out << tr("You stay signed in on this computer: other commands sign in by themselves "
                  "until pli-cli logout.")
            << Qt::endl;
    else if (!context().line().isSet(QStringLiteral("remember")))
        out << tr("This sign-in is not remembered: other commands ask for your password again "
                  "(use --remember to stay signed in).")
            << Qt::endl;
    else
        out << tr("This sign-in is not remembered on this computer.") << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pli::cli
