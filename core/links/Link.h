#pragma once

#include "Error.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace pli {

// A link from a Pli e-mail, read once into a value: what it opens (an invitation, a password
// reset, an account unlock, a conversation), its token or conversation id, and the server it
// names. The forms:
//   pli://auth/invitation?token=T&server=S       pli://auth/password-reset?token=T&server=S
//   pli://auth/unlock?token=T&server=S           pli://conversation/ID?server=S
// and the same paths under https://HOST[/PREFIX]/open/… (for mail clients that drop custom
// schemes), whose server is https://HOST[/PREFIX] itself. `server=` may be missing (e-mails sent
// before links named their server): the link then applies to the account in use. Every refusal
// is an Error: InvalidLink, whose detail() says why in one word ("not_a_link", "unknown_kind",
// "missing_token", "missing_conversation", "damaged", "invalid_server", "repeated";
// Error::message() makes a sentence of it), or InsecureConnection for a plain http:// server away
// from this computer.
class Link
{
public:
    enum class Kind
    {
        None, // not a link (parse() failed)
        Invitation,
        PasswordReset,
        Unlock,
        Conversation,
    };

    Link() = default;

    // The link written in `text`, which may be surrounded by spaces, quotes or angle brackets
    // (as copied from an e-mail). On failure returns an invalid Link and sets `error`.
    static Link parse(const QString &text, Error *error = nullptr);
    // Whether a command-line argument is meant as a link (pli:… or an http(s) …/open/… address)
    // rather than an option or something else; says nothing about its validity.
    static bool looksLikeLink(const QString &argument);

    bool isValid() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    // Invitation, password reset or unlock: handled by the sign-in screens.
    bool isSignInLink() const;
    QString token() const { return m_token; }
    QString conversationId() const { return m_conversationId; }
    // Normalized (Account::normalizedServer); empty when the link names no server.
    QUrl server() const { return m_server; }

    // The server the link is for, for someone using `inUse` (the account in use, or the
    // address typed in the sign-in window): the link's own, or `inUse` when it names none.
    QUrl serverFor(const QUrl &inUse) const;
    // WrongServer when the link names a server and `inUse` is another one; none otherwise.
    Error checkServer(const QUrl &inUse) const;

    // The pli:// form, token included (never log it: see redacted()).
    QString toString() const;
    // For logs: the form without the token.
    QString redacted() const;

    friend bool operator==(const Link &, const Link &) = default;

private:
    QString form(bool withToken) const;

    Kind m_kind = Kind::None;
    QString m_token;
    QString m_conversationId;
    QUrl m_server;
};

} // namespace pli

Q_DECLARE_METATYPE(pli::Link)
