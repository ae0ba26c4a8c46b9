#include "transfers/DownloadDigest.h"

#include "transfers/TransferLog.h"

#include <QFileInfo>

namespace pli {

void DownloadDigest::reset(const QByteArray &fromApi)
{
    m_value = fromApi;
    m_source = fromApi.isEmpty() ? Source::None : Source::Api;
    m_vouched = !fromApi.isEmpty();
}

bool DownloadDigest::claim(const QByteArray &fromJournal)
{
    if (fromJournal.isEmpty())
        return true; // nothing claimed: the server's word alone decides
    if (m_source == Source::Api && fromJournal != m_value)
        return false;
    m_value = fromJournal;
    m_source = Source::Journal;
    return true;
}

bool DownloadDigest::heard(const QByteArray &fromServer)
{
    if (fromServer.isEmpty())
        return true;
    const bool bound = m_source == Source::Journal || m_source == Source::Answer;
    if (bound && fromServer != m_value)
        return false;
    m_value = fromServer;
    m_source = Source::Answer;
    m_vouched = true;
    return true;
}

Error DownloadDigest::check(const QByteArray &actual, bool required, const QString &path) const
{
    const QByteArray wanted = expected();
    if (wanted.isEmpty())
        return required ? Error(Error::Code::Integrity,
                                tr("The server did not say what the file should contain (no "
                                   "digest); it was not kept."))
                        : Error();
    if (actual == wanted)
        return {};
    qCWarning(lcTransfer) << "SHA-256 mismatch for" << path << "expected" << wanted.toHex() << "got"
                          << actual.toHex();
    return Error(Error::Code::Integrity,
                 tr("%1 arrived damaged and was deleted.").arg(QFileInfo(path).fileName()));
}

} // namespace pli
