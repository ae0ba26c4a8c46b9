#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /me: the signed-in profile and its personas.
class GetMeJob : public JsonJob
{
    Q_OBJECT
public:
    explicit GetMeJob(ApiClient *api, QObject *parent = nullptr);
    Me me() const { return m_me; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    Me m_me;
};

} // namespace pli
