#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace pli::ui {

// What `pli` is started with: --server URL and links from e-mails (pli:… or https://…/open/…),
// read the same way for the first process and for a later one whose arguments the running
// instance receives (SingleInstance).
class LaunchArguments
{
    Q_DECLARE_TR_FUNCTIONS(pli::ui::LaunchArguments)
public:
    // Describes the options and arguments (translated) to a parser, for --help.
    static void describe(QCommandLineParser &parser);
    // Whether only text is asked for (--help, --version): answered without a display.
    static bool asksForTextOnly(const QStringList &arguments);
    // `arguments` without the program name. Unknown options leave a reason in error().
    static LaunchArguments parse(const QStringList &arguments);

    QString server; // empty: the remembered one
    QStringList links;
    QString error;
};

} // namespace pli::ui
