#pragma once

#include "Command.h"
#include "api/Types.h"

namespace pli {
struct DownloadRequest;
}

namespace pli::cli {

// `pli-cli download ATTACHMENT [-o PATH]`: a verified, resumable download (pli::ChunkedDownload).
// Running the same command again after an interruption, even a kill, continues the part file
// left beside the destination instead of starting over.
class DownloadCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;

private:
    // Where the file goes: a folder (the server's name is used) or the file to create.
    Error destination(const Attachment &attachment, DownloadRequest &request) const;
    // The destination of an unfinished download of this attachment in `directory`, if any.
    static QString unfinishedTarget(const QString &directory, const QString &attachmentId);
    Error download(const DownloadRequest &request, QString &path);
};

} // namespace pli::cli
