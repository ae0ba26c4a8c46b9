#include "Mailer.h"

#include "Clock.h"
#include "Crypto.h"
#include "Log.h"
#include "PrivateFiles.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace pli::server {

namespace {
// RFC 2047: a header with non-ASCII text travels as encoded words of at most 75 characters
// (45 bytes of text each, never cutting a UTF-8 sequence), on folded lines.
std::string headerText(const std::string &text)
{
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return text;
    std::string out;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = std::min(text.size(), start + 45);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
        out += (out.empty() ? "" : "\r\n ") + std::string("=?UTF-8?B?") +
               crypto::base64Encode(std::string_view(text).substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}
} // namespace

Mailer::Mailer(std::filesystem::path outbox)
    : m_outbox(std::move(outbox))
{
    createPrivateFolder(m_outbox);
}

std::filesystem::path Mailer::send(const std::string &to, const std::string &subject,
                                   const std::string &body)
{
    std::filesystem::path file;
    {
        std::lock_guard guard(m_mutex);
        file = m_outbox / (std::to_string(nowSeconds()) + "-" + std::to_string(++m_counter) + "-" +
                           crypto::randomId("") + ".eml");
    }
    if (!createPrivateFile(file))
        throw std::runtime_error("cannot write the mail " + file.filename().string());
    {
        std::ofstream out(file, std::ios::binary);
        out << "From: Pli <no-reply@pli.invalid>\r\n"
            << "To: " << to << "\r\n"
            << "Subject: " << headerText(subject) << "\r\n"
            << "Date: " << toHttpDate(nowSeconds()) << "\r\n"
            << "MIME-Version: 1.0\r\n"
            << "Content-Type: text/plain; charset=utf-8\r\n"
            << "Content-Transfer-Encoding: 8bit\r\n"
            << "\r\n"
            << body << "\r\n";
    }
    logLine("mail to " + to + " written to " + file.string());
    return file;
}

} // namespace pli::server
