#pragma once

#include <QLoggingCategory>

// Links from e-mails in the desktop client: which kind arrived, where it went (never a token).
Q_DECLARE_LOGGING_CATEGORY(lcLinks)
