#pragma once

#include "Command.h"
#include "api/Types.h"

namespace pli::cli {

// `pli-cli show CONVERSATION [--all]`: the conversation's header and its five newest messages
// (or all of them), oldest first, with their attachments.
class ShowCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
    // Shows one conversation (also for `pli-cli link` with a conversation link).
    ExitCode show(const QString &conversationId, bool all);

private:
    // The newest five messages, or every message with `all`, oldest first.
    Error fetchMessages(const QString &conversationId, bool all, MessagePage &result);
    void printText(const ConversationDetails &details, const MessagePage &page, bool all);
    void printMessage(const Message &message);
};

} // namespace pli::cli
