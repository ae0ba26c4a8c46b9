#include "transfers/SafeFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pli {

namespace {

bool isReservedWindowsName(const QString &name)
{
    // Windows resolves "CON.txt" and "con .tar.gz" to the console device too: compare the part
    // before the first dot, trimmed.
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9¹²³]|LPT[0-9¹²³])$"));
    return reserved.match(stem).hasMatch();
}

QString truncateUtf8(const QString &text, int maxBytes)
{
    QString out;
    int bytes = 0;
    for (int i = 0; i < text.size(); ++i) {
        // Keep surrogate pairs together so the result stays valid UTF-16.
        const int len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QString piece = text.mid(i, len);
        const int pieceBytes = int(piece.toUtf8().size());
        if (bytes + pieceBytes > maxBytes)
            break;
        out += piece;
        bytes += pieceBytes;
        i += len - 1;
    }
    return out;
}

} // namespace

QString SafeFileName::sanitize(const QString &untrusted)
{
    // Only the last component of anything that looks like a path, as browsers do:
    // "../../passwd" and "C:\\x\\passwd" both become "passwd".
    const QString last = untrusted.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1);
    QString name;
    name.reserve(last.size());
    for (const QChar c : last) {
        const char16_t u = c.unicode();
        const bool forbidden = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) ||
                               QStringLiteral("/\\:*?\"<>|").contains(c) ||
                               c.category() == QChar::Other_Format || u == 0xfffd;
        name += forbidden ? QChar(u'_') : c;
    }
    name = name.trimmed();
    // Leading dots would hide the file (and "." / ".." name directories); trailing dots and
    // spaces are silently dropped by Windows, which would change the name under our feet.
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("download");
    if (isReservedWindowsName(name))
        name.prepend(QLatin1Char('_'));

    if (name.toUtf8().size() > maxBytes) {
        const int dot = name.lastIndexOf(QLatin1Char('.'));
        QString ext = dot > 0 ? name.mid(dot) : QString();
        if (ext.toUtf8().size() > 16)
            ext.clear();
        const QString stem = dot > 0 && !ext.isEmpty() ? name.left(dot) : name;
        name = truncateUtf8(stem, maxBytes - int(ext.toUtf8().size())).trimmed() + ext;
    }
    return name;
}

QString SafeFileName::uniquePath(const QString &directory, const QString &safeName)
{
    const QDir dir(directory);
    const int dot = safeName.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? safeName.left(dot) : safeName;
    const QString ext = dot > 0 ? safeName.mid(dot) : QString();
    for (int n = 0;; ++n) {
        const QString candidate =
            n == 0 ? safeName : QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(ext);
        const QString path = dir.filePath(candidate);
        const QFileInfo file(path);
        const QFileInfo part(path + QStringLiteral(".part"));
        // A dangling symlink does not "exist" but would still be replaced by a rename.
        if (!file.exists() && !file.isSymLink() && !part.exists() && !part.isSymLink())
            return path;
    }
}

} // namespace pli
