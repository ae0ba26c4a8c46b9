// pli-cli: Pli from the terminal, on pli-core alone (QtCore + QtNetwork), as proof that the
// library holds the whole client. `pli-cli --help` lists the commands and exit statuses.
#include "CliApplication.h"
#include "CliEnvironment.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    pli::cli::CliEnvironment::setApplicationNames();
    pli::Translations translations;
    pli::cli::CliEnvironment::useLanguage(translations);

    // Commands wait on their jobs in nested event loops: run them from the main loop so that
    // deferred deletions and queued signals behave as in any Qt program.
    int status = 0;
    QTimer::singleShot(0, &app, [&] {
        status = int(pli::cli::CliApplication::run(QCoreApplication::arguments().mid(1)));
        QCoreApplication::exit(status);
    });
    QCoreApplication::exec();
    return status;
}
