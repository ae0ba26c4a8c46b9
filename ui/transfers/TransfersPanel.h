#pragma once

#include <QPointer>
#include <QWidget>

class QConcatenateTablesProxyModel;
class QLabel;
class QListView;
class QPushButton;

namespace pli {
class TransferListModel;
} // namespace pli

namespace pli::ui {

class AccountTransfers;

// Every download and upload of every signed-in account, one row each with a progress bar,
// speed and time left; Pause, Resume, Cancel, Retry and Show in folder act on the selected
// one; transfers left unfinished by the last run are listed (paused) and can resume. summary()
// is the one line a status bar shows ("2 transfers running – 45 %").
class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersPanel(AccountTransfers *transfers, QWidget *parent = nullptr);

    QString summary() const;
    QListView *list() const { return m_list; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *showInFolderButton() const { return m_showInFolder; }
    QPushButton *clearButton() const { return m_clear; }
    void select(int row);

Q_SIGNALS:
    void summaryChanged(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshState();
    void addModel(TransferListModel *model);
    // The model and row behind the selected line.
    std::pair<TransferListModel *, int> current() const;
    void updateButtons();
    void updateSummary();
    void retranslate();

    QConcatenateTablesProxyModel *m_all;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_showInFolder;
    QPushButton *m_clear;
    QString m_summary;
};

} // namespace pli::ui
