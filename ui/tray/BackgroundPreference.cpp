#include "BackgroundPreference.h"

#include <QSettings>

namespace pli::ui {

namespace {
const QString KeepRunningKey = QStringLiteral("background/keepRunning");
} // namespace

std::optional<bool> BackgroundPreference::keepRunning()
{
    const QVariant value = QSettings().value(KeepRunningKey);
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void BackgroundPreference::setKeepRunning(bool keepRunning)
{
    QSettings().setValue(KeepRunningKey, keepRunning);
}

void BackgroundPreference::reset()
{
    QSettings().remove(KeepRunningKey);
}

} // namespace pli::ui
