#pragma once

#include <QLoggingCategory>

// "pli.accounts": the list of accounts in the settings (unreadable entries, write failures).
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
