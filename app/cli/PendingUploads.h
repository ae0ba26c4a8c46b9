#pragma once

#include <QFileInfo>
#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace pli::cli {

// The tus uploads of replies not posted yet, so that running the same `pli-cli reply` again
// after an interruption (even a kill) continues each file where the server stands instead of
// sending it again. One small JSON file (no secrets: an upload URL is useless without the
// account's token); an entry only matches the same account, conversation and unchanged file.
class PendingUploads
{
public:
    explicit PendingUploads(QString path = defaultPath());
    static QString defaultPath();

    QUrl find(const QString &account, const QString &conversation, const QFileInfo &file) const;
    void remember(const QString &account, const QString &conversation, const QFileInfo &file,
                  const QUrl &uploadUrl);
    // After the message is posted: its uploads are attachments now.
    void forget(const QString &account, const QString &conversation);

private:
    QJsonArray load() const;
    void save(const QJsonArray &entries) const;

    QString m_path;
};

} // namespace pli::cli
