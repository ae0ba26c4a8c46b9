#include "JobWait.h"

#include <QEventLoop>
#include <QTimer>

namespace pli {

bool waitUntilFinished(Job *job, int timeoutMs)
{
    if (job->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return job->isFinished();
}

} // namespace pli
