#pragma once

#include <QDialog>

class QStackedLayout;
class QTableView;

namespace pli {
class ActivityModel;
class ApiClient;
} // namespace pli

namespace pli::ui {

class StatePane;

// The portal's "Conversation activities" window: who created, opened, answered or downloaded
// what in one conversation and when, sortable by name, activity and date (click a header).
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(ApiClient *api, const QString &conversationId, const QString &title,
                   QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    ActivityModel *m_model;
    QTableView *m_table;
    StatePane *m_state;
    QStackedLayout *m_stack;
    QString m_title;
};

} // namespace pli::ui
