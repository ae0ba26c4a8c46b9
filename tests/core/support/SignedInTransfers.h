#pragma once
// What the session tests of the transfers (ChunkedDownloadSessionTest, TusUploadTest's
// TusUploadSessions) share: an account signed in on a real pli-server whose access tokens live
// 2 s, requests authorised as the app authorises them, and the renewals its client went through.
#include "Job.h"
#include "SignedInApi.h"
#include "TestServer.h"
#include "net/ApiClient.h"
#include "transfers/RequestAuthorizer.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace pli::test {

class SignedInTransfers : public ::testing::Test
{
protected:
    ApiClient *api() const { return m_user.api.get(); }

    // The bearer token the account's client holds at each request, as the app sends it.
    RequestAuthorizer authorizer() const
    {
        ApiClient *client = api();
        return [client](QNetworkRequest &request) { client->authorize(request); };
    }
    // Today's token at every request, renewed or not: a renewed token the server still refuses.
    RequestAuthorizer staleAuthorizer() const
    {
        const QByteArray header = "Bearer " + api()->accessToken().toLatin1();
        return
            [header](QNetworkRequest &request) { request.setRawHeader("Authorization", header); };
    }
    // The renewals the client went through, successful or not.
    int renewals() const { return int(m_renewed.count() + m_renewalFailed.count()); }
    // Makes every access token expire on the server, starts `job` and waits for its end (the
    // first request meets a 401); true once it finished.
    bool runWithExpiredTokens(Job &job)
    {
        expireAccessTokens(m_server);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        return job.isFinished() || finished.wait(30000);
    }
    // From now on the server refuses the refresh token: the next renewal fails.
    void refuseRenewal()
    {
        auto guard = m_server.db().lock();
        m_server.db().execute("UPDATE refresh_tokens SET revoked = 1");
    }

    QTemporaryDir m_dir;
    TestServer m_server{{"--access-token-ttl", "2"}};
    SignedInApi m_user{m_server, "ada"};
    QNetworkAccessManager m_network;

private:
    QSignalSpy m_renewed{m_user.api.get(), &ApiClient::sessionRefreshed};
    QSignalSpy m_renewalFailed{m_user.api.get(), &ApiClient::sessionRefreshFailed};
};

} // namespace pli::test
