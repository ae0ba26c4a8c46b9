#include "OpenLinkPage.h"

#include "Crypto.h"

namespace pli::server {

namespace {
constexpr const char *kStyle =
    "body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}"
    "main{max-width:34rem;margin:3rem auto;padding:0 1rem}"
    "section{background:#fff;border-radius:8px;padding:1.5rem;margin-bottom:1rem}"
    "h1{font-size:1.3rem;margin-top:0}"
    "a.open{display:inline-block;background:#1f5fbf;color:#fff;padding:.6rem 1.2rem;"
    "border-radius:6px;text-decoration:none;font-weight:600}"
    "code{word-break:break-all;font-size:.85rem;color:#4a5160}";

struct Texts
{
    const char *title;
    const char *purpose;
    const char *button;
    const char *help;
};

Texts textsOf(OpenLinkKind kind, bool french)
{
    const char *button = french ? "Ouvrir dans Pli" : "Open in Pli";
    const char *help =
        french ? "Rien ne se passe ? Pli n’est peut-être pas installé sur "
                 "cet ordinateur : installez-le, puis ouvrez ce lien de nouveau. Le lien "
                 "pour Pli :"
               : "Nothing happens? Pli may not be installed on this computer: install it, then "
                 "open this link again. The link for Pli:";
    switch (kind) {
    case OpenLinkKind::Conversation:
        return french ? Texts{"Accéder au message",
                              "Ce lien ouvre la conversation dans l’application Pli.", button, help}
                      : Texts{"Open the message",
                              "This link opens the conversation in the Pli application.", button,
                              help};
    case OpenLinkKind::Invitation:
        return french ? Texts{"Votre invitation à Pli",
                              "Ce lien ouvre Pli pour choisir votre mot de passe et terminer "
                              "votre inscription.",
                              button, help}
                      : Texts{"Your invitation to Pli",
                              "This link opens Pli to choose your password and finish signing up.",
                              button, help};
    case OpenLinkKind::PasswordReset:
        return french
                   ? Texts{"Réinitialiser votre mot de passe Pli",
                           "Ce lien ouvre Pli pour choisir un nouveau mot de passe.", button, help}
                   : Texts{"Reset your Pli password",
                           "This link opens Pli to choose a new password.", button, help};
    case OpenLinkKind::Unlock:
        return french ? Texts{"Déverrouiller votre compte Pli",
                              "Ce lien ouvre Pli pour déverrouiller votre compte.", button, help}
                      : Texts{"Unlock your Pli account",
                              "This link opens Pli to unlock your account.", button, help};
    case OpenLinkKind::Invalid:
        break;
    }
    return french ? Texts{"Ce lien est incomplet",
                          "Ouvrez de nouveau le lien du courriel, ou copiez-le en entier dans "
                          "votre navigateur.",
                          nullptr, nullptr}
                  : Texts{"This link is incomplete",
                          "Open the link of the e-mail again, or copy all of it into your browser.",
                          nullptr, nullptr};
}

std::string escaped(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

std::string section(OpenLinkKind kind, const std::string &appLink, const std::string &language)
{
    const Texts t = textsOf(kind, language == "fr");
    std::string html =
        "<section lang=\"" + language + "\"><h1>" + t.title + "</h1><p>" + t.purpose + "</p>";
    if (t.button) {
        const std::string link = escaped(appLink);
        html += "<p><a class=\"open\" href=\"" + link + "\">" + t.button + "</a></p><p>" + t.help +
                "<br><code>" + link + "</code></p>";
    }
    return html + "</section>";
}
} // namespace

std::string OpenLinkPage::html(OpenLinkKind kind, const std::string &appLink,
                               const std::string &firstLanguage)
{
    const std::string first = firstLanguage == "fr" ? "fr" : "en";
    const std::string second = first == "fr" ? "en" : "fr";
    return "<!DOCTYPE html>\n<html lang=\"" + first +
           "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" "
           "content=\"no-referrer\"><title>Pli</title><style>" +
           kStyle + "</style></head><body><main>" + section(kind, appLink, first) +
           section(kind, appLink, second) + "</main></body></html>\n";
}

const std::string &OpenLinkPage::contentSecurityPolicy()
{
    static const std::string policy = [] {
        const auto digest = crypto::sha256(kStyle);
        return "default-src 'none'; style-src 'sha256-" +
               crypto::base64Encode(digest.data(), digest.size()) +
               "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }();
    return policy;
}

} // namespace pli::server
