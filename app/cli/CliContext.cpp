#include "CliContext.h"

#include "accounts/AccountStore.h"
#include "keychain/CredentialStore.h"

namespace pli::cli {

CliContext::CliContext(CommandLine line, CommandSpec spec)
    : m_line(std::move(line))
    , m_spec(std::move(spec))
    , m_prompt(m_console, m_line.isSet(QStringLiteral("password-stdin")) ||
                              m_line.isSet(QStringLiteral("code-stdin")))
    , m_accounts(std::make_unique<AccountStore>())
    , m_credentials(std::make_unique<CredentialStore>())
{}

CliContext::~CliContext() = default;

} // namespace pli::cli
