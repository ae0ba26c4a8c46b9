// pli: the desktop client. Wires pli-core to pli-ui: settings names, language, one instance per
// user session (a later `pli`, with or without a link, hands over to the running one and exits),
// the account store and keychain, then the windows (ui/ApplicationWindows decides which show).
#include "ApplicationWindows.h"
#include "accounts/AccountStore.h"
#include "i18n/Translations.h"
#include "instance/SingleInstance.h"
#include "keychain/CredentialStore.h"
#include "links/FileOpenLinks.h"
#include "links/LaunchArguments.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pli"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pli.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Pli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLI_VERSION));
    // The packaged desktop file's id: Wayland compositors match the window to it by this name, and
    // desktop notifications name Pli by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pli.Pli"));
}

// The chosen language (settings) or else the system's, before any text is shown.
void useLanguage(pli::Translations &translations)
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    translations.use(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
}

// The options, or the help and version texts (QCommandLineParser exits after printing them).
void processCommandLine(QCommandLineParser &parser, const QCoreApplication &app)
{
    pli::ui::LaunchArguments::describe(parser);
    parser.process(app);
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationNames();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // `pli --help` and `pli --version` answer on a machine without a display too.
    if (pli::ui::LaunchArguments::asksForTextOnly(arguments)) {
        QCoreApplication app(argc, argv);
        pli::Translations translations;
        useLanguage(translations);
        QCommandLineParser parser;
        processCommandLine(parser, app);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(pli::ui::Icons::icon(QStringLiteral("pli")));
    pli::Translations translations;
    useLanguage(translations);
    QCommandLineParser parser;
    processCommandLine(parser, app);

    // One Pli per user session: a later start hands its arguments (links) over and ends.
    pli::SingleInstance instance(pli::SingleInstance::defaultName());
    switch (instance.claim(QApplication::arguments().mid(1))) {
    case pli::SingleInstance::Role::HandedOver:
        return 0;
    case pli::SingleInstance::Role::Failed:
        if (instance.lastError().code() == pli::Error::Code::Timeout) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                             "main", "Pli is already running but does not answer.")));
            return 1;
        }
        break; // cannot listen: this Pli runs on its own
    case pli::SingleInstance::Role::First:
        break;
    }

    pli::AccountStore accounts;
    pli::CredentialStore credentials;
    pli::ui::ApplicationWindows windows(&accounts, &credentials, &translations);
    QObject::connect(&windows, &pli::ui::ApplicationWindows::quitRequested, &app,
                     &QApplication::quit, Qt::QueuedConnection);
    QObject::connect(&instance, &pli::SingleInstance::argumentsReceived, &windows,
                     &pli::ui::ApplicationWindows::handleArguments);
    pli::ui::FileOpenLinks fileOpenLinks;
    QObject::connect(&fileOpenLinks, &pli::ui::FileOpenLinks::linkOpened, &windows,
                     &pli::ui::ApplicationWindows::openLink);
    app.installEventFilter(&fileOpenLinks);
    QApplication::setQuitOnLastWindowClosed(true);
    windows.start(parser.value(QStringLiteral("server")));
    for (const QString &link : parser.positionalArguments())
        windows.openLink(link);
    return QApplication::exec();
}
