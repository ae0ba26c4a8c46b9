#pragma once

#include <optional>
#include <string>

namespace httplib {
struct Request;
}

namespace pli::server {

struct ServerContext;

// The signed-in user behind a request's bearer token.
struct Principal
{
    std::string userId;
    std::string username;
    std::string role;                    // "participant" | "collaborator"
    std::optional<std::string> familyId; // refresh-token family of the session, if any
};

// Resolves `Authorization: Bearer <access token>`; throws ApiError 401 "unauthorized" (missing,
// unknown or expired token, or a deactivated user). Takes the database lock briefly.
Principal requirePrincipal(const httplib::Request &req, ServerContext &ctx);

// Mints an access token for a user (used by sign-in and by `pli-server user token`). Caller
// holds the database lock. Returns the token in clear; only its hash is stored.
std::string issueAccessToken(ServerContext &ctx, const std::string &userId,
                             const std::optional<std::string> &familyId);

} // namespace pli::server
