#pragma once

#include "notify/Notifier.h"

#include <QList>

namespace pli::test {

// A Notifier for tests: keeps what it was asked to show, and plays the person clicking one.
class RecordingNotifier : public pli::ui::Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;

    void show(const pli::ui::Notification &notification) override { shown.append(notification); }
    void click(qsizetype index) { Q_EMIT activated(shown.at(index)); }

    QList<pli::ui::Notification> shown;
};

} // namespace pli::test
