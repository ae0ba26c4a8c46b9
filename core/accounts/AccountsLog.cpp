#include "AccountsLog.h"

Q_LOGGING_CATEGORY(lcAccounts, "pli.accounts", QtInfoMsg)
