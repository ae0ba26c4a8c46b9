// CheckPasswordLinkJob against the real pli-server: a usable invitation or reset link answers
// with the password rules and stays usable; a used or unknown one is refused as InvalidToken.
#include "AuthSessionFixture.h"

#include "auth/CheckPasswordLinkJob.h"

using namespace pli;
using namespace pli::test;
using namespace pli::test::auth;
using Purpose = CheckPasswordLinkJob::Purpose;

namespace {

std::unique_ptr<CheckPasswordLinkJob> check(ApiClient &api, Purpose purpose,
                                            const std::string &token)
{
    auto *job = new CheckPasswordLinkJob(&api, purpose, QString::fromStdString(token));
    job->start();
    return waitFor(job, 20000);
}

std::string invite(TestServer &server, const std::string &username)
{
    EXPECT_EQ(server.runAdmin({"user", "add", username, "--display-name", username, "--email",
                               username + "@example.test"}),
              0);
    EXPECT_EQ(server.runAdmin({"user", "invite", username}), 0);
    return SignInFlow(server).mailedToken(username + "@example.test").value_or("");
}

} // namespace

TEST(CheckPasswordLinkJob, AUsableInvitationGivesThePolicyAndStaysUsable)
{
    TestServer server;
    const std::string token = invite(server, "tina");
    ASSERT_FALSE(token.empty());
    Session s(server);
    const auto job = check(s.api, Purpose::Invitation, token);
    ASSERT_TRUE(job->isSuccess()) << job->error().message().toStdString();
    EXPECT_EQ(job->policy().minLength(), 14);
    EXPECT_FALSE(job->policy().required().isEmpty());

    // Checking did not use the link up: the password can still be chosen with it.
    QSignalSpy set(&s.auth, &AuthSession::passwordSet);
    s.auth.acceptInvitation(QString::fromStdString(token), kNewPassword);
    ASSERT_TRUE(set.wait(10000));
    // Now it is used: a second check says so.
    const auto again = check(s.api, Purpose::Invitation, token);
    EXPECT_EQ(again->error().code(), Error::Code::InvalidToken);
}

TEST(CheckPasswordLinkJob, AResetLinkIsCheckedAtItsOwnAddress)
{
    TestServer server;
    SignInFlow flow(server);
    flow.addEnrolledUser("sara");
    Session s(server);
    QSignalSpy requested(&s.auth, &AuthSession::passwordResetRequested);
    s.auth.requestPasswordReset(QStringLiteral("sara"));
    ASSERT_TRUE(requested.wait(10000));
    const std::string token = flow.mailedToken("sara@example.test").value_or("");
    ASSERT_FALSE(token.empty());

    EXPECT_TRUE(check(s.api, Purpose::PasswordReset, token)->isSuccess());
    // An invitation check of a reset token: not an invitation.
    EXPECT_EQ(check(s.api, Purpose::Invitation, token)->error().code(), Error::Code::InvalidToken);
    EXPECT_EQ(check(s.api, Purpose::PasswordReset, "not-a-token")->error().code(),
              Error::Code::InvalidToken);
}

TEST(CheckPasswordLinkJob, ANetworkFailureIsReportedAsSuch)
{
    ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:1")));
    const auto job = check(api, Purpose::Invitation, "anything");
    EXPECT_EQ(job->error().code(), Error::Code::Network);
}
