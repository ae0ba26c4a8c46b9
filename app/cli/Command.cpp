#include "Command.h"

#include "CliContext.h"
#include "CliSession.h"
#include "HelpText.h"
#include "net/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pli::cli {

Command::Command(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

Command::~Command()
{
    if (m_session)
        m_session->close();
}

Error Command::openSession()
{
    m_session = std::make_unique<CliSession>(m_context);
    return m_session->open();
}

ApiClient *Command::api() const
{
    return m_session ? m_session->api() : nullptr;
}

bool Command::json() const
{
    return m_context.json();
}

void Command::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_context.console().out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_context.console().out().flush();
}

ExitCode Command::fail(const Error &error)
{
    if (error.code() == Error::Code::InvalidInput && !error.detail().isEmpty())
        return usage(error.detail());
    m_context.console().printError(error);
    if (error.code() == Error::Code::UntrustedCertificate ||
        error.code() == Error::Code::CertificateChanged)
        m_context.console().note(
            tr("If the server's administrator confirms this fingerprint, trust their certificate "
               "authority for this account: pli-cli login --ca-file FILE"));
    return exitCodeFor(error);
}

ExitCode Command::usage(const QString &problem)
{
    m_context.console().printError(problem);
    m_context.console().note(HelpText::hint(m_context.spec().name));
    return ExitCode::Usage;
}

} // namespace pli::cli
