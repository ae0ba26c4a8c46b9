#include "KeychainLog.h"

Q_LOGGING_CATEGORY(lcKeychain, "pli.keychain", QtInfoMsg)
