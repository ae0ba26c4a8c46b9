#pragma once

#include <QImage>
#include <QWidget>

namespace pli::ui {

// Shows a QR code (the otpauth:// URI of an authenticator enrolment). Each module is drawn as
// a whole number of device pixels, with the four-module quiet zone, black on white, so phone
// cameras read it at once whatever the window size.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setPayload(const QString &text);
    QString payload() const { return m_payload; }
    // Modules per side (without quiet zone), 0 when there is nothing to show.
    int moduleCount() const { return m_modules; }
    bool isDark(int x, int y) const;
    // The code at `moduleSize` pixels per module, quiet zone included.
    QImage image(int moduleSize) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int quietZone = 4;
    QString m_payload;
    int m_modules = 0;
    QVector<bool> m_dark; // row-major, m_modules * m_modules
};

} // namespace pli::ui
