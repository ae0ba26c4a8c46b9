#include "AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "pli.auth", QtWarningMsg)
