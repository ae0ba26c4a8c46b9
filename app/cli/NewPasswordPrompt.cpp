#include "NewPasswordPrompt.h"

#include "CliContext.h"
#include "auth/Wipe.h"

namespace pli::cli {

NewPasswordPrompt::NewPasswordPrompt(CliContext &context, PasswordPolicy policy, QString username)
    : m_context(context)
    , m_policy(std::move(policy))
    , m_username(std::move(username))
{}

NewPasswordPrompt::~NewPasswordPrompt() = default;

void NewPasswordPrompt::showRules(const QString &intro)
{
    m_context.console().note(intro);
    for (const QString &rule : m_policy.rules())
        m_context.console().note(QStringLiteral("  - ") + m_policy.ruleText(rule));
}

Error NewPasswordPrompt::ask(const QString &question, QString &answer)
{
    const auto typed = m_context.prompt().ask(question, TerminalPrompt::Echo::Hidden);
    if (!typed)
        return Error(Error::Code::PasswordPolicy, tr("the new password is missing"));
    answer = *typed;
    return {};
}

Error NewPasswordPrompt::read(QString &password)
{
    Console &console = m_context.console();
    if (!m_context.prompt().canAsk())
        return Error(Error::Code::PasswordPolicy,
                     tr("a new password is needed: run the command at a terminal, or give it "
                        "twice on standard input with --password-stdin"));
    constexpr int attempts = 3;
    QStringList unmet;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        QString first;
        QString second;
        if (Error e = ask(tr("New password: "), first))
            return e;
        if (Error e = ask(tr("New password again: "), second)) {
            wipe(first);
            return e;
        }
        const bool same = first == second;
        wipe(second);
        if (!same) {
            wipe(first);
            console.note(tr("The two passwords differ."));
            unmet.clear();
            continue;
        }
        unmet = m_policy.unmetRules(first, m_username);
        if (!unmet.isEmpty()) {
            wipe(first);
            console.note(tr("The new password does not follow these rules:"));
            for (const QString &rule : std::as_const(unmet))
                console.note(QStringLiteral("  - ") + m_policy.ruleText(rule));
            continue;
        }
        password = first;
        wipe(first);
        return {};
    }
    if (unmet.isEmpty())
        return Error(Error::Code::InvalidInput, tr("the new passwords differ"));
    return m_policy.refusal(unmet);
}

} // namespace pli::cli
