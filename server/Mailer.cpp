#include "Mailer.h"

#include "Clock.h"
#include "Crypto.h"
#include "Log.h"
#include "PrivateFiles.h"

#include <fstream>
#include <stdexcept>

namespace pli::server {

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
            << "Subject: " << subject << "\r\n"
            << "Date: " << toHttpDate(nowSeconds()) << "\r\n"
            << "MIME-Version: 1.0\r\n"
            << "Content-Type: text/plain; charset=utf-8\r\n"
            << "\r\n"
            << body << "\r\n";
    }
    logLine("mail to " + to + " written to " + file.string());
    return file;
}

} // namespace pli::server
