#pragma once

#include <QNetworkRequest>

#include <functional>

namespace pli {

// Adds the credentials of an account to a request (the bearer token of the ApiClient). Transfers
// take this instead of the whole client so that they depend on nothing but QtNetwork.
using RequestAuthorizer = std::function<void(QNetworkRequest &)>;

} // namespace pli
