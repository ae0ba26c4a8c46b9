#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

namespace pli {

// Loads Pli's own translation and Qt's (standard dialogs) for a language, and swaps them when
// the user switches language in the running application. Installed translators emit
// QEvent::LanguageChange to every widget, which re-translates itself.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);

    // The languages Pli ships, as locales (English, French).
    static QList<QLocale> available();
    // The best shipped language for a locale (French for any fr_*, English otherwise).
    static QLocale bestFor(const QLocale &locale);

    // Installs the translators for `locale` (replacing previous ones) and makes it the default
    // QLocale, so that dates and numbers follow. Returns false if Pli's .qm could not be loaded.
    bool use(const QLocale &locale);
    QLocale current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QLocale &locale);

private:
    QTranslator *m_pli = nullptr;
    QTranslator *m_qt = nullptr;
    QLocale m_current;
};

} // namespace pli
