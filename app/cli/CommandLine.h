#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pli::cli {

// One option a command accepts: a flag (no valueName) or an option with a value, which may be
// given several times when repeatable.
struct OptionSpec
{
    QString name;      // long name without the dashes
    QChar shortName;   // null when none
    QString valueName; // empty: a flag
    bool repeatable = false;
    QString help; // translated
    bool takesValue() const { return !valueName.isEmpty(); }
};

// The words typed after `pli-cli`, split into the command, its arguments and its options.
// Options may come before or after the command; "--" ends the options; "--name=value" and
// "--name value" are the same; short options take their value in the next word.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::CommandLine)
public:
    // Splits `arguments` (without the program name) knowing every option any command accepts;
    // an unknown option or a missing value leaves a translated reason in error().
    static CommandLine parse(const QStringList &arguments, const QList<OptionSpec> &known);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString command() const { return m_command; }
    QStringList arguments() const { return m_arguments; }
    // The options given, by long name, in the order typed.
    QStringList optionNames() const { return m_order; }

    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The last value given (options given twice keep the last one), empty when not set.
    QString value(const QString &name) const;
    std::optional<QString> optionalValue(const QString &name) const;
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QString m_error;
    QString m_command;
    QStringList m_arguments;
    QStringList m_order;
    QHash<QString, QStringList> m_values;
};

} // namespace pli::cli
