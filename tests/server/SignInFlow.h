#pragma once

// A complete sign-in over HTTP for tests: arranges a user who can sign in (password and a known
// TOTP secret), then walks /auth/login and /auth/second-factor computing the TOTP code the way
// an authenticator app does. Header-only so that any server test can include it.

#include "Clock.h"
#include "Database.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "Totp.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <regex>
#include <string>
#include <thread>

namespace pli::test {

struct SignedIn
{
    std::string accessToken;
    std::string refreshToken;
    bool ok() const { return !accessToken.empty(); }
};

class SignInFlow
{
public:
    static constexpr const char *kPassword = "Correct-Horse-Battery-9";
    static constexpr const char *kSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    explicit SignInFlow(TestServer &server)
        : m_server(server)
    {}

    // A user with a password and an enrolled authenticator (mail goes to <username>@example.test).
    std::string addEnrolledUser(const std::string &username,
                                const std::string &role = "participant",
                                const std::string &password = kPassword,
                                const std::string &secret = kSecret)
    {
        const std::string id = m_server.addUser(username, role, password);
        auto guard = m_server.db().lock();
        m_server.db().execute("UPDATE users SET totp_secret = ?, totp_device_name = 'test phone' "
                              "WHERE id = ?",
                              secret, id);
        return id;
    }

    // A TOTP code the server will accept now: a time step after the last one the user spent.
    // nullopt when both usable steps are spent (sign in with an e-mailed code instead).
    std::optional<std::string> freshTotpCode(const std::string &username,
                                             const std::string &secret = kSecret)
    {
        std::int64_t last = 0;
        {
            auto guard = m_server.db().lock();
            auto st = m_server.db().query("SELECT totp_last_step FROM users WHERE username = ?",
                                          username);
            if (st.next())
                last = st.integer(0);
        }
        const auto now = server::nowSeconds();
        const auto step = server::totp::stepAt(now);
        // The next step stays within the server's window even if a step boundary passes.
        for (const auto candidate : {step, step + 1}) {
            if (candidate > last)
                return server::totp::codeAt(secret, candidate * server::totp::kPeriod);
        }
        return std::nullopt;
    }

    // The last six-digit sign-in code mailed to an address.
    std::optional<std::string> mailedCode(const std::string &address) const
    {
        return firstMatch(address, std::regex("sign-in code is: ([0-9]{6})"));
    }
    // The token of the last link (unlock, reset, invitation) mailed to an address.
    std::optional<std::string> mailedToken(const std::string &address) const
    {
        return firstMatch(address, std::regex("token=([A-Za-z0-9_-]+)"));
    }

    // Signs in a user created by addEnrolledUser; ADD_FAILURE and an empty result on error.
    SignedIn signIn(const std::string &username, const std::string &password = kPassword,
                    const std::string &secret = kSecret,
                    const std::string &deviceName = "test laptop")
    {
        auto client = m_server.client();
        auto login =
            postJson(*client, "/api/v1/auth/login",
                     {{"username", username}, {"password", password}, {"device_name", deviceName}});
        const auto step = jsonOf(login);
        if (!login || login->status != 200 ||
            step.value("status", "") != "second_factor_required") {
            ADD_FAILURE() << "login of " << username << " answered "
                          << (login ? login->body : std::string("no response"));
            return {};
        }
        const std::string challenge = step["challenge"];
        std::string method = "totp";
        auto code = freshTotpCode(username, secret);
        if (!code) {
            method = "email";
            postJson(*client, "/api/v1/auth/email-code", {{"challenge", challenge}});
            code = mailedCode(username + "@example.test");
        }
        auto answer =
            postJson(*client, "/api/v1/auth/second-factor",
                     {{"challenge", challenge}, {"method", method}, {"code", code.value_or("")}});
        const auto tokens = jsonOf(answer);
        if (!answer || answer->status != 200 || tokens.value("status", "") != "authenticated") {
            ADD_FAILURE() << "second factor of " << username << " answered "
                          << (answer ? answer->body : std::string("no response"));
            return {};
        }
        return {tokens["access_token"], tokens["refresh_token"]};
    }

private:
    std::optional<std::string> firstMatch(const std::string &address, const std::regex &re) const
    {
        const auto mail = m_server.lastMailTo(address);
        std::smatch match;
        if (!mail || !std::regex_search(*mail, match, re))
            return std::nullopt;
        return match[1].str();
    }

    TestServer &m_server;
};

} // namespace pli::test
