#pragma once

#include <QLoggingCategory>

// "pli.keychain": what the system keychain answered (operation, error). Never a secret; keys
// (server address and username) are not secret but are left out too.
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
