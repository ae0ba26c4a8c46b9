#include "QrCodeWidget.h"

#include <QPainter>
#include <qrcodegen/qrcodegen.hpp>

namespace pli::ui {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    //: Accessible name of the QR code picture on the authenticator set-up page
    setAccessibleName(tr("QR code for your authenticator app"));
}

void QrCodeWidget::setPayload(const QString &text)
{
    m_payload = text;
    m_modules = 0;
    m_dark.clear();
    if (!text.isEmpty()) {
        // Medium error correction: the URI stays small enough for a low version, and a
        // slightly blurred phone picture still reads.
        const auto code = qrcodegen::QrCode::encodeText(text.toUtf8().constData(),
                                                        qrcodegen::QrCode::Ecc::MEDIUM);
        m_modules = code.getSize();
        m_dark.resize(m_modules * m_modules);
        for (int y = 0; y < m_modules; ++y)
            for (int x = 0; x < m_modules; ++x)
                m_dark[y * m_modules + x] = code.getModule(x, y);
    }
    updateGeometry();
    update();
}

bool QrCodeWidget::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_modules || y >= m_modules)
        return false;
    return m_dark[y * m_modules + x];
}

QImage QrCodeWidget::image(int moduleSize) const
{
    const int side = (m_modules + 2 * quietZone) * moduleSize;
    QImage out(side, side, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    for (int y = 0; y < m_modules; ++y)
        for (int x = 0; x < m_modules; ++x)
            if (isDark(x, y))
                painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize,
                                 moduleSize, moduleSize, Qt::black);
    return out;
}

QSize QrCodeWidget::sizeHint() const
{
    // About 5 pixels a module: a typical otpauth URI gives a 200-pixel square.
    const int side = (qMax(m_modules, 21) + 2 * quietZone) * 5;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (qMax(m_modules, 21) + 2 * quietZone) * 3;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_modules == 0)
        return;
    // Whole device pixels per module: no anti-aliased module edges.
    const qreal dpr = devicePixelRatioF();
    const int available = qRound(qMin(width(), height()) * dpr);
    const int moduleSize = qMax(1, available / (m_modules + 2 * quietZone));
    const QImage code = image(moduleSize);
    const qreal logicalSide = code.width() / dpr;
    const QPointF origin((width() - logicalSide) / 2, (height() - logicalSide) / 2);
    QImage scaled = code;
    scaled.setDevicePixelRatio(dpr);
    painter.drawImage(origin, scaled);
}

} // namespace pli::ui
