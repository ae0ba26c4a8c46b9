#pragma once

#include "Error.h"
#include "Job.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace pli {

// The one request a list model's content comes from. start() drops a request still running
// (its answer never arrives) and runs the new one; on success `apply` gets the finished job to
// copy its results from, then loaded() follows; on failure, lastError() and failed(). Destroying
// it cancels the request, so nothing runs into a model being destroyed.
class ModelLoad : public QObject
{
    Q_OBJECT
public:
    explicit ModelLoad(QObject *parent = nullptr);
    ~ModelLoad() override;

    template<typename JobType, typename Apply> void start(JobType *job, Apply apply)
    {
        startJob(job,
                 [apply = std::move(apply)](Job *done) { apply(static_cast<JobType *>(done)); });
    }
    bool isLoading() const { return !m_job.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    Error lastError() const { return m_error; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const pli::Error &error);

private:
    void startJob(Job *job, std::function<void(Job *)> apply);
    void drop();

    QPointer<Job> m_job;
    Error m_error;
    bool m_loaded = false;
};

} // namespace pli
