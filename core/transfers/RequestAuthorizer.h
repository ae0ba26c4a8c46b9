#pragma once

#include <QNetworkRequest>

#include <functional>

namespace pli {

// Adds what is the account's to a request: its bearer token and its trust in the server's
// certificate (ApiClient::authorize). Transfers take this instead of the whole client so that
// they depend on nothing but QtNetwork.
using RequestAuthorizer = std::function<void(QNetworkRequest &)>;

} // namespace pli
