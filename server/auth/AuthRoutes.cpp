// The /api/v1/auth/* endpoints: request parsing and answers only; the flows live in
// SignInSteps, EmailSignIn, SecondFactor, PasswordChange, AccountRecovery and SessionTokens.
#include "Routes.h"

#include "AccountRecovery.h"
#include "ApiError.h"
#include "AuthProblems.h"
#include "EmailSignIn.h"
#include "HttpJson.h"
#include "Language.h"
#include "PasswordChange.h"
#include "Principal.h"
#include "RouteTable.h"
#include "SecondFactor.h"
#include "ServerContext.h"
#include "SessionTokens.h"
#include "SignInSteps.h"
#include "SignInThrottle.h"

#include <httplib.h>

namespace pli::server {

namespace {
constexpr size_t kMaxDeviceName = 64; // characters

// Guessing is limited per client address (and per account, in the flows: SignInThrottle).
void throttle(ServerContext &ctx, const std::string &what, const httplib::Request &req)
{
    SignInThrottle(ctx).address(what, req.remote_addr);
}

// "device_name", trimmed, 1 to 64 characters without control characters. Absent or blank is
// nullopt, an error when `required`.
std::optional<std::string> deviceNameOf(const nlohmann::json &body, bool required)
{
    const auto raw = optionalString(body, "device_name").value_or("");
    const auto begin = raw.find_first_not_of(" \t");
    const auto end = raw.find_last_not_of(" \t");
    const std::string name =
        begin == std::string::npos ? std::string() : raw.substr(begin, end - begin + 1);
    size_t characters = 0;
    bool control = false;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        characters += (byte & 0xC0) != 0x80 ? 1 : 0;
        control = control || byte < 0x20 || byte == 0x7F;
    }
    if (name.empty() && !required)
        return std::nullopt;
    if (name.empty() || characters > kMaxDeviceName || control)
        throw ApiError(400, "invalid_request",
                       "The field \"device_name\" must name the device in 1 to 64 characters.",
                       {{"field", "device_name"}});
    return name;
}

// The device name and the language the client asked for (Accept-Language), kept to the end.
SignInOrigin originOf(const httplib::Request &req, const nlohmann::json &body)
{
    return {deviceNameOf(body, false), preferredLanguage(req.get_header_value("Accept-Language"))};
}

std::string bearerTokenOf(const httplib::Request &req)
{
    const std::string header = req.get_header_value("Authorization");
    return header.size() > 7 ? header.substr(7) : std::string();
}

void login(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    throttle(ctx, "login", req);
    const auto body = readJsonObject(req);
    const auto username = requireString(body, "username");
    const auto password = requireString(body, "password");
    sendJson(res, 200, SignInSteps(ctx).login(username, password, originOf(req, body)));
}

void emailSignIn(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    throttle(ctx, "email-sign-in", req);
    const auto body = readJsonObject(req);
    const auto username = requireString(body, "username");
    sendJson(res, 200, EmailSignIn(ctx).start(username, originOf(req, body)));
}

void secondFactor(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    throttle(ctx, "second-factor", req);
    const auto body = readJsonObject(req);
    const auto challenge = requireString(body, "challenge");
    const auto method = requireString(body, "method");
    const auto code = requireString(body, "code");
    if (method != "totp" && method != "email")
        throw ApiError(400, "invalid_request",
                       "The field \"method\" must be \"totp\" or \"email\".",
                       {{"field", "method"}});
    sendJson(res, 200, SecondFactor(ctx).verify(challenge, method, code));
}

void emailCode(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    throttle(ctx, "email-code", req);
    const auto body = readJsonObject(req);
    SecondFactor(ctx).sendEmailCode(requireString(body, "challenge"));
    res.status = 202;
}

void totpEnrollment(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    throttle(ctx, "totp-enrollment", req);
    const auto body = readJsonObject(req);
    const auto challenge = requireString(body, "challenge");
    const auto code = requireString(body, "code");
    const auto device = *deviceNameOf(body, true);
    sendJson(res, 200, SecondFactor(ctx).confirmEnrollment(challenge, code, device));
}

// During a sign-in (a temporary or expired password) with the challenge, else signed in.
void changePassword(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const auto body = readJsonObject(req);
    if (body.contains("challenge")) {
        const auto challenge = requireString(body, "challenge");
        const auto password = requireString(body, "new_password");
        sendJson(res, 200, PasswordChange(ctx).duringSignIn(challenge, password));
        return;
    }
    const Principal principal = requirePrincipal(req, ctx);
    const auto current = requireString(body, "current_password");
    const auto password = requireString(body, "new_password");
    throttle(ctx, "password", req);
    SignInThrottle(ctx).account(principal.userId);
    PasswordChange(ctx).signedIn(principal, current, password);
    res.status = 204;
}

void refresh(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const auto body = readJsonObject(req);
    const auto token = requireString(body, "refresh_token");
    sendJson(res, 200, SessionTokens(ctx).refresh(token).toJson());
}

void logout(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    std::optional<std::string> refreshToken;
    if (!req.body.empty())
        refreshToken = optionalString(readJsonObject(req), "refresh_token");
    SessionTokens(ctx).signOut(principal, bearerTokenOf(req), refreshToken);
    res.status = 204;
}

void requestPasswordReset(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    throttle(ctx, "reset", req);
    const auto body = readJsonObject(req);
    AccountRecovery(ctx).requestReset(requireString(body, "username"));
    res.status = 202;
}

void confirmPasswordReset(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const auto body = readJsonObject(req);
    const auto token = requireString(body, "token");
    const auto password = requireString(body, "new_password");
    AccountRecovery(ctx).confirmReset(token, password);
    res.status = 204;
}

void acceptInvitation(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const auto body = readJsonObject(req);
    const auto token = requireString(body, "token");
    const auto password = requireString(body, "new_password");
    AccountRecovery(ctx).acceptInvitation(token, password);
    res.status = 204;
}

void unlock(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const auto body = readJsonObject(req);
    AccountRecovery(ctx).unlock(requireString(body, "token"));
    res.status = 204;
}
} // namespace

void installAuthRoutes(httplib::Server &server, ServerContext &ctx)
{
    installRoutes(server, ctx,
                  {{Method::Post, "/api/v1/auth/login", login},
                   {Method::Post, "/api/v1/auth/email-sign-in", emailSignIn},
                   {Method::Post, "/api/v1/auth/second-factor", secondFactor},
                   {Method::Post, "/api/v1/auth/email-code", emailCode},
                   {Method::Post, "/api/v1/auth/totp-enrollment", totpEnrollment},
                   {Method::Post, "/api/v1/auth/password", changePassword},
                   {Method::Post, "/api/v1/auth/refresh", refresh},
                   {Method::Post, "/api/v1/auth/logout", logout},
                   {Method::Post, "/api/v1/auth/password-reset", requestPasswordReset},
                   {Method::Post, "/api/v1/auth/password-reset/confirm", confirmPasswordReset},
                   {Method::Post, "/api/v1/auth/invitations/accept", acceptInvitation},
                   {Method::Post, "/api/v1/auth/unlock", unlock}});
}

} // namespace pli::server
