#include "FileOpenLinks.h"

#include "links/Link.h"

#include <QFileOpenEvent>

namespace pli::ui {

FileOpenLinks::FileOpenLinks(QObject *parent)
    : QObject(parent)
{}

bool FileOpenLinks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        const QString text = url.toString(QUrl::FullyEncoded);
        if (Link::looksLikeLink(text)) {
            Q_EMIT linkOpened(text);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pli::ui
