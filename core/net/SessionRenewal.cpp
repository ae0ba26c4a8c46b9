#include "SessionRenewal.h"

#include "ApiClient.h"
#include "NetLog.h"

namespace pli {

void SessionRenewal::setClient(ApiClient *api)
{
    m_api = api;
}

int SessionRenewal::generation() const
{
    return m_api ? m_api->accessTokenGeneration() : 0;
}

void SessionRenewal::unauthorized(int sentGeneration, const Error &refusal, QObject *context,
                                  std::function<void(const Error &)> done)
{
    ApiClient *const api = m_api.data();
    ++m_waiting;
    if (!api || (m_unproven && sentGeneration == api->accessTokenGeneration())) {
        // No account to renew with (signed out meanwhile), or the token this caller was given
        // after a renewal is refused too: renewing again would only loop.
        QMetaObject::invokeMethod(
            context,
            [this, done, refusal] {
                --m_waiting;
                done(refusal);
            },
            Qt::QueuedConnection);
        return;
    }
    api->renewSession(sentGeneration, context, [this, done, refusal](const Error &error) {
        --m_waiting;
        if (!error) {
            m_unproven = true;
            done({});
            return;
        }
        qCInfo(lcNet) << "the session could not be renewed:" << error.codeName();
        // Without a refresh token the server's own refusal says more than ours.
        done(error.code() == Error::Code::Unauthorized ? refusal : error);
    });
}

} // namespace pli
