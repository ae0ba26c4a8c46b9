#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace pli::ui {

// What every page of the sign-in window shares: a heading, an error line that screen readers
// announce, a busy indicator while a request is out, and live re-translation.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    // While busy the page's inputs are disabled (never a frozen window: the bar moves).
    virtual void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    void clearError();
    QString errorText() const;
    // A plain-coloured box under the heading for good news that stays while the person goes
    // on ("Account unlocked — sign in"); rich text allowed. Empty hides it.
    void showNotice(const QString &text);
    QString noticeText() const;
    QString heading() const;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
    void setHeading(const QString &text);
    // The page's own content goes here, between the heading and the error line.
    QVBoxLayout *body() const { return m_body; }
    // Inputs disabled while busy.
    QWidget *inputs() const { return m_inputs; }

private:
    QLabel *m_heading;
    QLabel *m_notice;
    QWidget *m_inputs;
    QVBoxLayout *m_body;
    QLabel *m_error;
    QProgressBar *m_busyBar;
    bool m_busy = false;
};

} // namespace pli::ui
