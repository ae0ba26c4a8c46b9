#pragma once

#include <QIdentityProxyModel>

namespace pli::ui {

// How the conversation list looks, on top of ConversationTableModel's typed roles: new
// conversations bold, read-only ones red with a tooltip, the unread bubble, "view" as a link,
// dates in the user's locale, and ▼/▲ on the date header for the current order.
class ConversationPresentationModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit ConversationPresentationModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Re-reads every row and header (the language changed).
    void refreshTexts();

    static QColor readOnlyColor();
};

} // namespace pli::ui
