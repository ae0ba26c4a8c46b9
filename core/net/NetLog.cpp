#include "NetLog.h"

Q_LOGGING_CATEGORY(lcNet, "pli.net", QtWarningMsg)
