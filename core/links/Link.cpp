#include "Link.h"

#include "accounts/Account.h"
#include "net/ApiClient.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace pli {

namespace {

const QString kScheme = QStringLiteral("pli");
const QString kOpen = QStringLiteral("open");

Error invalid(const char *reason)
{
    return Error(Error::Code::InvalidLink, QString::fromLatin1(reason));
}

// Tokens are base64url and ids letters, digits and "_": anything else was damaged on the way
// (a mail client's line wrapping, a character lost in copying).
bool isPlainWord(const QString &value, qsizetype maxLength)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.~-]+$"));
    return !value.isEmpty() && value.size() <= maxLength && word.match(value).hasMatch();
}

// Spaces, and the quotes or angle brackets a link is often wrapped in ("<pli://…>").
QString unwrapped(const QString &text)
{
    QString t = text.trimmed();
    for (const auto &[open, close] : {std::pair{u'<', u'>'}, {u'"', u'"'}, {u'\'', u'\''}}) {
        if (t.size() >= 2 && t.front() == open && t.back() == close)
            t = t.mid(1, t.size() - 2).trimmed();
    }
    return t;
}

// The one value of `key`, empty when absent; `error` set when given twice.
QString single(const QUrlQuery &query, const QString &key, Error &error)
{
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    if (values.size() > 1)
        error = invalid("repeated");
    return values.value(0);
}

// The server named by `server=`: a full address or "host[:port]" (https then), checked like
// any server address typed by a person.
QUrl serverParameter(const QString &value, Error &error)
{
    if (value.isEmpty())
        return {};
    const QUrl url = ApiClient::serverUrlFromUserInput(value);
    if (const Error bad = ApiClient::checkServerUrl(url)) {
        error = bad.code() == Error::Code::InsecureConnection ? bad : invalid("invalid_server");
        return {};
    }
    return Account::normalizedServer(url);
}

} // namespace

bool Link::looksLikeLink(const QString &argument)
{
    const QString t = unwrapped(argument);
    if (t.startsWith(kScheme + u':', Qt::CaseInsensitive))
        return true;
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return (scheme == u"https" || scheme == u"http") &&
           url.path().split(u'/', Qt::SkipEmptyParts).contains(kOpen);
}

Link Link::parse(const QString &text, Error *errorOut)
{
    Error error;
    Link link;
    const auto fail = [&](const Error &e) {
        if (errorOut)
            *errorOut = e;
        return Link();
    };
    const QString t = unwrapped(text);
    if (t.isEmpty() || t.size() > 4096)
        return fail(invalid("not_a_link"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty())
        return fail(invalid("not_a_link"));
    const QString scheme = url.scheme().toLower();
    const QUrlQuery query(url);
    const QString serverText = single(query, QStringLiteral("server"), error);
    // Split before decoding: an encoded "/" inside an id is damage, not another step.
    QStringList route = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : route)
        segment = QUrl::fromPercentEncoding(segment.toLatin1());

    if (scheme == kScheme) {
        // pli://auth/invitation: "auth" is the URL's host (lower-cased by QUrl).
        if (!url.host().isEmpty())
            route.prepend(url.host());
        link.m_server = serverParameter(serverText, error);
    } else if (scheme == u"https" || scheme == u"http") {
        const qsizetype open = route.indexOf(kOpen);
        if (open < 0 || url.host().isEmpty())
            return fail(invalid("not_a_link"));
        // The page's own address up to /open/ is the server.
        QUrl own = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        own.setPath(route.mid(0, open).isEmpty() ? QString()
                                                 : u'/' + route.mid(0, open).join(u'/'));
        route = route.mid(open + 1);
        if (const Error bad = ApiClient::checkServerUrl(own))
            return fail(bad.code() == Error::Code::InsecureConnection ? bad
                                                                      : invalid("invalid_server"));
        link.m_server = Account::normalizedServer(own);
        // A server= beside it must say the same (a page never sends to another server).
        if (!serverText.isEmpty() && serverParameter(serverText, error) != link.m_server && !error)
            error = invalid("invalid_server");
    } else {
        return fail(invalid("not_a_link"));
    }
    if (error)
        return fail(error);

    const QString first = route.value(0).toLower();
    const QString second = route.value(1);
    if (first == u"conversation" && route.size() <= 2) {
        if (second.isEmpty())
            return fail(invalid("missing_conversation"));
        if (!isPlainWord(second, 128))
            return fail(invalid("damaged"));
        link.m_kind = Kind::Conversation;
        link.m_conversationId = second;
        return link;
    }
    if (first != u"auth" || route.size() != 2)
        return fail(invalid("unknown_kind"));
    const QString kind = second.toLower();
    if (kind == u"invitation")
        link.m_kind = Kind::Invitation;
    else if (kind == u"password-reset")
        link.m_kind = Kind::PasswordReset;
    else if (kind == u"unlock")
        link.m_kind = Kind::Unlock;
    else
        return fail(invalid("unknown_kind"));
    link.m_token = single(query, QStringLiteral("token"), error).trimmed();
    if (error)
        return fail(error);
    if (link.m_token.isEmpty())
        return fail(invalid("missing_token"));
    if (!isPlainWord(link.m_token, 512))
        return fail(invalid("damaged"));
    return link;
}

bool Link::isSignInLink() const
{
    return m_kind == Kind::Invitation || m_kind == Kind::PasswordReset || m_kind == Kind::Unlock;
}

QUrl Link::serverFor(const QUrl &inUse) const
{
    return m_server.isEmpty() ? inUse : m_server;
}

Error Link::checkServer(const QUrl &inUse) const
{
    if (m_server.isEmpty() || inUse.isEmpty() || Account::normalizedServer(inUse) == m_server)
        return {};
    return Error(Error::Code::WrongServer, m_server.toString());
}

QString Link::redacted() const
{
    return form(false);
}

QString Link::toString() const
{
    return form(true);
}

QString Link::form(bool withToken) const
{
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QString path;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Invitation:
        path = QStringLiteral("auth/invitation");
        break;
    case Kind::PasswordReset:
        path = QStringLiteral("auth/password-reset");
        break;
    case Kind::Unlock:
        path = QStringLiteral("auth/unlock");
        break;
    case Kind::Conversation:
        path = QStringLiteral("conversation/") + encoded(m_conversationId);
        break;
    }
    QStringList query;
    if (withToken && isSignInLink())
        query << QStringLiteral("token=") + encoded(m_token);
    if (!m_server.isEmpty())
        query << QStringLiteral("server=") + encoded(m_server.toString());
    return kScheme + QStringLiteral("://") + path +
           (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
}

} // namespace pli
