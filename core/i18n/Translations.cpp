#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pli {

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

QList<QLocale> Translations::available()
{
    return {QLocale(QLocale::English, QLocale::Canada), QLocale(QLocale::French, QLocale::Canada)};
}

QLocale Translations::bestFor(const QLocale &locale)
{
    if (locale.language() == QLocale::French)
        return locale;
    if (locale.language() == QLocale::English)
        return locale;
    return QLocale(QLocale::English, QLocale::Canada);
}

bool Translations::use(const QLocale &requested)
{
    const QLocale locale = bestFor(requested);
    const QString language =
        locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    auto *pli = new QTranslator(this);
    const bool loaded = pli->load(QStringLiteral(":/i18n/pli_") + language);
    auto *qt = new QTranslator(this);
    const bool qtLoaded = qt->load(QStringLiteral("qtbase_") + language,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_pli) {
        QCoreApplication::removeTranslator(m_pli);
        m_pli->deleteLater();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        m_qt->deleteLater();
    }
    m_pli = pli;
    m_qt = qt;
    if (qtLoaded)
        QCoreApplication::installTranslator(m_qt);
    if (loaded)
        QCoreApplication::installTranslator(m_pli);
    QLocale::setDefault(locale);
    m_current = locale;
    Q_EMIT languageChanged(locale);
    return loaded;
}

} // namespace pli
