#pragma once

#include <string>

namespace pli::server {

// devis_2015.xlsx, the quote attached to the guide's "Budget requests" conversation: a real,
// minimal Office Open XML workbook (one sheet of budget lines with formulas and a total) that
// spreadsheet programs open, sized like the guide's file (about 17.4 KB).
class DemoSpreadsheet
{
public:
    static constexpr const char *fileName = "devis_2015.xlsx";
    static constexpr const char *contentType =
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // The file's bytes; the same every time.
    static std::string bytes();

private:
    static std::string build(int lineCount, const std::string &terms);
    static std::string sheetXml(int lineCount, const std::string &terms);
};

} // namespace pli::server
