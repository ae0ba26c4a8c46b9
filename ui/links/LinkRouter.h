#pragma once

#include "Error.h"
#include "links/Link.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace pli {
class ConversationLookup;
class SignedInAccounts;
} // namespace pli

namespace pli::ui {

// Where a link from an e-mail goes in the desktop client. Sign-in links (invitation, reset,
// unlock) go to the sign-in window. A conversation link goes to the workspace once the account
// that sees it is found (ConversationLookup); when no account of the link's server is signed
// in, a sign-in is asked for and the link waits for it. Links that arrive before the remembered
// accounts are restored wait for setReady(). Each signal is emitted once per link handled.
class LinkRouter : public QObject
{
    Q_OBJECT
public:
    explicit LinkRouter(SignedInAccounts *accounts, QObject *parent = nullptr);
    ~LinkRouter() override;

    // The remembered accounts are back (or none could be): waiting links are handled now.
    void setReady();
    // Handles the text of a link (problem() when it is not one).
    void open(const QString &text);
    // The sign-in asked for by signInNeeded() was given up: the waiting link is dropped.
    void signInAbandoned();

Q_SIGNALS:
    void signInLinkOpened(const pli::Link &link);
    // A conversation link needs a sign-in to `server` (empty: any server).
    void signInNeeded(const QUrl &server);
    void conversationFound(const QString &accountKey, const QString &personaId,
                           const QString &conversationId);
    void problem(const pli::Error &error);

private:
    void route(const Link &link);
    void continuePending();
    void onAccountAdded(const QString &accountKey);

    SignedInAccounts *m_accounts;
    bool m_ready = false;
    QList<Link> m_waiting; // arrived before setReady()
    Link m_pending;        // the conversation link being followed
    QPointer<ConversationLookup> m_lookup;
};

} // namespace pli::ui
