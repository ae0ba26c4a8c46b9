#include "SignedInApi.h"

#include "TestCertificates.h"

namespace pli::test {

QUrl urlOf(const TestServer &server)
{
    return QUrl(QString::fromStdString(server.baseUrl()));
}

void expireAccessTokens(TestServer &server)
{
    auto guard = server.db().lock();
    server.db().execute("UPDATE access_tokens SET expires_at = 0");
}

SignedInApi::SignedInApi(TestServer &server, const std::string &username, const std::string &role)
    : email(username + ".persona@example.test")
    , api(std::make_unique<ApiClient>(urlOf(server)))
{
    // Over TLS the client trusts the server's own authority, as pli-cli login --ca-file does.
    if (server.isTls())
        api->setTrustedCertificates(authorityOf(server));
    SignInFlow flow(server);
    userId = flow.addEnrolledUser(username, role);
    personaId = server.addPersona(userId, email, username + " persona");
    const SignedIn tokens = flow.signIn(username);
    api->setSession(QString::fromStdString(tokens.accessToken),
                    QString::fromStdString(tokens.refreshToken));
}

} // namespace pli::test
