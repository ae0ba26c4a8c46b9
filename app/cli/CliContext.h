#pragma once

#include "CommandCatalog.h"
#include "CommandLine.h"
#include "Console.h"
#include "TerminalPrompt.h"

#include <QUrl>

#include <memory>

namespace pli {
class AccountStore;
class CredentialStore;
} // namespace pli

namespace pli::cli {

// What every command works with: the parsed command line, the console, the questions to the
// person, the list of accounts and the keychain.
class CliContext
{
public:
    CliContext(CommandLine line, CommandSpec spec);
    ~CliContext();

    const CommandLine &line() const { return m_line; }
    const CommandSpec &spec() const { return m_spec; }
    bool json() const { return m_line.isSet(QStringLiteral("json")); }
    Console &console() { return m_console; }
    TerminalPrompt &prompt() { return m_prompt; }
    AccountStore &accounts() { return *m_accounts; }
    CredentialStore &credentials() { return *m_credentials; }
    // The server named by the link of `pli-cli link`: the account is chosen on it.
    QUrl linkServer() const { return m_linkServer; }
    void setLinkServer(const QUrl &server) { m_linkServer = server; }

private:
    CommandLine m_line;
    CommandSpec m_spec;
    Console m_console;
    TerminalPrompt m_prompt;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    QUrl m_linkServer;
};

} // namespace pli::cli
