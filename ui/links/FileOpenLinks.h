#pragma once

#include <QObject>

namespace pli::ui {

// On macOS, a pli: link clicked elsewhere reaches the running application as a QFileOpenEvent
// (Info.plist's CFBundleURLTypes), not as an argument: installed on the application, this
// filter hands such links on through linkOpened(), once each, and lets other events through.
class FileOpenLinks : public QObject
{
    Q_OBJECT
public:
    explicit FileOpenLinks(QObject *parent = nullptr);

Q_SIGNALS:
    void linkOpened(const QString &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace pli::ui
