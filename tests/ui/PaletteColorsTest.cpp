// Issue 11: Pli's own colours follow the palette in use (light, dark, high contrast) and every
// text colour reaches WCAG's 4.5:1 against the background it is drawn on.
#include "widgets/PaletteColors.h"
#include "workspace/ConversationPresentationModel.h"

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <gtest/gtest.h>

using namespace pli::ui;
using Tone = PaletteColors::Tone;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette highContrastPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, Qt::black);
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, Qt::black);
    palette.setColor(QPalette::ButtonText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    return palette;
}

struct Named
{
    const char *name;
    QPalette palette;
};

std::vector<Named> palettes()
{
    return {{"light (the style's own)", QApplication::style()->standardPalette()},
            {"dark", darkPalette()},
            {"high contrast", highContrastPalette()}};
}

// The colour and background of a notice's style sheet.
std::pair<QColor, QColor> noticeColors(const QString &sheet)
{
    const auto match = QRegularExpression(QStringLiteral("color: (#[0-9a-f]{6}); background: "
                                                         "(#[0-9a-f]{6})"))
                           .match(sheet);
    EXPECT_TRUE(match.hasMatch()) << sheet.toStdString();
    return {QColor(match.captured(1)), QColor(match.captured(2))};
}

TEST(PaletteColors, ContrastRatioFollowsWcag)
{
    EXPECT_NEAR(PaletteColors::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(PaletteColors::contrastRatio(Qt::white, Qt::white), 1.0, 0.01);
    // WebAIM's example: #767676 on white is the lightest grey that passes 4.5:1.
    EXPECT_NEAR(PaletteColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(PaletteColors, TellsDarkAndHighContrastPalettesFromTheirColours)
{
    EXPECT_FALSE(PaletteColors::isDark(QApplication::style()->standardPalette()));
    EXPECT_FALSE(PaletteColors::isHighContrast(QApplication::style()->standardPalette()));
    EXPECT_TRUE(PaletteColors::isDark(darkPalette()));
    EXPECT_FALSE(PaletteColors::isHighContrast(darkPalette()));
    EXPECT_TRUE(PaletteColors::isDark(highContrastPalette()));
    EXPECT_TRUE(PaletteColors::isHighContrast(highContrastPalette()));
}

TEST(PaletteColors, EveryTextColourIsReadableOnItsBackgroundInEveryPalette)
{
    for (const Named &named : palettes()) {
        SCOPED_TRACE(named.name);
        const QPalette &p = named.palette;
        const QColor window = p.color(QPalette::Window);
        const QColor base = p.color(QPalette::Base);
        for (const Tone tone : {Tone::Error, Tone::Warning, Tone::Success, Tone::Information}) {
            SCOPED_TRACE(int(tone));
            EXPECT_GE(PaletteColors::contrastRatio(PaletteColors::text(tone, p), window), 4.5);
            EXPECT_GE(PaletteColors::contrastRatio(PaletteColors::text(tone, p), base), 4.5);
            const auto [text, background] =
                noticeColors(PaletteColors::noticeStyleSheet(tone, p, QStringLiteral("6px")));
            EXPECT_GE(PaletteColors::contrastRatio(text, background), 4.5);
        }
        const QColor muted = PaletteColors::mutedText(p);
        EXPECT_GE(PaletteColors::contrastRatio(muted, window), 4.5);
        EXPECT_GE(PaletteColors::contrastRatio(muted, base), 4.5);
        for (const bool mine : {true, false}) {
            const QColor card = PaletteColors::cardBackground(mine, p);
            EXPECT_GE(PaletteColors::contrastRatio(p.color(QPalette::Text), card), 4.5);
            EXPECT_GE(PaletteColors::contrastRatio(muted, card), 4.5);
        }
    }
}

TEST(PaletteColors, ReadOnlyRowsStayRedAndReadableInEveryPalette)
{
    const QPalette before = QApplication::palette();
    for (const Named &named : palettes()) {
        SCOPED_TRACE(named.name);
        QApplication::setPalette(named.palette);
        const QColor red = ConversationPresentationModel::readOnlyColor();
        EXPECT_GE(PaletteColors::contrastRatio(red, named.palette.color(QPalette::Base)), 4.5);
        if (!PaletteColors::isHighContrast(named.palette)) {
            EXPECT_GT(red.redF(), red.greenF() + 0.2) << "still red";
        }
    }
    QApplication::setPalette(before);
}

TEST(PaletteColors, ReadableOnKeepsAColourThatAlreadyPasses)
{
    EXPECT_EQ(PaletteColors::readableOn(QColor(0xb3, 0x26, 0x1e), Qt::white),
              QColor(0xb3, 0x26, 0x1e));
    const QColor fixed = PaletteColors::readableOn(QColor(0x9e, 0x9e, 0x9e), Qt::white);
    EXPECT_GE(PaletteColors::contrastRatio(fixed, Qt::white), 4.5);
}

} // namespace
