#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// POST /conversations/{id}/messages: replies with a body and finished uploads; message() is the
// stored message. ReadOnly when the conversation is read-only, TooLarge over 1 GiB of attachments.
class PostMessageJob : public JsonJob
{
    Q_OBJECT
public:
    PostMessageJob(ApiClient *api, const QString &conversationId, const QString &body,
                   const QStringList &uploadIds, QObject *parent = nullptr);
    Message message() const { return m_message; }

protected:
    Error parseResponse(const QJsonDocument &json) override;
    bool expectsBody() const override { return true; }

private:
    Message m_message;
};

} // namespace pli
