#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace pli::ui {

// What a drop onto the compose pane brings, sorted: the local files to attach, and a clear
// sentence for each thing that cannot be attached (a folder, a web address), so that nothing
// dropped is silently ignored.
class DroppedFiles
{
    Q_DECLARE_TR_FUNCTIONS(pli::ui::DroppedFiles)
public:
    explicit DroppedFiles(const QList<QUrl> &urls);

    QStringList files() const { return m_files; }
    // Translated, one sentence per refused item; empty when everything can be attached.
    QString refusal() const { return m_refusals.join(QLatin1Char('\n')); }

    static QString folderRefusal(const QString &path);

private:
    QStringList m_files;
    QStringList m_refusals;
};

} // namespace pli::ui
