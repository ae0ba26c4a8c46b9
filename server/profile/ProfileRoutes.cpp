// /me, /personas and /contacts: the profile, its personas (e-mail addresses) and address book.
#include "ApiError.h"
#include "Clock.h"
#include "ContactBook.h"
#include "Database.h"
#include "HttpJson.h"
#include "PersonaRegistration.h"
#include "Principal.h"
#include "ProfileQueries.h"
#include "RouteTable.h"
#include "Routes.h"
#include "ServerContext.h"

namespace pli::server {

namespace {
void me(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    auto guard = ctx.db->lock();
    const auto me = ProfileQueries::me(*ctx.db, principal.userId, nowSeconds());
    if (me.is_null())
        throw ApiError::notFound();
    sendJson(res, 200, me);
}

void listPersonas(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    auto guard = ctx.db->lock();
    sendJson(res, 200, ProfileQueries::personas(*ctx.db, principal.userId, nowSeconds()));
}

void addPersona(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const auto body = readJsonObject(req);
    PersonaRegistration registration(ctx);
    sendJson(res, 202,
             registration.request(principal.userId, requireString(body, "email"),
                                  optionalString(body, "display_name")));
}

void verifyPersona(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const auto body = readJsonObject(req);
    PersonaRegistration(ctx).verify(principal.userId, req.matches[1], requireString(body, "code"));
    res.status = 204;
}

void listContacts(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    sendJson(res, 200, ContactBook(*ctx.db, principal.userId).list());
}

void addContact(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    const auto body = readJsonObject(req);
    sendJson(
        res, 201,
        ContactBook(*ctx.db, principal.userId)
            .add(requireString(body, "email"), optionalString(body, "display_name").value_or("")));
}

void removeContact(ServerContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    const Principal principal = requirePrincipal(req, ctx);
    if (!ContactBook(*ctx.db, principal.userId).remove(req.matches[1]))
        throw ApiError::notFound();
    res.status = 204;
}
} // namespace

void installProfileRoutes(httplib::Server &server, ServerContext &ctx)
{
    installRoutes(server, ctx,
                  {{Method::Get, "/api/v1/me", me},
                   {Method::Get, "/api/v1/personas", listPersonas},
                   {Method::Post, "/api/v1/personas", addPersona},
                   {Method::Post, R"(/api/v1/personas/([^/]+)/verify)", verifyPersona},
                   {Method::Get, "/api/v1/contacts", listContacts},
                   {Method::Post, "/api/v1/contacts", addContact},
                   {Method::Delete, R"(/api/v1/contacts/([^/]+))", removeContact}});
}

} // namespace pli::server
