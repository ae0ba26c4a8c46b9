#include "CommandLine.h"

namespace pli::cli {

namespace {

const OptionSpec *findLong(const QList<OptionSpec> &known, const QString &name)
{
    for (const OptionSpec &spec : known) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShort(const QList<OptionSpec> &known, QChar name)
{
    for (const OptionSpec &spec : known) {
        if (!spec.shortName.isNull() && spec.shortName == name)
            return &spec;
    }
    return nullptr;
}

// Whether `word` is one of the known options: then it is not the value of the one before
// ("--server --user alice" lacks the server, it does not name a server "--user").
bool isKnownOption(const QList<OptionSpec> &known, const QString &word)
{
    if (word.startsWith(QLatin1String("--")))
        return word.size() > 2 && findLong(known, word.mid(2).section(u'=', 0, 0));
    return word.size() == 2 && word.at(0) == u'-' && findShort(known, word.at(1));
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, const QList<OptionSpec> &known)
{
    CommandLine line;
    QStringList positionals;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (optionsEnded || !word.startsWith(u'-') || word == QLatin1String("-")) {
            positionals.append(word);
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const OptionSpec *spec = nullptr;
        std::optional<QString> inlineValue;
        QString typed = word;
        if (word.startsWith(QLatin1String("--"))) {
            QString name = word.mid(2);
            if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
                inlineValue = name.mid(equals + 1);
                name.truncate(equals);
                typed = QStringLiteral("--") + name;
            }
            spec = findLong(known, name);
        } else if (word.size() == 2) {
            spec = findShort(known, word.at(1));
        }
        if (!spec) {
            line.m_error = tr("unknown option %1").arg(typed);
            return line;
        }
        QString value;
        if (spec->takesValue()) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size() && !isKnownOption(known, arguments.at(i + 1))) {
                value = arguments.at(++i);
            } else {
                //: %1 is an option such as --server, %2 what it needs, such as URL
                line.m_error = tr("the option %1 needs a value (%2)").arg(typed, spec->valueName);
                return line;
            }
        } else if (inlineValue) {
            line.m_error = tr("the option %1 takes no value").arg(typed);
            return line;
        }
        if (!spec->repeatable && line.m_values.contains(spec->name)) {
            line.m_error = tr("the option --%1 is given more than once").arg(spec->name);
            return line;
        }
        line.m_values[spec->name].append(value);
        line.m_order.append(spec->name);
    }
    if (!positionals.isEmpty())
        line.m_command = positionals.takeFirst();
    line.m_arguments = positionals;
    return line;
}

QString CommandLine::value(const QString &name) const
{
    const QStringList all = m_values.value(name);
    return all.isEmpty() ? QString() : all.last();
}

std::optional<QString> CommandLine::optionalValue(const QString &name) const
{
    if (!m_values.contains(name))
        return std::nullopt;
    return value(name);
}

} // namespace pli::cli
