#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

// A link of an e-mail in its two forms: `app` opens Pli (the pli: scheme), `web` is the server's
// /open/ page for mail programs that drop custom schemes; that page offers the `app` link again.
struct EmailLink
{
    std::string app;
    std::string web;
};

// Builds the links of the server's e-mails. Every app link names its server (`server=` the
// public URL), so that it works on a computer where the account is not known yet:
//   pli://auth/invitation?token=T&server=S        S/open/auth/invitation?token=T
//   pli://auth/password-reset?token=T&server=S    S/open/auth/password-reset?token=T
//   pli://auth/unlock?token=T&server=S            S/open/auth/unlock?token=T
//   pli://conversation/ID?server=S                S/open/conversation/ID
class EmailLinks
{
public:
    // `publicUrl` as ServerConfig::publicUrl holds it (normalized, no trailing slash).
    explicit EmailLinks(std::string publicUrl);

    EmailLink invitation(std::string_view token) const;
    EmailLink passwordReset(std::string_view token) const;
    EmailLink unlock(std::string_view token) const;
    EmailLink conversation(std::string_view conversationId) const;

    // The app link of `target` ("auth/unlock", "conversation/ID"), with its token when it has one.
    std::string app(std::string_view target, std::optional<std::string_view> token) const;

private:
    EmailLink link(std::string_view target, std::optional<std::string_view> token) const;

    std::string m_publicUrl;
};

// Percent-encodes everything but RFC 3986 unreserved characters and those of `keep`.
std::string percentEncoded(std::string_view text, std::string_view keep = {});

} // namespace pli::server
