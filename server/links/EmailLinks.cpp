#include "EmailLinks.h"

#include <cctype>

namespace pli::server {

std::string percentEncoded(std::string_view text, std::string_view keep)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' ||
            keep.find(c) != std::string_view::npos) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0F]);
        }
    }
    return out;
}

EmailLinks::EmailLinks(std::string publicUrl)
    : m_publicUrl(std::move(publicUrl))
{}

EmailLink EmailLinks::invitation(std::string_view token) const
{
    return link("auth/invitation", token);
}

EmailLink EmailLinks::passwordReset(std::string_view token) const
{
    return link("auth/password-reset", token);
}

EmailLink EmailLinks::unlock(std::string_view token) const
{
    return link("auth/unlock", token);
}

EmailLink EmailLinks::conversation(std::string_view conversationId) const
{
    return link("conversation/" + percentEncoded(conversationId), std::nullopt);
}

std::string EmailLinks::app(std::string_view target, std::optional<std::string_view> token) const
{
    std::string out = "pli://" + std::string(target) + "?";
    if (token)
        out += "token=" + percentEncoded(*token) + "&";
    // ':' and '/' may stay as they are in a query (RFC 3986): the address stays readable.
    return out + "server=" + percentEncoded(m_publicUrl, ":/");
}

EmailLink EmailLinks::link(std::string_view target, std::optional<std::string_view> token) const
{
    std::string web = m_publicUrl + "/open/" + std::string(target);
    if (token)
        web += "?token=" + percentEncoded(*token);
    return {app(target, token), web};
}

} // namespace pli::server
