#pragma once

#include "Job.h"

#include <QSignalSpy>

#include <memory>

namespace pli::test {

// Takes ownership of a (started) job and waits until it finished, without a fixed sleep.
// Returns the job (still alive for its results); finished() counts in `finishedCount` when given.
template<class J> std::unique_ptr<J> waitFor(J *job, int timeoutMs = 20000)
{
    job->setAutoDelete(false);
    std::unique_ptr<J> owned(job);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &Job::finished);
        spy.wait(timeoutMs);
    }
    return owned;
}

// Waits until `condition()` holds, processing events, for at most `timeoutMs`.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

} // namespace pli::test
