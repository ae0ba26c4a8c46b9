#include "LinksLog.h"

Q_LOGGING_CATEGORY(lcLinks, "pli.links", QtInfoMsg)
