#include "PaletteColors.h"

#include <QPalette>

#include <cmath>

namespace pli::ui {

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

constexpr double kTextRatio = 4.5;

} // namespace

double PaletteColors::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double PaletteColors::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool PaletteColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) <
           luminance(palette.color(QPalette::WindowText));
}

bool PaletteColors::isHighContrast(const QPalette &palette)
{
    // Ordinary light themes reach 15:1 too (black on white): a high-contrast theme also draws
    // windows and fields on one flat colour, where others set fields off from the window.
    return palette.color(QPalette::Window) == palette.color(QPalette::Base) &&
           contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 15.0 &&
           contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >=
               15.0;
}

QColor PaletteColors::mix(const QColor &a, const QColor &b, double amountOfB)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * amountOfB),
                            float(x.greenF() + (y.greenF() - x.greenF()) * amountOfB),
                            float(x.blueF() + (y.blueF() - x.blueF()) * amountOfB));
}

QColor PaletteColors::readableOn(const QColor &wanted, const QColor &background, double ratio)
{
    const QColor extreme =
        contrastRatio(Qt::black, background) > contrastRatio(Qt::white, background)
            ? QColor(Qt::black)
            : QColor(Qt::white);
    QColor out = wanted;
    for (int step = 1; step <= 20 && contrastRatio(out, background) < ratio; ++step)
        out = mix(wanted, extreme, step / 20.0);
    return out;
}

QColor PaletteColors::hue(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xd1, 0x80) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Success:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Information:
        return dark ? QColor(0x9e, 0xc5, 0xf0) : QColor(0x2d, 0x4f, 0x7c);
    }
    return {};
}

QColor PaletteColors::text(Tone tone, const QPalette &palette)
{
    if (isHighContrast(palette))
        return palette.color(QPalette::WindowText);
    // Readable on both, since labels sit on the window and views on the base.
    const QColor onBase = readableOn(hue(tone, isDark(palette)), palette.color(QPalette::Base));
    return readableOn(onBase, palette.color(QPalette::Window));
}

QColor PaletteColors::mutedText(const QPalette &palette)
{
    if (isHighContrast(palette))
        return palette.color(QPalette::WindowText);
    const QColor muted =
        mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
    // Dates sit on message cards too, the participant's own ones tinted.
    QColor out = muted;
    for (const QColor &background : {palette.color(QPalette::Window), palette.color(QPalette::Base),
                                     cardBackground(true, palette)})
        out = readableOn(out, background);
    return out;
}

QString PaletteColors::noticeStyleSheet(Tone tone, const QPalette &palette, const QString &padding)
{
    const QColor base = palette.color(QPalette::Base);
    const bool high = isHighContrast(palette);
    const QColor accent = hue(tone, isDark(palette));
    const QColor background = high ? base : mix(base, accent, 0.12);
    const QColor border = high ? palette.color(QPalette::Text) : mix(base, accent, 0.45);
    const QColor foreground = high ? palette.color(QPalette::Text) : readableOn(accent, background);
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                          "border-radius: 4px; padding: %4; }")
        .arg(foreground.name(), background.name(), border.name(), padding);
}

QString PaletteColors::textStyleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}

QString PaletteColors::mutedStyleSheet(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(mutedText(palette).name());
}

QColor PaletteColors::cardBackground(bool mine, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (isHighContrast(palette) || !mine)
        return base;
    return mix(base, palette.color(QPalette::Highlight), 0.08);
}

QColor PaletteColors::cardBorder(const QPalette &palette)
{
    if (isHighContrast(palette))
        return palette.color(QPalette::Text);
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.2);
}

} // namespace pli::ui
