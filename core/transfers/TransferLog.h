#pragma once

#include <QLoggingCategory>
#include <QUrl>

// "pli.transfer": downloads and uploads (chunks, retries, verification). URLs are logged without
// their query and never with an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)

namespace pli {
// A URL as the transfer log writes it: no query, no user info.
inline QString loggedUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}
} // namespace pli
