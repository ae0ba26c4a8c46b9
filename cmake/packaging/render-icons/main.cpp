// pli-render-icons SVG OUTDIR: renders the application icon into every file the packages need,
// at build time so that no PNG is kept in the repository beside its SVG:
//   OUTDIR/hicolor/<N>x<N>/apps/pli.png for the usual hicolor sizes (Linux), plus
//   OUTDIR/hicolor/scalable/apps/pli.svg (a copy);
//   OUTDIR/pli.ico (Windows) and OUTDIR/pli.icns (macOS), both holding PNG images, which
//   Windows (since Vista) and macOS (since 10.7) read at every size.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>

namespace {

const int kHicolorSizes[] = {16, 22, 24, 32, 48, 64, 128, 256, 512};
const int kIcoSizes[] = {16, 24, 32, 48, 64, 128, 256};
// icns element types holding PNG data, by pixel size (the @2x types share a size with others).
const std::pair<const char *, int> kIcnsTypes[] = {
    {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
    {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "pli-render-icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

template<typename T> void append(QByteArray &out, T value) // little endian (ICO)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

QByteArray ico(const std::map<int, QByteArray> &pngs)
{
    QByteArray header;
    append<quint16>(header, 0); // reserved
    append<quint16>(header, 1); // type: icon
    append<quint16>(header, quint16(pngs.size()));
    QByteArray images;
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (const auto &[size, png] : pngs) {
        header.append(char(size >= 256 ? 0 : size)); // 0 means 256
        header.append(char(size >= 256 ? 0 : size));
        header.append(char(0));      // no palette
        header.append(char(0));      // reserved
        append<quint16>(header, 1);  // colour planes
        append<quint16>(header, 32); // bits per pixel
        append<quint32>(header, quint32(png.size()));
        append<quint32>(header, offset);
        offset += quint32(png.size());
        images += png;
    }
    return header + images;
}

QByteArray icns(const std::map<int, QByteArray> &pngs)
{
    QByteArray elements;
    for (const auto &[type, size] : kIcnsTypes) {
        const QByteArray &png = pngs.at(size);
        elements += QByteArray(type, 4);
        const quint32 length = qToBigEndian(quint32(8 + png.size()));
        elements.append(reinterpret_cast<const char *>(&length), 4);
        elements += png;
    }
    const quint32 total = qToBigEndian(quint32(8 + elements.size()));
    return QByteArray("icns", 4) + QByteArray(reinterpret_cast<const char *>(&total), 4) + elements;
}

} // namespace

int main(int argc, char **argv)
{
    // No QGuiApplication: painting an SVG without text into a QImage needs no platform plugin,
    // so the tool runs on build machines without a display.
    if (argc != 3) {
        std::fprintf(stderr, "usage: pli-render-icons SVG OUTDIR\n");
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer svg(source);
    if (!svg.isValid()) {
        std::fprintf(stderr, "pli-render-icons: %s is not a valid SVG file\n", argv[1]);
        return 1;
    }
    std::map<int, QByteArray> pngs;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024})
        pngs[size] = renderPng(svg, size);

    bool ok = true;
    for (int size : kHicolorSizes)
        ok &= write(QStringLiteral("%1/hicolor/%2x%2/apps/pli.png").arg(out).arg(size), pngs[size]);
    QFile svgFile(source);
    ok &= svgFile.open(QIODevice::ReadOnly) &&
          write(out + QStringLiteral("/hicolor/scalable/apps/pli.svg"), svgFile.readAll());
    std::map<int, QByteArray> icoPngs;
    for (int size : kIcoSizes)
        icoPngs[size] = pngs[size];
    ok &= write(out + QStringLiteral("/pli.ico"), ico(icoPngs));
    ok &= write(out + QStringLiteral("/pli.icns"), icns(pngs));
    return ok ? 0 : 1;
}
