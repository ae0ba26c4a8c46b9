#pragma once

#include "SignInFlow.h"
#include "TestServer.h"
#include "net/ApiClient.h"

#include <memory>
#include <string>

namespace pli::test {

// An ApiClient on a TestServer, signed in as a new enrolled user through the real sign-in
// endpoints (password + TOTP), with one persona. For tests of calls made once signed in. On a
// server started with --tls-self-signed the client trusts the server's authority.
struct SignedInApi
{
    SignedInApi(TestServer &server, const std::string &username,
                const std::string &role = "participant");

    std::string userId;
    std::string personaId;
    std::string email;
    std::unique_ptr<ApiClient> api;
};

// "http://127.0.0.1:PORT" (https:// over TLS) of a TestServer as a QUrl.
QUrl urlOf(const TestServer &server);

// Makes every access token of the server expire now (the next authenticated call gets a 401).
void expireAccessTokens(TestServer &server);

} // namespace pli::test
