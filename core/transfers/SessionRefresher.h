#pragma once

#include <functional>

namespace pli {

class ApiClient;

// Asks the owner of the credentials to renew the access token after a transfer met a 401, and
// calls `done(true)` once the RequestAuthorizer gives the new token (`done(false)` when the
// session could not be renewed). `done` is called at most once.
using SessionRefresher = std::function<void(std::function<void(bool refreshed)> done)>;

// The refresher of an account: ApiClient::refreshSession (one refresh shared by every job
// and transfer that met a 401), answered by sessionRefreshed / sessionRefreshFailed. When `api`
// is gone (the account signed out), the refresh fails.
SessionRefresher refreshThrough(ApiClient *api);

} // namespace pli
