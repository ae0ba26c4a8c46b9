#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace pli::ui {

// The colours Pli adds to the system's palette (errors, warnings, success, muted text, notices,
// message cards), derived from the palette in use so that light, dark and high-contrast themes
// all stay readable: every text colour returned reaches WCAG's 4.5:1 against the background it
// is meant for. States are never told by these colours alone: the widgets also say them in
// words or with an icon (and in their accessible description).
class PaletteColors
{
public:
    enum class Tone
    {
        Error,
        Warning,
        Success,
        Information
    };

    // WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
    static double luminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);

    // Dark: the window is darker than its text (Qt 6.4 has no colour-scheme hint, so this
    // follows whatever palette the system gave). High contrast: text reaches 15:1 on windows
    // and fields, drawn on one flat colour (Windows' and GNOME's high-contrast themes).
    static bool isDark(const QPalette &palette);
    static bool isHighContrast(const QPalette &palette);

    // `wanted`, moved towards black or white (whichever contrasts more with `background`) until
    // it reaches `ratio` against `background`.
    static QColor readableOn(const QColor &wanted, const QColor &background, double ratio = 4.5);

    // Text of `tone` on the palette's base (and window) colour.
    static QColor text(Tone tone, const QPalette &palette);
    // Secondary text (dates, hints) on the palette's base and window colours.
    static QColor mutedText(const QPalette &palette);
    // A boxed notice of `tone`: tinted background (the plain base in high contrast), a border,
    // and text readable on that background. `padding` goes into the rule as is ("8px 12px").
    static QString noticeStyleSheet(Tone tone, const QPalette &palette, const QString &padding);
    // "color: …;" for a label of `tone` (or muted) on the window colour.
    static QString textStyleSheet(Tone tone, const QPalette &palette);
    static QString mutedStyleSheet(const QPalette &palette);
    // The background of a message card: the participant's own ones tinted with the highlight.
    static QColor cardBackground(bool mine, const QPalette &palette);
    static QColor cardBorder(const QPalette &palette);

private:
    static QColor mix(const QColor &a, const QColor &b, double amountOfB);
    static QColor hue(Tone tone, bool dark);
};

} // namespace pli::ui
