#include "ConversationPresentationModel.h"

#include "models/ConversationTableModel.h"
#include "widgets/Icons.h"
#include "widgets/PaletteColors.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace pli::ui {

using Model = pli::ConversationTableModel;

ConversationPresentationModel::ConversationPresentationModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QColor ConversationPresentationModel::readOnlyColor()
{
    // Derived from the palette in use (light, dark, high contrast), readable on the table's base.
    const QPalette palette = QApplication::palette();
    if (PaletteColors::isHighContrast(palette))
        return palette.color(QPalette::Text);
    const QColor red =
        PaletteColors::isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    return PaletteColors::readableOn(red, palette.color(QPalette::Base));
}

QVariant ConversationPresentationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    const bool isNew = QIdentityProxyModel::data(index, Model::IsNewRole).toBool();
    const bool readOnly = QIdentityProxyModel::data(index, Model::IsReadOnlyRole).toBool();
    const bool unread = QIdentityProxyModel::data(index, Model::UnreadRole).toBool();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Model::ModifiedColumn) {
            const QDateTime at =
                QIdentityProxyModel::data(index, Model::ModifiedAtRole).toDateTime().toLocalTime();
            //: Date format of the "Date modified" column (QDate format: the portal's
            //: "27 avr., 2017"); French: d MMM yyyy
            return QLocale().toString(at.date(), tr("MMM d, yyyy"));
        }
        if (column == Model::ActivityColumn)
            return tr("view");
        return QIdentityProxyModel::data(index, role);
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setBold(isNew);
        if (column == Model::ActivityColumn)
            font.setUnderline(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (readOnly)
            return readOnlyColor();
        if (column == Model::ActivityColumn)
            return QApplication::palette().color(QPalette::Link);
        return {};
    case Qt::DecorationRole:
        // States are never told by colour or weight alone: an icon says them too.
        if (column == Model::TitleColumn && unread)
            return Icons::icon(QStringLiteral("unread"));
        if (column == Model::OwnerColumn && readOnly)
            return Icons::icon(QStringLiteral("lock"));
        return {};
    case Qt::AccessibleTextRole:
        if (column == Model::CheckColumn) {
            //: Screen-reader name of a row's check box; %1 is the conversation's title
            return tr("Select “%1”")
                .arg(QIdentityProxyModel::data(index.siblingAtColumn(Model::TitleColumn),
                                               Qt::DisplayRole)
                         .toString());
        }
        if (column == Model::ActivityColumn)
            return tr("View the activity of this conversation");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QStringList tips;
        if (column == Model::OwnerColumn) {
            const QString name = QIdentityProxyModel::data(index, Model::OwnerNameRole).toString();
            const QString org =
                QIdentityProxyModel::data(index, Model::OwnerOrganizationRole).toString();
            QString who = QIdentityProxyModel::data(index, Model::OwnerEmailRole).toString();
            if (!name.isEmpty())
                who = name + QStringLiteral(" <") + who + QLatin1Char('>');
            if (!org.isEmpty())
                who += QStringLiteral(" – ") + org;
            tips << who;
        }
        if (column == Model::ModifiedColumn) {
            const QDateTime at =
                QIdentityProxyModel::data(index, Model::ModifiedAtRole).toDateTime().toLocalTime();
            tips << QLocale().toString(at, QLocale::LongFormat);
        }
        if (column == Model::ActivityColumn)
            tips << tr("Show who created, opened and answered this conversation, and when");
        if (column == Model::TitleColumn && unread)
            tips << tr("This conversation has a message you have not opened yet");
        if (column == Model::TitleColumn && isNew)
            tips << tr("New conversation: you have not opened it yet");
        if (readOnly)
            tips << tr("Read only: the collaborator's account is no longer active. You can read "
                       "the messages but not post new ones.");
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleDescriptionRole: {
        QStringList states;
        if (unread)
            states << tr("unread");
        if (isNew)
            states << tr("new");
        if (readOnly)
            states << tr("read only");
        return states.join(QStringLiteral(", "));
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QVariant ConversationPresentationModel::headerData(int section, Qt::Orientation orientation,
                                                   int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        QString text = QIdentityProxyModel::headerData(section, orientation, role).toString();
        // The portal writes its headers in capitals; a desktop table keeps them readable and
        // uses the header's own emphasis instead.
        if (section == Model::ModifiedColumn) {
            const auto *model = qobject_cast<const Model *>(sourceModel());
            const bool newestFirst = !model || model->query().order == SortOrder::Descending;
            text += newestFirst ? QStringLiteral(" ▼") : QStringLiteral(" ▲");
        }
        return text;
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole &&
        section == Model::ModifiedColumn) {
        const auto *model = qobject_cast<const Model *>(sourceModel());
        const bool newestFirst = !model || model->query().order == SortOrder::Descending;
        return newestFirst ? tr("Newest first; click to show the oldest first")
                           : tr("Oldest first; click to show the newest first");
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Model::CheckColumn)
        return tr("Select or clear every conversation of this page");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void ConversationPresentationModel::refreshTexts()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace pli::ui
