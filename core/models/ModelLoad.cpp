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

void ModelLoad::startJob(Job *job, std::function<void(Job *)> apply)
{
    const bool wasLoading = isLoading();
    drop();
    m_job = job;
    connect(job, &Job::finished, this, [this, job, apply = std::move(apply)] {
        if (job != m_job)
            return;
        m_job.clear();
        Q_EMIT loadingChanged(false);
        if (!job->isSuccess()) {
            m_error = job->error();
            Q_EMIT failed(m_error);
            return;
        }
        m_error = {};
        apply(job);
        m_loaded = true;
        Q_EMIT loaded();
    });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

} // namespace pli
