#pragma once

#include "SignInPage.h"

class QLabel;
class QPushButton;
class QTimer;

namespace pli::ui {

// Sign-in cannot go on for now: the account is locked (what to do: the unlock e-mail, the
// password reset, support) or this computer sent too many attempts (when to try again, with
// a countdown that re-enables "Try again").
class BlockedPage : public SignInPage
{
    Q_OBJECT
public:
    enum class Reason
    {
        Locked,
        RateLimited
    };
    Q_ENUM(Reason)

    explicit BlockedPage(QWidget *parent = nullptr);

    void showLocked();
    // `seconds` < 0: the server did not say; a minute is suggested.
    void showRateLimited(int seconds);
    Reason reason() const { return m_reason; }
    int secondsLeft() const { return m_seconds; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *resetButton() const { return m_reset; }

Q_SIGNALS:
    void backRequested();
    void resetRequested();

protected:
    void retranslate() override;

private:
    void tick();

    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_wait;
    QPushButton *m_reset;
    QPushButton *m_back;
    QTimer *m_timer;
    Reason m_reason = Reason::Locked;
    int m_seconds = 0;
};

} // namespace pli::ui
