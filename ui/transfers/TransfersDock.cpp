#include "TransfersDock.h"

#include "TransfersPanel.h"
#include "widgets/Icons.h"

#include <QEvent>
#include <QToolButton>

namespace pli::ui {

TransfersDock::TransfersDock(AccountTransfers *transfers, QWidget *parent)
    : QDockWidget(parent)
    , m_panel(new TransfersPanel(transfers))
    , m_status(new QToolButton)
{
    setObjectName(QStringLiteral("transfersDock"));
    setWidget(m_panel);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_status->setObjectName(QStringLiteral("transfersStatus"));
    m_status->setAutoRaise(true);
    m_status->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_status->setIcon(Icons::icon(QStringLiteral("download")));
    connect(m_status, &QToolButton::clicked, this, [this] { setVisible(!isVisible()); });
    connect(m_panel, &TransfersPanel::summaryChanged, this, &TransfersDock::retranslate);
    retranslate();
}

void TransfersDock::retranslate()
{
    setWindowTitle(tr("Transfers"));
    const QString summary = m_panel->summary();
    m_status->setText(summary.isEmpty() ? tr("Transfers") : summary);
    m_status->setToolTip(tr("Show or hide the downloads and uploads"));
}

void TransfersDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace pli::ui
