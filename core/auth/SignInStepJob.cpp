#include "SignInStepJob.h"

namespace pli {

SignInStepJob::SignInStepJob(ApiClient *api, const QString &path, QObject *parent)
    : JsonJob(api, Method::Post, path, parent)
{
    setAuthenticated(false);
}

Error SignInStepJob::parseResponse(const QJsonDocument &json)
{
    const Error error = decodeSignInStep(valueOf(json), m_step);
    m_hasStep = !error.isError();
    return error;
}

} // namespace pli
