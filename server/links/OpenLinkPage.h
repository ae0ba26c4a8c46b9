#pragma once

#include <optional>
#include <string>

namespace pli::server {

// What an /open/ page offers to open.
enum class OpenLinkKind
{
    Conversation,
    Invitation,
    PasswordReset,
    Unlock,
    Invalid // a malformed link: the page says so and offers nothing
};

// The page `GET /open/…` answers: the e-mailed link for mail programs that drop the pli:
// scheme. Self-contained (no script, no external resource, one inline style allowed by its hash
// in the Content-Security-Policy), in French and English, the preferred language first, with an
// "Open in Pli" link to the pli: equivalent.
class OpenLinkPage
{
public:
    // `appLink` is empty for OpenLinkKind::Invalid. `firstLanguage` is "en" or "fr".
    static std::string html(OpenLinkKind kind, const std::string &appLink,
                            const std::string &firstLanguage);
    // The Content-Security-Policy the page needs, and nothing more.
    static const std::string &contentSecurityPolicy();
};

} // namespace pli::server
