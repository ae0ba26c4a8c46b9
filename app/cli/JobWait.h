#pragma once

#include "Job.h"

#include <QEventLoop>

#include <memory>

namespace pli::cli {

// Runs the event loop until a started job (whose autoDelete is off) has finished.
inline void waitUntilFinished(Job *job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits for a started job and hands it over, alive, so that its results can be read:
// pli-cli's commands are sequences of jobs, written in order.
template<class J> std::unique_ptr<J> waitFor(J *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<J> owned(job);
    waitUntilFinished(job);
    return owned;
}

} // namespace pli::cli
