#pragma once

#include "Error.h"
#include "Job.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>

namespace pli {

// The one request a list model's content comes from. start() drops a request still running
// (its answer never arrives) and runs the new one; on failure, lastError() and failed(); on
// success `apply` gets the finished job to copy its results from (hasLoaded() already answers
// true meanwhile, for views that look at it when the model resets), then loadingChanged(false)
// and loaded() follow. `apply` may start() the next request itself: more of the same content
// (loading goes on, loaded() still follows), or, returning false, the request that replaces an
// answer it did not take (a page that no longer exists): then neither loadingChanged() nor
// loaded() is emitted in between. Destroying it cancels the request, so nothing runs into a
// model being destroyed.
class ModelLoad : public QObject
{
    Q_OBJECT
public:
    explicit ModelLoad(QObject *parent = nullptr);
    ~ModelLoad() override;

    // `apply(JobType *)` returns void (the answer is always taken) or bool (false: not taken).
    template<typename JobType, typename Apply> void start(JobType *job, Apply apply)
    {
        startJob(job, [apply = std::move(apply)](Job *done) mutable {
            auto *finished = static_cast<JobType *>(done);
            if constexpr (std::is_void_v<std::invoke_result_t<Apply &, JobType *>>) {
                apply(finished);
                return true;
            } else {
                return bool(apply(finished));
            }
        });
    }
    // Forgets what was loaded (another persona, another conversation): hasLoaded() false, no
    // error. A request still running goes on until start() replaces it.
    void clear();

    bool isLoading() const { return !m_job.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    Error lastError() const { return m_error; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const pli::Error &error);

private:
    void startJob(Job *job, std::function<bool(Job *)> apply);
    void finish(Job *job, const std::function<bool(Job *)> &apply);
    void drop();

    QPointer<Job> m_job;
    Error m_error;
    bool m_loaded = false;
    bool m_applying = false; // a start() from `apply` continues the loading
};

} // namespace pli
