#pragma once

#include <QLoggingCategory>

// "pli.transfer": downloads and uploads (chunks, retries, verification). URLs are logged without
// their query and never with an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
