#include "CheckPasswordLinkJob.h"

#include "auth/AcceptInvitationJob.h"
#include "auth/PasswordResetConfirmJob.h"
#include "net/ApiClient.h"

namespace pli {

CheckPasswordLinkJob::CheckPasswordLinkJob(ApiClient *api, Purpose purpose, const QString &token,
                                           QObject *parent)
    : Job(parent)
    , m_api(api)
    , m_purpose(purpose)
    , m_token(token)
{}

void CheckPasswordLinkJob::doStart()
{
    Job *request = m_purpose == Purpose::Invitation
                       ? static_cast<Job *>(m_api->acceptInvitation(m_token, QString()))
                       : m_api->confirmPasswordReset(m_token, QString());
    m_request = request;
    connect(request, &Job::finished, this, [this, request] {
        const Error error = request->error();
        if (error.code() == Error::Code::PasswordPolicy) {
            m_policy = PasswordPolicy::fromProblem(error.problem());
            if (!m_policy.isEmpty()) {
                finishSuccess();
                return;
            }
        }
        finishWithError(error
                            ? error
                            : Error(Error::Code::MalformedResponse,
                                    QStringLiteral("the server did not state its password rules")));
    });
}

void CheckPasswordLinkJob::doCancel()
{
    if (m_request)
        m_request->cancel();
}

} // namespace pli
