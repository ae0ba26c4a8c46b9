#include "ConversationLookup.h"

#include "api/GetConversationJob.h"
#include "api/ListPersonasJob.h"
#include "net/ApiClient.h"

#include <QSet>

namespace pli {

ConversationLookup::ConversationLookup(QList<Candidate> candidates, QString conversationId,
                                       QObject *parent)
    : Job(parent)
    , m_candidates(std::move(candidates))
    , m_conversationId(std::move(conversationId))
{}

void ConversationLookup::doStart()
{
    askNext();
}

void ConversationLookup::askNext()
{
    while (m_next < m_candidates.size() && !m_candidates.at(m_next).api)
        ++m_next; // signed out meanwhile
    if (m_next >= m_candidates.size()) {
        const Error error = m_firstFailure ? m_firstFailure : Error(Error::Code::NotFound);
        if (m_asked)
            finishWithError(error);
        else
            failLater(error); // still inside start()
        return;
    }
    m_asked = true;
    const Candidate candidate = m_candidates.at(m_next++);
    ApiClient *api = candidate.api;
    auto *job = api->getConversation(m_conversationId);
    m_request = job;
    connect(job, &Job::finished, this, [this, job, api, key = candidate.accountKey] {
        const Error error = job->error();
        if (!error) {
            m_accountKey = key;
            m_details = job->details();
            findPersona(api);
            return;
        }
        // Another account may see it; a failure to ask is only told when none does.
        if (error.code() != Error::Code::NotFound && error.code() != Error::Code::Forbidden &&
            !m_firstFailure)
            m_firstFailure = error;
        askNext();
    });
}

void ConversationLookup::findPersona(ApiClient *api)
{
    auto *job = api->listPersonas();
    m_request = job;
    connect(job, &Job::finished, this, [this, job] {
        if (const Error error = job->error()) {
            finishWithError(error);
            return;
        }
        QSet<QString> members{m_details.owner.email.toLower()};
        for (const Party &party : std::as_const(m_details.participants))
            members.insert(party.email.toLower());
        const QList<Persona> personas = job->personas();
        for (const Persona &persona : personas) {
            if (members.contains(persona.email.toLower())) {
                m_personaId = persona.id;
                break;
            }
        }
        finishSuccess();
    });
}

void ConversationLookup::doCancel()
{
    if (m_request)
        m_request->cancel();
}

} // namespace pli
