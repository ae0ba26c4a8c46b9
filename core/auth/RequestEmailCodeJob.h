#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /auth/email-code: asks the server to e-mail a sign-in code for a second-factor challenge
// (202). RateLimited (with the wait) within 30 s of the previous code.
class RequestEmailCodeJob : public JsonJob
{
    Q_OBJECT
public:
    RequestEmailCodeJob(ApiClient *api, const QString &challenge, QObject *parent = nullptr);
};

} // namespace pli
