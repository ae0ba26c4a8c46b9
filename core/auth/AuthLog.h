#pragma once

#include <QLoggingCategory>

// "pli.auth": sign-in steps and state changes. Never a password, code, secret or token.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
