#include "transfers/TransferHeaders.h"

#include <QDateTime>
#include <QList>
#include <QLocale>

namespace pli::TransferHeaders {

namespace {

std::optional<qint64> parseNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    return text.toLongLong();
}

} // namespace

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (!v.startsWith("bytes "))
        return std::nullopt;
    const QByteArray rest = v.mid(6).trimmed();
    const int slash = rest.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const QByteArray range = rest.left(slash);
    const QByteArray total = rest.mid(slash + 1);
    ContentRange result;
    if (total != "*") {
        const auto n = parseNumber(total);
        if (!n)
            return std::nullopt;
        result.total = *n;
    }
    if (range == "*")
        return result.total >= 0 ? std::optional(result) : std::nullopt;
    const int dash = range.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const auto first = parseNumber(QByteArrayView(range).first(dash));
    const auto last = parseNumber(QByteArrayView(range).sliced(dash + 1));
    if (!first || !last || *last < *first || (result.total >= 0 && *last >= result.total))
        return std::nullopt;
    result.first = *first;
    result.last = *last;
    return result;
}

QByteArray sha256FromReprDigest(const QByteArray &value)
{
    for (const QByteArray &member : value.split(',')) {
        const QByteArray m = member.trimmed();
        const int eq = m.indexOf('=');
        if (eq < 0 || m.left(eq).trimmed().toLower() != "sha-256")
            continue;
        const QByteArray item = m.mid(eq + 1).trimmed();
        if (item.size() < 2 || !item.startsWith(':') || !item.endsWith(':'))
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(
            item.mid(1, item.size() - 2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return {};
        return decoded.decoded;
    }
    return {};
}

int retryAfterSeconds(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    if (const auto n = parseNumber(v))
        return int(qMin<qint64>(*n, 24 * 3600));
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v.left(25)),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc), qint64(24 * 3600)));
}

QByteArray rangeHeader(qint64 begin, qint64 end)
{
    return "bytes=" + QByteArray::number(begin) + '-' + QByteArray::number(end - 1);
}

} // namespace pli::TransferHeaders
