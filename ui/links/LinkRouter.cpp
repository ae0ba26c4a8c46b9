#include "LinkRouter.h"

#include "LinksLog.h"
#include "accounts/SignedInAccounts.h"
#include "links/ConversationLookup.h"
#include "net/ApiClient.h"

namespace pli::ui {

LinkRouter::LinkRouter(SignedInAccounts *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    connect(m_accounts, &SignedInAccounts::accountAdded, this, &LinkRouter::onAccountAdded);
}

LinkRouter::~LinkRouter()
{
    if (m_lookup)
        m_lookup->cancel();
}

void LinkRouter::setReady()
{
    if (m_ready)
        return;
    m_ready = true;
    const QList<Link> waiting = std::exchange(m_waiting, {});
    for (const Link &link : waiting)
        route(link);
}

void LinkRouter::open(const QString &text)
{
    Error error;
    const Link link = Link::parse(text, &error);
    if (!link.isValid()) {
        qCInfo(lcLinks).noquote() << "refused a link:" << error.codeName() << error.detail();
        Q_EMIT problem(error);
        return;
    }
    qCInfo(lcLinks).noquote() << "opening" << link.redacted();
    if (!m_ready) {
        m_waiting.append(link);
        return;
    }
    route(link);
}

void LinkRouter::route(const Link &link)
{
    if (link.isSignInLink()) {
        Q_EMIT signInLinkOpened(link);
        return;
    }
    // A newer conversation link replaces one still waiting.
    if (m_lookup)
        m_lookup->cancel();
    m_pending = link;
    continuePending();
}

void LinkRouter::continuePending()
{
    QList<ConversationLookup::Candidate> candidates;
    for (const SignedInAccounts::Entry &entry : m_accounts->entries()) {
        if (!m_pending.checkServer(entry.account.server))
            candidates.append({entry.key(), entry.api});
    }
    if (candidates.isEmpty()) {
        Q_EMIT signInNeeded(m_pending.server());
        return;
    }
    auto *lookup = new ConversationLookup(candidates, m_pending.conversationId(), this);
    m_lookup = lookup;
    connect(lookup, &Job::finished, this, [this, lookup] {
        if (lookup != m_lookup)
            return; // replaced by a newer link
        m_lookup = nullptr;
        m_pending = Link();
        if (const Error error = lookup->error()) {
            if (error.code() != Error::Code::Cancelled)
                Q_EMIT problem(error);
            return;
        }
        Q_EMIT conversationFound(lookup->accountKey(), lookup->personaId(),
                                 lookup->conversationId());
    });
    lookup->start();
}

void LinkRouter::onAccountAdded(const QString &accountKey)
{
    if (!m_ready || !m_pending.isValid() || m_lookup)
        return;
    const SignedInAccounts::Entry *entry = m_accounts->find(accountKey);
    if (!entry)
        return;
    if (const Error wrong = m_pending.checkServer(entry->account.server)) {
        // Signed in elsewhere than the link's server: it cannot be opened with that account.
        m_pending = Link();
        Q_EMIT problem(wrong);
        return;
    }
    continuePending();
}

void LinkRouter::signInAbandoned()
{
    if (!m_lookup)
        m_pending = Link();
}

} // namespace pli::ui
