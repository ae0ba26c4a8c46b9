#include "transfers/TransferLog.h"

Q_LOGGING_CATEGORY(lcTransfer, "pli.transfer")
