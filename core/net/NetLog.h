#pragma once

#include <QLoggingCategory>

// "pli.net": requests, answers, refreshes. Never a token, password or code: log paths, statuses
// and problem codes only. Warnings by default (the CLI's stderr stays clean); enable the rest
// with QT_LOGGING_RULES="pli.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)
