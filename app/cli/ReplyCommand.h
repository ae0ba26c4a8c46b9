#pragma once

#include "Command.h"

#include <QFileInfo>

namespace pli::cli {

class PendingUploads;

// `pli-cli reply CONVERSATION --message TEXT [--attach FILE]...`: uploads each file with tus
// (pli::TusUpload, resumable across runs through PendingUploads), then posts the message. Size
// limits are checked before anything is sent.
class ReplyCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;

private:
    Error upload(const QString &conversation, const QFileInfo &file, qint64 otherBytes,
                 const QString &label, PendingUploads &pending, QString &uploadId);
    QString accountKey() const;
};

} // namespace pli::cli
