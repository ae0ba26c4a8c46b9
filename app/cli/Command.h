#pragma once

#include "Error.h"
#include "ExitCode.h"

#include <QJsonValue>
#include <QObject>

#include <memory>

namespace pli {
class ApiClient;
}

namespace pli::cli {

class CliContext;
class CliSession;

// The base of pli-cli's commands: each one runs to the end in run() (waiting on its jobs in
// nested event loops) and returns its exit status. Gives every command the same way to open
// the session, to print JSON and to report a failure.
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(CliContext &context, QObject *parent = nullptr);
    ~Command() override;

    virtual ExitCode run() = 0;

protected:
    // Signs in (silently when remembered); prints nothing itself.
    Error openSession();
    CliSession &session() const { return *m_session; }
    ApiClient *api() const;
    CliContext &context() const { return m_context; }
    bool json() const;

    void printJson(const QJsonValue &value);
    // Prints the error in the user's language and returns its exit status. A usage problem
    // (InvalidInput with a detail) is shown as it is, followed by a hint at the help.
    ExitCode fail(const Error &error);
    ExitCode usage(const QString &problem);

private:
    CliContext &m_context;
    std::unique_ptr<CliSession> m_session;
};

} // namespace pli::cli
