// Issue 11, visible focus: the custom-painted delegates (the sidebar's personas, the transfers)
// draw the keyboard focus: an item painted with the focus differs from the same item without.
#include "transfers/TransferDelegate.h"
#include "workspace/SidebarDelegate.h"
#include "workspace/SidebarEntry.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <gtest/gtest.h>

using namespace pli::ui;

namespace {

QImage paintItem(const QStyledItemDelegate &delegate, QListView &view, const QModelIndex &index,
                 bool focused)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, 240, 48);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (focused)
        option.state |= QStyle::State_HasFocus;
    QImage image(240, 48, QImage::Format_ARGB32);
    image.fill(view.palette().color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

TEST(FocusIndicator, TheSidebarShowsWhichPersonaHasTheFocus)
{
    QStandardItemModel model;
    auto *item = new QStandardItem(QStringLiteral("tnuoccatset101@gmail.com"));
    item->setData(SidebarEntry::Persona, SidebarEntry::KindRole);
    item->setData(QStringLiteral("tnuoccatset101@gmail.com"), SidebarEntry::EmailRole);
    item->setData(3, SidebarEntry::UnreadRole);
    model.appendRow(item);
    QListView view;
    view.setModel(&model);
    SidebarDelegate delegate;
    EXPECT_NE(paintItem(delegate, view, model.index(0, 0), true),
              paintItem(delegate, view, model.index(0, 0), false));
}

TEST(FocusIndicator, TheTransfersListShowsWhichTransferHasTheFocus)
{
    QStandardItemModel model;
    model.appendRow(new QStandardItem(QStringLiteral("devis_2015.xlsx")));
    QListView view;
    view.setModel(&model);
    TransferDelegate delegate;
    EXPECT_NE(paintItem(delegate, view, model.index(0, 0), true),
              paintItem(delegate, view, model.index(0, 0), false));
}

} // namespace
