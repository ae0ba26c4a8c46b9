#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pli::ui {

// What a list shows instead of rows: "Loading…", an empty list explained, or an error with
// "Try again". Views put it in a stacked layout next to themselves so that a window is never
// blank or frozen while the network works.
class StatePane : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Loading,
        Empty,
        Error
    };
    Q_ENUM(Kind)

    explicit StatePane(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void showEmpty(const QString &title, const QString &detail = {});
    void showError(const QString &title, const QString &detail);

    Kind kind() const { return m_kind; }
    QString title() const;
    QString detail() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    Kind m_kind = Kind::Empty;
};

} // namespace pli::ui
