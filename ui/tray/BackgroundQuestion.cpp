#include "BackgroundQuestion.h"

#include "BackgroundPreference.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace pli::ui {

bool BackgroundQuestion::keepRunningOnClose(bool trayAvailable, QWidget *window)
{
    if (!trayAvailable)
        return false;
    if (const auto decided = BackgroundPreference::keepRunning())
        return *decided;
    return ask(window);
}

bool BackgroundQuestion::ask(QWidget *window)
{
    QMessageBox question(QMessageBox::Question, tr("Keep Pli running?"),
                         tr("Keep Pli running in the background when you close its window?"),
                         QMessageBox::NoButton, window);
    question.setObjectName(QStringLiteral("backgroundQuestion"));
    question.setInformativeText(
        tr("Pli then stays in the notification area and tells you as soon as a message "
           "arrives. You can change this in Settings."));
    QPushButton *keep = question.addButton(tr("Keep running"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    QPushButton *quit = question.addButton(tr("Quit Pli"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitPli"));
    question.setDefaultButton(keep);
    auto *dontAskAgain = new QCheckBox(tr("Don't ask again"), &question);
    dontAskAgain->setObjectName(QStringLiteral("dontAskAgain"));
    dontAskAgain->setChecked(true);
    question.setCheckBox(dontAskAgain);
    question.exec();
    const bool keepRunning = question.clickedButton() == keep;
    if (dontAskAgain->isChecked())
        BackgroundPreference::setKeepRunning(keepRunning);
    return keepRunning;
}

} // namespace pli::ui
