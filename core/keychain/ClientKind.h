#pragma once

#include <QList>
#include <QString>

namespace pli {

// Which Pli program a sign-in belongs to. The desktop client and pli-cli each keep their own
// sign-in to an account, with their own refresh token (the server rotates a token at every use
// and ends the whole sign-in when a spent one comes back: one token shared by two programs
// would sooner or later sign both out). Each also keeps its own list of accounts, in settings
// named after the program (AccountStore).
enum class ClientKind
{
    Desktop,
    Cli,
};

// Every kind, the desktop first.
QList<ClientKind> allClientKinds();
// "desktop" or "cli": part of the keychain key, and what `pli-cli accounts --json` prints.
QString clientKindId(ClientKind client);
// The application name the program's settings are filed under (organisation "Pli"): "Pli"
// for the desktop, "pli-cli" for the terminal.
QString clientApplicationName(ClientKind client);

} // namespace pli
