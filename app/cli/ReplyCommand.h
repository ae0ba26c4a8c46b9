#pragma once

#include "Command.h"

#include <QFileInfo>

namespace pli::cli {

// `pli-cli reply CONVERSATION --message TEXT [--attach FILE]...`: sends the message with
// pli::MessageSubmission, the files uploaded one after the other (pli::QueuedUploader) and
// resumable across runs through PendingUploads. Size limits are checked before anything is sent.
class ReplyCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;

private:
    QString accountKey() const;
};

} // namespace pli::cli
