#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pli {

namespace {

bool hasChar(const QString &password, bool (*test)(char32_t))
{
    const QList<uint> codePoints = password.toUcs4();
    for (uint c : codePoints) {
        if (test(char32_t(c)))
            return true;
    }
    return false;
}

// The same character classes as pli-server's policy, so that the client never refuses a
// password the server would take (nor the reverse).
bool isUpper(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}
bool isLower(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}
bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}
bool isSymbol(char32_t c)
{
    if (c < 0x80)
        return c > 0x20 && c < 0x7F && !isDigit(c) && !isUpper(c) && !isLower(c);
    return (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x2BFF);
}
bool isDigitOrSymbol(char32_t c)
{
    return isDigit(c) || isSymbol(c);
}

// The character-class rules the client can check itself; others are left to the server.
using ClassTest = bool (*)(char32_t);
ClassTest classTest(const QString &rule)
{
    if (rule == u"upper")
        return isUpper;
    if (rule == u"lower")
        return isLower;
    if (rule == u"digit")
        return isDigit;
    if (rule == u"symbol")
        return isSymbol;
    if (rule == u"digit_or_symbol")
        return isDigitOrSymbol;
    return nullptr;
}

int lengthOf(const QString &password)
{
    return int(password.toUcs4().size());
}

} // namespace

PasswordPolicy::PasswordPolicy(int minLength, int maxLength, QStringList required)
    : m_minLength(qMax(0, minLength))
    , m_maxLength(qMax(0, maxLength))
    , m_required(std::move(required))
{}

PasswordPolicy PasswordPolicy::fromProblem(const QJsonObject &problem)
{
    const QJsonObject policy = problem.value(QLatin1StringView("policy")).toObject();
    const auto number = [&](QLatin1StringView key) {
        const double d = policy.value(key).toDouble(0);
        return d >= 0 && d <= 4096 ? int(d) : 0;
    };
    QStringList required;
    for (const QJsonValue &v : policy.value(QLatin1StringView("require")).toArray()) {
        if (v.isString() && v.toString().size() <= 64 && required.size() < 16)
            required.append(v.toString());
    }
    return PasswordPolicy(number(QLatin1StringView("min_length")),
                          number(QLatin1StringView("max_length")), required);
}

QJsonObject PasswordPolicy::toJson() const
{
    return QJsonObject{{QStringLiteral("min_length"), m_minLength},
                       {QStringLiteral("max_length"), m_maxLength},
                       {QStringLiteral("require"), QJsonArray::fromStringList(m_required)}};
}

QStringList PasswordPolicy::rules() const
{
    QStringList out;
    if (m_minLength > 0)
        out.append(QStringLiteral("min_length"));
    if (m_maxLength > 0)
        out.append(QStringLiteral("max_length"));
    out.append(m_required);
    return out;
}

QStringList PasswordPolicy::unmetRules(const QString &password, const QString &username) const
{
    QStringList unmet;
    const int length = lengthOf(password);
    if (m_minLength > 0 && length < m_minLength)
        unmet.append(QStringLiteral("min_length"));
    if (m_maxLength > 0 && length > m_maxLength)
        unmet.append(QStringLiteral("max_length"));
    for (const QString &rule : m_required) {
        const ClassTest test = classTest(rule);
        if (test && !hasChar(password, test))
            unmet.append(rule);
    }
    // The server also refuses a password containing the username (compared case-blind).
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        unmet.append(QStringLiteral("not_username"));
    return unmet;
}

Error PasswordPolicy::refusal(const QStringList &unmet) const
{
    return Error(Error::Code::PasswordPolicy)
        .setUnmetRules(unmet)
        .setProblem(QJsonObject{{QStringLiteral("policy"), toJson()}});
}

QString PasswordPolicy::ruleText(const QString &rule) const
{
    if (rule == u"min_length") {
        if (m_minLength > 0)
            return tr("at least %n character(s)", nullptr, m_minLength);
        return tr("a longer password");
    }
    if (rule == u"max_length") {
        if (m_maxLength > 0)
            return tr("at most %n character(s)", nullptr, m_maxLength);
        return tr("a shorter password");
    }
    if (rule == u"upper")
        return tr("an upper-case letter");
    if (rule == u"lower")
        return tr("a lower-case letter");
    if (rule == u"digit")
        return tr("a digit");
    if (rule == u"symbol")
        return tr("a symbol");
    if (rule == u"digit_or_symbol")
        return tr("a digit or a symbol");
    if (rule == u"not_username")
        return tr("not to contain your username");
    if (rule == u"not_current")
        return tr("to differ from the current password");
    //: %1 is a rule name the server sent that Pli does not know
    return tr("the server's rule \"%1\"").arg(rule);
}

} // namespace pli
