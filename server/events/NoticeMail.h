#pragma once

#include <string>

namespace pli::server {

class EmailLinks;

// The e-mail notice of a new message (or a new conversation, its first message) in the
// recipient's language: who wrote, the conversation's title, and the link that opens the
// conversation in Pli (both forms, see EmailLinks) — never the message itself.
struct NoticeMail
{
    std::string subject;
    std::string body;

    // `language` is "en" or "fr".
    static NoticeMail compose(const std::string &language, const EmailLinks &links,
                              const std::string &senderEmail, const std::string &title,
                              const std::string &conversationId, bool startsConversation);
};

} // namespace pli::server
