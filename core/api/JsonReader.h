#pragma once

#include "Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <limits>
#include <memory>
#include <optional>

namespace pli {

// Reads one JSON object of a server answer strictly: each accessor checks that the member is
// present (unless optional) and of the right type, and the first problem is kept, with the path
// of the member ("items[3].owner.email"), as a MalformedResponse error. Accessors return a
// neutral value after a failure, so a decoder reads every field and checks ok() once at the end.
// Members the reader is not asked about are ignored, as the contract says.
class JsonReader
{
public:
    // Fails at once when `value` is not an object.
    explicit JsonReader(const QJsonValue &value, const QString &path = QStringLiteral("$"));

    bool ok() const { return m_state->error.isEmpty(); }
    Error error() const;
    void fail(const QString &what);
    const QString &path() const { return m_path; }

    // A string member; `nonEmpty` also refuses "" (ids, e-mail addresses).
    QString string(QLatin1StringView key, bool nonEmpty = false);
    // Absent or null: `fallback`; any other non-string: failure.
    QString optionalString(QLatin1StringView key, const QString &fallback = {});
    bool boolean(QLatin1StringView key);
    std::optional<bool> optionalBoolean(QLatin1StringView key);
    // An integral number in [min, max] (never more than 2^53 in magnitude: JSON numbers are
    // doubles).
    qint64 integer(QLatin1StringView key, qint64 min = 0,
                   qint64 max = std::numeric_limits<int>::max());
    // A count: an integer in [0, INT_MAX].
    int count(QLatin1StringView key)
    {
        return int(integer(key, 0, std::numeric_limits<int>::max()));
    }
    // An RFC 3339 time with seconds and a zone ("2015-02-02T20:14:18Z"), returned in UTC.
    QDateTime time(QLatin1StringView key);
    std::optional<QDateTime> optionalTime(QLatin1StringView key);
    // A nested object, read by the returned reader (which shares this reader's error).
    JsonReader object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    // Absent or null: an empty array.
    QJsonArray optionalArray(QLatin1StringView key);
    // A reader for element `index` of an array read from this object's member `key`.
    JsonReader element(QLatin1StringView key, const QJsonArray &array, qsizetype index);
    // Reads every element of array member `key` with `readItem(JsonReader &) -> T`.
    template<class T, class F> QList<T> list(QLatin1StringView key, F readItem)
    {
        return listOf<T>(key, array(key), readItem);
    }
    template<class T, class F> QList<T> optionalList(QLatin1StringView key, F readItem)
    {
        return listOf<T>(key, optionalArray(key), readItem);
    }

    // The time format alone, for values that do not come from an object member.
    static std::optional<QDateTime> parseTime(const QString &text);

private:
    struct State
    {
        QString error;
    };
    JsonReader(const QJsonValue &value, QString path, std::shared_ptr<State> state);
    QJsonValue member(QLatin1StringView key, bool required);
    QString memberPath(QLatin1StringView key) const;
    template<class T, class F>
    QList<T> listOf(QLatin1StringView key, const QJsonArray &items, F readItem)
    {
        QList<T> out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            JsonReader item = element(key, items, i);
            T value = readItem(item);
            if (ok())
                out.append(std::move(value));
        }
        return ok() ? out : QList<T>();
    }

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<State> m_state;
};

// Parses an answer body; MalformedResponse (with the parser's reason: invalid UTF-8, nesting too
// deep, trailing garbage...) when it is not a JSON object or array.
Error parseJsonDocument(const QByteArray &body, QJsonDocument &out);

} // namespace pli
