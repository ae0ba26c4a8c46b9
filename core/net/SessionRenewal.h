#pragma once

#include "Error.h"

#include <QPointer>

#include <functional>

namespace pli {

class ApiClient;

// "Renew once after a 401, then retry or fail" for one caller that sends requests with an
// account's access token: a NetworkJob, a ChunkedDownload (several connections), a TusUpload.
// The caller notes generation() with each request it sends; when one meets a 401 it calls
// unauthorized(), which renews through ApiClient::renewSession (one renewal for all the
// caller's requests, and all callers, that met a 401 meanwhile) unless renewing again would
// loop: a request sent with a token this caller already went through a renewal for, refused
// before anything proved that token good (proven()), fails instead.
class SessionRenewal
{
    Q_DISABLE_COPY_MOVE(SessionRenewal)
public:
    SessionRenewal() = default; // renews nothing: every 401 fails
    // The account's client; may be destroyed before this object (every 401 then fails).
    void setClient(ApiClient *api);
    bool hasClient() const { return !m_api.isNull(); }

    // The generation of the access token a request sent now carries (0 without a client).
    int generation() const;
    // True until every unauthorized() call has been answered: send nothing new meanwhile.
    bool isRenewing() const { return m_waiting > 0; }
    // A request sent with the current token succeeded (or brought bytes): a later 401, when
    // that token expires in its turn, may renew again.
    void proven() { m_unproven = false; }

    // A request noted with `sentGeneration` met a 401, whose error is `refusal`. Calls `done`
    // exactly once, always later, and never once `context` (the caller) is destroyed: with no
    // error when the request is to be sent again (with the client's new token); with `refusal`
    // when there is nothing to renew with (no client, no refresh token) or the renewed token
    // was refused too; with the renewal's error (ApiClient::renewSession) when it failed.
    void unauthorized(int sentGeneration, const Error &refusal, QObject *context,
                      std::function<void(const Error &error)> done);

private:
    QPointer<ApiClient> m_api;
    bool m_unproven = false; // a request was sent again after a renewal; none succeeded since
    int m_waiting = 0;
};

} // namespace pli
