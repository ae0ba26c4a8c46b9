#include "JsonReader.h"

#include <QRegularExpression>

#include <cmath>

namespace pli {

namespace {

const char *typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "missing";
}

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

} // namespace

Error parseJsonDocument(const QByteArray &body, QJsonDocument &out)
{
    QJsonParseError parseError;
    out = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out = QJsonDocument();
        return Error(Error::Code::MalformedResponse, QStringLiteral("invalid JSON at offset %1: %2")
                                                         .arg(parseError.offset)
                                                         .arg(parseError.errorString()));
    }
    return {};
}

JsonReader::JsonReader(const QJsonValue &value, const QString &path)
    : JsonReader(value, path, std::make_shared<State>())
{}

JsonReader::JsonReader(const QJsonValue &value, QString path, std::shared_ptr<State> state)
    : m_path(std::move(path))
    , m_state(std::move(state))
{
    if (value.isObject())
        m_object = value.toObject();
    else
        fail(QStringLiteral("%1 is %2, not an object")
                 .arg(m_path, QLatin1StringView(typeName(value))));
}

Error JsonReader::error() const
{
    if (ok())
        return {};
    return Error(Error::Code::MalformedResponse, m_state->error);
}

void JsonReader::fail(const QString &what)
{
    if (ok())
        m_state->error = what;
}

QString JsonReader::memberPath(QLatin1StringView key) const
{
    return key.isEmpty() ? m_path : m_path + u'.' + key;
}

QJsonValue JsonReader::member(QLatin1StringView key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (required && (value.isUndefined() || value.isNull()))
        fail(QStringLiteral("%1 is missing").arg(memberPath(key)));
    return value;
}

QString JsonReader::string(QLatin1StringView key, bool nonEmpty)
{
    const QJsonValue value = member(key, true);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(QStringLiteral("%1 is %2, not a string")
                 .arg(memberPath(key), QLatin1StringView(typeName(value))));
        return {};
    }
    if (nonEmpty && value.toString().isEmpty()) {
        fail(QStringLiteral("%1 is empty").arg(memberPath(key)));
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(QLatin1StringView key, const QString &fallback)
{
    const QJsonValue value = member(key, false);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        fail(QStringLiteral("%1 is %2, not a string")
                 .arg(memberPath(key), QLatin1StringView(typeName(value))));
        return fallback;
    }
    return value.toString();
}

bool JsonReader::boolean(QLatin1StringView key)
{
    const QJsonValue value = member(key, true);
    if (!ok())
        return false;
    if (!value.isBool()) {
        fail(QStringLiteral("%1 is %2, not a boolean")
                 .arg(memberPath(key), QLatin1StringView(typeName(value))));
        return false;
    }
    return value.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(QLatin1StringView key)
{
    const QJsonValue value = member(key, false);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(QStringLiteral("%1 is %2, not a boolean")
                 .arg(memberPath(key), QLatin1StringView(typeName(value))));
        return std::nullopt;
    }
    return value.toBool();
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    const QJsonValue value = member(key, true);
    if (!ok())
        return min;
    if (!value.isDouble()) {
        fail(QStringLiteral("%1 is %2, not a number")
                 .arg(memberPath(key), QLatin1StringView(typeName(value))));
        return min;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) > maxExactInteger) {
        fail(QStringLiteral("%1 is not an integer").arg(memberPath(key)));
        return min;
    }
    const qint64 n = value.toInteger(qint64(d));
    if (n < min || n > max) {
        fail(QStringLiteral("%1 is out of range [%2, %3]").arg(memberPath(key)).arg(min).arg(max));
        return min;
    }
    return n;
}

std::optional<QDateTime> JsonReader::parseTime(const QString &text)
{
    static const QRegularExpression format(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    const QString upper = text.toUpper();
    if (text.size() > 40 || !format.match(upper).hasMatch())
        return std::nullopt;
    // Qt reads at most milliseconds: drop further fraction digits.
    QString normalized = upper;
    const qsizetype dot = normalized.indexOf(u'.');
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < normalized.size() && normalized.at(end).isDigit())
            ++end;
        normalized.remove(dot + 4, qMax<qsizetype>(0, end - (dot + 4)));
    }
    const QDateTime at = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

QDateTime JsonReader::time(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const std::optional<QDateTime> at = parseTime(text);
    if (!at) {
        fail(QStringLiteral("%1 is not an RFC 3339 time").arg(memberPath(key)));
        return {};
    }
    return *at;
}

std::optional<QDateTime> JsonReader::optionalTime(QLatin1StringView key)
{
    const QJsonValue value = member(key, false);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QDateTime at = time(key);
    if (!ok())
        return std::nullopt;
    return at;
}

JsonReader JsonReader::object(QLatin1StringView key)
{
    const QJsonValue value = member(key, true);
    if (!ok())
        return JsonReader(QJsonObject(), memberPath(key), m_state);
    return JsonReader(value, memberPath(key), m_state);
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    const QJsonValue value = member(key, true);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(QStringLiteral("%1 is %2, not an array")
                 .arg(memberPath(key), QLatin1StringView(typeName(value))));
        return {};
    }
    return value.toArray();
}

QJsonArray JsonReader::optionalArray(QLatin1StringView key)
{
    const QJsonValue value = member(key, false);
    if (value.isUndefined() || value.isNull())
        return {};
    return array(key);
}

JsonReader JsonReader::element(QLatin1StringView key, const QJsonArray &array, qsizetype index)
{
    return JsonReader(array.at(index), memberPath(key) + u'[' + QString::number(index) + u']',
                      m_state);
}

} // namespace pli
