#pragma once

#include "Job.h"
#include "api/Types.h"

#include <QList>
#include <QPointer>

namespace pli {

class ApiClient;

// Which signed-in account sees a conversation, and through which of its personas: what opening
// the link of a notification e-mail needs. Asks each candidate account in turn
// (GET /conversations/{id}) until one sees the conversation, then that account's personas
// (GET /personas) for the one that is a member. Fails with NotFound when no candidate sees it,
// or with the first other error met when one could not be asked (a network failure).
class ConversationLookup : public Job
{
    Q_OBJECT
public:
    struct Candidate
    {
        QString accountKey;
        QPointer<ApiClient> api;
    };

    ConversationLookup(QList<Candidate> candidates, QString conversationId,
                       QObject *parent = nullptr);

    QString conversationId() const { return m_conversationId; }
    // After success: the account, the persona (empty when none of the account's personas is
    // among the members, e.g. one removed since) and the conversation.
    QString accountKey() const { return m_accountKey; }
    QString personaId() const { return m_personaId; }
    ConversationDetails details() const { return m_details; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void askNext();
    void findPersona(ApiClient *api);

    QList<Candidate> m_candidates;
    QString m_conversationId;
    qsizetype m_next = 0;
    bool m_asked = false;
    Error m_firstFailure;
    QPointer<Job> m_request;
    QString m_accountKey;
    QString m_personaId;
    ConversationDetails m_details;
};

} // namespace pli
