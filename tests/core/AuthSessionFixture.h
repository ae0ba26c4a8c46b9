#pragma once
// What the AuthSession tests share: one account's client and sign-in state machine on a real
// pli-server, with the states it went through, and small arrangements of the server's data.
#include "JobWait.h"
#include "RawHttpServer.h"
#include "SignInFlow.h"
#include "SignedInApi.h"
#include "TestServer.h"
#include "Totp.h"
#include "WaitUntil.h"

#include "api/GetMeJob.h"
#include "auth/AuthSession.h"
#include "auth/RefreshJob.h"
#include "net/ApiClient.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace pli::test::auth {

using State = AuthSession::State;

inline const QString kPassword = QString::fromLatin1(SignInFlow::kPassword);
inline const QString kNewPassword = QStringLiteral("Brand-New-Passphrase-42");

inline int countInLog(const TestServer &server, const std::string &needle)
{
    const std::string log = server.log();
    int count = 0;
    for (size_t at = log.find(needle); at != std::string::npos; at = log.find(needle, at + 1))
        ++count;
    return count;
}

// One account's client and sign-in state machine on a server, with the states it went through.
struct Session
{
    explicit Session(const QUrl &url)
        : api(url)
        , auth(&api)
    {
        QObject::connect(&auth, &AuthSession::stateChanged,
                         [this](State state) { states.append(state); });
        QObject::connect(&auth, &AuthSession::error,
                         [this](const Error &error) { errors.append(error); });
    }
    explicit Session(const TestServer &server)
        : Session(urlOf(server))
    {}

    // Waits until the session reaches `state` (or any state but SigningIn when not given).
    bool waitFor(State state, int timeoutMs = 20000)
    {
        return waitUntil([&] { return auth.state() == state; }, timeoutMs);
    }
    bool settle(int timeoutMs = 20000)
    {
        return waitUntil([&] { return auth.state() != State::SigningIn; }, timeoutMs);
    }

    ApiClient api;
    AuthSession auth;
    QList<State> states;
    QList<Error> errors;
};

inline std::string freshCode(TestServer &server, const std::string &username)
{
    return SignInFlow(server).freshTotpCode(username).value_or("000000");
}

// A user whose account asks for a new password at the next sign-in.
inline void mustChangePassword(TestServer &server, const std::string &userId)
{
    auto guard = server.db().lock();
    server.db().execute("UPDATE users SET password_must_change = 1 WHERE id = ?", userId);
}

} // namespace pli::test::auth
