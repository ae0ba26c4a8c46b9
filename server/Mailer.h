#pragma once

#include <filesystem>
#include <mutex>
#include <string>

namespace pli::server {

// Delivers e-mail by writing each message as an .eml file into <data>/outbox and logging
// "mail to <address> written to <file>". Tests read the outbox to get codes and links.
class Mailer
{
public:
    explicit Mailer(std::filesystem::path outbox);
    virtual ~Mailer() = default;

    // Returns the path of the written file.
    virtual std::filesystem::path send(const std::string &to, const std::string &subject,
                                       const std::string &body);

    const std::filesystem::path &outbox() const { return m_outbox; }

private:
    std::filesystem::path m_outbox;
    std::mutex m_mutex;
    unsigned long m_counter = 0;
};

} // namespace pli::server
