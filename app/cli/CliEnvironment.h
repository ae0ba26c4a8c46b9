#pragma once

#include <QLocale>
#include <QString>

namespace pli {
class Translations;
}

namespace pli::cli {

// What pli-cli takes from its environment before any command runs: the application names
// (hence where the settings live), the language of its messages, and how much the library logs.
class CliEnvironment
{
public:
    // Organisation "Pli", application "pli-cli": the account list is pli-cli's own file.
    static void setApplicationNames();
    // The language for messages, as POSIX chooses it: LC_ALL, then LC_MESSAGES, then LANG
    // ("fr_CA.UTF-8" -> French); "C", "POSIX" or nothing: the system's locale.
    static QLocale messageLocale();
    static void useLanguage(Translations &translations);
    // pli-core logs what it does on standard error; a command line shows it only with
    // --verbose (QT_LOGGING_RULES still overrides both).
    static void setVerbose(bool verbose);
    static QString settingsPath();
};

} // namespace pli::cli
