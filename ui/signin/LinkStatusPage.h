#pragma once

#include "SignInPage.h"

#include "links/Link.h"

class QLabel;
class QPushButton;

namespace pli::ui {

// What a link from an e-mail is doing while the server is asked ("Checking your invitation…",
// "Unlocking your account…"), and why it cannot be used when the server says so (expired,
// already used, for another server): the reason, what to do, and a way back.
class LinkStatusPage : public SignInPage
{
    Q_OBJECT
public:
    explicit LinkStatusPage(QWidget *parent = nullptr);

    // The server is being asked about a link of this kind.
    void showChecking(Link::Kind kind);
    // The link cannot be used: `error` says why (shown in the page, not in its error line);
    // what to do depends on the kind.
    void showProblem(Link::Kind kind, const Error &error);
    bool hasProblem() const { return m_problem.isError(); }
    Error problem() const { return m_problem; }

Q_SIGNALS:
    void backRequested();
    // "Send me a new link": the password-reset request page.
    void newResetLinkRequested();

protected:
    void retranslate() override;

private:
    QString advice() const;

    Link::Kind m_kind = Link::Kind::None;
    Error m_problem;
    QLabel *m_reason;
    QLabel *m_advice;
    QPushButton *m_newLink;
    QPushButton *m_back;
};

} // namespace pli::ui
