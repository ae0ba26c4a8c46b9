#pragma once

#include "Job.h"

#include <memory>

namespace pli {

// Blocking waits for programs that run one step after another: pli-cli's commands and the
// tests. Never for the desktop UI, whose thread must not wait on I/O.

// Runs the event loop until `job` (started, autoDelete off) has finished, or for at most
// `timeoutMs` (-1: no limit; the job's own timeouts end it). True when it finished.
bool waitUntilFinished(Job *job, int timeoutMs = -1);

// Takes ownership of a started job, waits for it (see waitUntilFinished) and hands it over,
// alive, so that its results can be read: `const auto me = waitFor(api->getMe());`.
template<class J> std::unique_ptr<J> waitFor(J *job, int timeoutMs = -1)
{
    job->setAutoDelete(false);
    std::unique_ptr<J> owned(job);
    waitUntilFinished(job, timeoutMs);
    return owned;
}

} // namespace pli
