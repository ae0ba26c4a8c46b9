// pli: the desktop client. Wires pli-core to pli-ui: settings names, language, the account
// store and keychain, then the windows (ui/ApplicationWindows decides which ones show).
#include "ApplicationWindows.h"
#include "accounts/AccountStore.h"
#include "i18n/Translations.h"
#include "keychain/CredentialStore.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pli"));
    QApplication::setOrganizationDomain(QStringLiteral("pli.example"));
    QApplication::setApplicationName(QStringLiteral("Pli"));
    QApplication::setApplicationVersion(QStringLiteral(PLI_VERSION));
    // Its .desktop file: how the desktop names Pli's windows and notifications.
    QApplication::setDesktopFileName(QStringLiteral("org.pli.Pli"));
    QApplication::setWindowIcon(pli::ui::Icons::icon(QStringLiteral("pli")));

    // The chosen language (settings) or else the system's, before any window exists.
    pli::Translations translations;
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    translations.use(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Pli: secure conversations and documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QApplication::translate("main", "Sign in to the server at <url>."), QStringLiteral("url"));
    parser.addOption(server);
    parser.process(app);

    pli::AccountStore accounts;
    pli::CredentialStore credentials;
    pli::ui::ApplicationWindows windows(&accounts, &credentials, &translations);
    QObject::connect(&windows, &pli::ui::ApplicationWindows::quitRequested, &app,
                     &QApplication::quit, Qt::QueuedConnection);
    QApplication::setQuitOnLastWindowClosed(true);
    windows.start(parser.value(server));
    return QApplication::exec();
}
