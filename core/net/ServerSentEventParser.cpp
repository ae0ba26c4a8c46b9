#include "ServerSentEventParser.h"

namespace pli {

namespace {
constexpr char Cr = '\r';
constexpr char Lf = '\n';
} // namespace

ServerSentEventParser::ServerSentEventParser(qsizetype maxEventSize)
    : m_maxEventSize(maxEventSize)
{}

void ServerSentEventParser::restart()
{
    m_line.clear();
    m_afterCr = false;
    m_bomChecked = false;
    m_type.clear();
    m_data.clear();
    // Only a dispatched id counts: an `id:` of an event cut off by the drop was never seen.
    m_idBuffer = m_lastEventId;
    m_error = false;
}

QList<ServerSentEvent> ServerSentEventParser::feed(QByteArrayView bytes)
{
    QList<ServerSentEvent> events;
    qsizetype pos = 0;
    while (!m_error && pos < bytes.size()) {
        if (m_afterCr) {
            m_afterCr = false;
            if (bytes.at(pos) == Lf) { // the LF of a CRLF split across two reads
                ++pos;
                continue;
            }
        }
        qsizetype end = pos;
        while (end < bytes.size() && bytes.at(end) != Cr && bytes.at(end) != Lf)
            ++end;
        const QByteArrayView piece = bytes.sliced(pos, end - pos);
        if (m_line.size() + piece.size() > m_maxEventSize) {
            m_error = true;
            break;
        }
        if (end == bytes.size()) { // no line end yet: keep the start for the next read
            m_line.append(piece);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(piece, events);
        } else {
            m_line.append(piece);
            processLine(m_line, events);
            m_line.clear();
        }
        pos = end + 1;
        if (bytes.at(end) == Cr) {
            if (pos < bytes.size()) {
                if (bytes.at(pos) == Lf)
                    ++pos;
            } else {
                m_afterCr = true;
            }
        }
    }
    return events;
}

void ServerSentEventParser::processLine(QByteArrayView line, QList<ServerSentEvent> &events)
{
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxEventSize) {
            m_error = true;
            return;
        }
        m_data += QString::fromUtf8(value);
        m_data += QLatin1Char('\n');
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool digits = !value.isEmpty();
        for (const char c : value)
            digits = digits && c >= '0' && c <= '9';
        bool ok = false;
        const int ms = digits ? QByteArray(value.data(), value.size()).toInt(&ok) : 0;
        if (ok)
            m_retryMs = ms;
    }
    // Any other field is ignored, as the standard asks.
}

void ServerSentEventParser::dispatch(QList<ServerSentEvent> &events)
{
    m_lastEventId = m_idBuffer;
    if (m_data.isEmpty()) {
        m_type.clear();
        return;
    }
    m_data.chop(1); // the "\n" after the last data line
    events.append({m_type.isEmpty() ? QStringLiteral("message") : m_type, m_data, m_lastEventId});
    m_type.clear();
    m_data.clear();
}

} // namespace pli
