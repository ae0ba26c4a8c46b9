#pragma once

#include "Error.h"

#include <QObject>

namespace pli {

// The base of every asynchronous operation (one per server request, transfer, ...): start it,
// cancel it, and learn how it ended through `finished`, which is emitted exactly once whatever
// happens (success, failure, cancellation). With autoDelete (the default) the job deletes itself
// after `finished`, so read its results in a slot connected to `finished` or `succeeded`.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        NotStarted,
        Running,
        Succeeded,
        Failed
    };
    Q_ENUM(Status)

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Starts the job; a second call does nothing. Failures found before any I/O (an insecure
    // server address, invalid input) are still reported asynchronously, after start() returns.
    void start();
    // Stops the job: aborts what is in flight and finishes with Error::Code::Cancelled. Does
    // nothing once the job has finished. A job cancelled before start() finishes at once.
    void cancel();

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    bool isFinished() const { return m_status == Status::Succeeded || m_status == Status::Failed; }
    bool isSuccess() const { return m_status == Status::Succeeded; }
    Error error() const { return m_error; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished(pli::Job *job);
    void succeeded();
    void failed(const pli::Error &error);
    void progress(qint64 done, qint64 total); // total -1 when unknown

protected:
    // Does the work; ends by calling finishSuccess() or finishWithError(), now or later.
    virtual void doStart() = 0;
    // Aborts what is in flight without finishing (cancel() finishes the job afterwards).
    virtual void doCancel() {}

    void finishSuccess();
    void finishWithError(const Error &error);
    // Reports a failure found inside doStart() once control is back in the event loop, so that
    // callers have connected to the signals.
    void failLater(const Error &error);

private:
    void finish(const Error &error);

    Status m_status = Status::NotStarted;
    Error m_error;
    bool m_autoDelete = true;
};

} // namespace pli
