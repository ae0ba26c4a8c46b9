#include "models/ModelLoad.h"

namespace pli {

ModelLoad::ModelLoad(QObject *parent)
    : QObject(parent)
{}

ModelLoad::~ModelLoad()
{
    drop();
}

void ModelLoad::drop()
{
    if (Job *job = m_job.data()) {
        m_job.clear();
        job->disconnect(this); // its `finished` must not reach us
        job->cancel();
    }
}

void ModelLoad::clear()
{
    m_loaded = false;
    m_error = {};
}

void ModelLoad::startJob(Job *job, std::function<bool(Job *)> apply)
{
    const bool wasLoading = isLoading() || m_applying;
    drop();
    m_job = job;
    connect(job, &Job::finished, this,
            [this, job, apply = std::move(apply)] { finish(job, apply); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ModelLoad::finish(Job *job, const std::function<bool(Job *)> &apply)
{
    if (job != m_job)
        return;
    m_job.clear();
    if (!job->isSuccess()) {
        m_error = job->error();
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(m_error);
        return;
    }
    m_error = {};
    const bool loadedBefore = m_loaded;
    m_loaded = true;
    m_applying = true;
    const bool taken = apply(job);
    m_applying = false;
    if (!taken)
        m_loaded = loadedBefore;
    if (!isLoading())
        Q_EMIT loadingChanged(false);
    if (taken)
        Q_EMIT loaded();
}

} // namespace pli
