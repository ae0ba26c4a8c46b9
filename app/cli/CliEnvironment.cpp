#include "CliEnvironment.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

namespace pli::cli {

void CliEnvironment::setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pli"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pli.example"));
    QCoreApplication::setApplicationName(QStringLiteral("pli-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLI_VERSION));
}

QLocale CliEnvironment::messageLocale()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        QString value = qEnvironmentVariable(variable).trimmed();
        if (value.isEmpty())
            continue;
        // "fr_CA.UTF-8@euro" -> "fr_CA"
        value = value.section(u'.', 0, 0).section(u'@', 0, 0);
        if (value == QLatin1String("C") || value == QLatin1String("POSIX"))
            return QLocale(QLocale::English, QLocale::Canada);
        const QLocale locale(value);
        if (locale.language() != QLocale::C)
            return locale;
    }
    return QLocale::system();
}

void CliEnvironment::useLanguage(Translations &translations)
{
    translations.use(messageLocale());
}

void CliEnvironment::setVerbose(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("pli.*.debug=false")
                                             : QStringLiteral("pli.*=false"));
}

QString CliEnvironment::settingsPath()
{
    return QSettings().fileName();
}

} // namespace pli::cli
