#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

namespace pli {

// Where a tus upload may send the account's bearer token: to the account's upload collection
// (the endpoint), which must be https or http to this computer, and to upload URLs on exactly
// the endpoint's origin (scheme, host and port) — whether the server answered it as a Location
// or an earlier run saved it. Anything else stops the upload before a request goes there.
class UploadOrigin
{
    Q_DECLARE_TR_FUNCTIONS(pli::UploadOrigin)
public:
    // Calls `done(error)` once, on `context`'s thread and never before returning: no error when
    // `endpoint` (and `uploadUrl` unless empty) may receive the token. An http "*.localhost"
    // endpoint is looked up first (LoopbackName).
    static void verify(const QUrl &endpoint, const QUrl &uploadUrl, QObject *context,
                       std::function<void(const Error &)> done);
    // InsecureConnection (with a translated detail) unless `url` is on the endpoint's origin.
    static Error checkUploadUrl(const QUrl &url, const QUrl &endpoint);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace pli
