#include "Job.h"

#include <QPointer>
#include <QTimer>

namespace pli {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::start()
{
    if (m_status != Status::NotStarted)
        return;
    m_status = Status::Running;
    doStart();
}

void Job::cancel()
{
    if (isFinished())
        return;
    if (m_status == Status::Running)
        doCancel();
    finishWithError(Error(Error::Code::Cancelled));
}

void Job::finishSuccess()
{
    finish(Error());
}

void Job::finishWithError(const Error &error)
{
    finish(error.isError() ? error : Error(Error::Code::Unknown));
}

void Job::failLater(const Error &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

void Job::finish(const Error &error)
{
    if (isFinished())
        return;
    m_error = error;
    m_status = error.isError() ? Status::Failed : Status::Succeeded;
    // A slot may delete the job outright: stop touching it then.
    QPointer<Job> guard(this);
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded();
    if (!guard)
        return;
    Q_EMIT finished(this);
    if (guard && m_autoDelete)
        deleteLater();
}

} // namespace pli
