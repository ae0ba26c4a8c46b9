#pragma once

#include "Command.h"

#include <QUrl>

namespace pli {
class Link;
}

namespace pli::cli {

// `pli-cli link LINK`: what a link from a Pli e-mail is for, at the terminal. An invitation or a
// password reset: the server's rules, then the new password (NewPasswordPrompt), then a
// sign-in when --user is given; an unlock link unlocks the account; a conversation link shows
// the conversation as `pli-cli show` does. The server is the link's; --server or --account
// must then name the same one (a link without a server takes the account in use).
class LinkCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;

private:
    Error serverFor(const Link &link, QUrl &server);
    ExitCode unlock(const Link &link, ApiClient &api);
    ExitCode choosePassword(const Link &link, ApiClient &api);
    ExitCode passwordSet(const Link &link, const QString &password);
};

} // namespace pli::cli
