#include "DemoSpreadsheet.h"

#include "Concat.h"
#include "StoredZip.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace pli::server {

namespace {
constexpr std::size_t kTargetSize = 17818; // the guide shows "devis_2015.xlsx (17.4 KB)"

constexpr const char *kTerms =
    "Terms: prices in Canadian dollars, taxes not included. This quote is valid for sixty days "
    "from its date. Installation is scheduled within three weeks of the signed order, on "
    "business days, in agreement with the building manager. Cards and readers are covered by a "
    "two-year warranty; the licence renews every year unless cancelled thirty days before its "
    "end. Payment: thirty percent at the order, the balance on delivery, within thirty days of "
    "the invoice.";

constexpr const char *kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char *kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char *kRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char *kDocRel = "http://schemas.openxmlformats.org/officeDocument/2006/"
                                "relationships";

std::string textCell(std::string_view ref, std::string_view text, bool bold = false)
{
    return concat({"<c r=\"", ref, "\" t=\"inlineStr\"", bold ? " s=\"1\"" : "", "><is><t>", text,
                   "</t></is></c>"});
}

std::string money(long cents)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld.%02ld", cents / 100, cents % 100);
    return buffer;
}

std::string contentTypes()
{
    return concat({kXmlHead,
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" "
                   "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                   "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                   "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                   "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                   "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                   "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                   "</Types>"});
}

std::string packageRels()
{
    return concat({kXmlHead, "<Relationships xmlns=\"", kRelNs,
                   "\"><Relationship Id=\"rId1\" Type=\"", kDocRel,
                   "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
}

std::string workbook()
{
    return concat({kXmlHead, "<workbook xmlns=\"", kMainNs, "\" xmlns:r=\"", kDocRel,
                   "\"><sheets><sheet name=\"Devis 2015\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                   "</workbook>"});
}

std::string workbookRels()
{
    return concat(
        {kXmlHead, "<Relationships xmlns=\"", kRelNs, "\"><Relationship Id=\"rId1\" Type=\"",
         kDocRel,
         "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"",
         kDocRel, "/styles\" Target=\"styles.xml\"/></Relationships>"});
}

// Style 1: bold headings; style 2: amounts as #,##0.00 (built-in format 4).
std::string styles()
{
    return concat(
        {kXmlHead, "<styleSheet xmlns=\"", kMainNs,
         "\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
         "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
         "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
         "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
         "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
         "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
         "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\">"
         "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
         "applyFont=\"1\"/>"
         "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
         "applyNumberFormat=\"1\"/></cellXfs><cellStyles count=\"1\"><cellStyle "
         "name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"});
}
} // namespace

std::string DemoSpreadsheet::sheetXml(int lineCount, const std::string &terms)
{
    static const std::array<const char *, 8> items = {
        "Project management",       "Access card printer",     "Blank access cards (box of 500)",
        "Card reader, main door",   "Installation and wiring", "Staff training (half day)",
        "Software licence, 1 year", "Support and maintenance"};
    std::string xml = concat({kXmlHead, "<worksheet xmlns=\"", kMainNs,
                              "\"><cols><col min=\"1\" max=\"1\" width=\"10\" customWidth=\"1\"/>"
                              "<col min=\"2\" max=\"2\" width=\"36\" customWidth=\"1\"/>"
                              "<col min=\"3\" max=\"5\" width=\"14\" customWidth=\"1\"/></cols>"
                              "<sheetData><row r=\"1\">",
                              textCell("A1", "Line", true), textCell("B1", "Description", true),
                              textCell("C1", "Quantity", true), textCell("D1", "Unit price", true),
                              textCell("E1", "Amount", true), "</row>"});
    long totalCents = 0;
    for (int i = 0; i < lineCount; ++i) {
        const std::string r = std::to_string(i + 2);
        const long quantity = 1 + (i * 7) % 12;
        const long unitCents = 2500 + ((i * 3571) % 97) * 1250;
        totalCents += quantity * unitCents;
        char line[16];
        std::snprintf(line, sizeof line, "2015-%03d", i + 1);
        xml += concat({"<row r=\"",
                       r,
                       "\">",
                       textCell(concat({"A", r}), line),
                       textCell(concat({"B", r}), items[static_cast<size_t>(i) % items.size()]),
                       "<c r=\"C",
                       r,
                       "\"><v>",
                       std::to_string(quantity),
                       "</v></c><c r=\"D",
                       r,
                       "\" s=\"2\"><v>",
                       money(unitCents),
                       "</v></c><c r=\"E",
                       r,
                       "\" s=\"2\"><f>C",
                       r,
                       "*D",
                       r,
                       "</f><v>",
                       money(quantity * unitCents),
                       "</v></c></row>"});
    }
    const std::string t = std::to_string(lineCount + 2);
    xml += concat({"<row r=\"", t, "\">", textCell(concat({"D", t}), "Total", true), "<c r=\"E", t,
                   "\" s=\"2\"><f>SUM(E2:E", std::to_string(lineCount + 1), ")</f><v>",
                   money(totalCents), "</v></c></row>"});
    if (!terms.empty()) {
        const std::string n = std::to_string(lineCount + 4);
        xml += concat({"<row r=\"", n, "\">", textCell(concat({"A", n}), terms), "</row>"});
    }
    xml += "</sheetData></worksheet>";
    return xml;
}

std::string DemoSpreadsheet::build(int lineCount, const std::string &terms)
{
    StoredZip zip;
    zip.add("[Content_Types].xml", contentTypes());
    zip.add("_rels/.rels", packageRels());
    zip.add("xl/workbook.xml", workbook());
    zip.add("xl/_rels/workbook.xml.rels", workbookRels());
    zip.add("xl/styles.xml", styles());
    zip.add("xl/worksheets/sheet1.xml", sheetXml(lineCount, terms));
    return zip.bytes();
}

std::string DemoSpreadsheet::bytes()
{
    // The mix of budget lines and whole sentences of the terms that comes closest to the size
    // the guide shows without passing it.
    const std::string terms = kTerms;
    std::vector<std::string> sentences{std::string()};
    for (size_t end = terms.find(". "); end != std::string::npos; end = terms.find(". ", end + 1))
        sentences.push_back(terms.substr(0, end + 1));
    sentences.push_back(terms);
    int most = 1;
    while (build(most + 1, {}).size() <= kTargetSize)
        ++most;
    std::string best;
    for (int lines = most; lines >= std::max(1, most - 4); --lines)
        for (const auto &text : sentences) {
            std::string candidate = build(lines, text);
            if (candidate.size() <= kTargetSize && candidate.size() > best.size())
                best = std::move(candidate);
        }
    return best;
}

} // namespace pli::server
