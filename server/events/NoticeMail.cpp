#include "NoticeMail.h"

#include "EmailLinks.h"

namespace pli::server {

NoticeMail NoticeMail::compose(const std::string &language, const EmailLinks &links,
                               const std::string &senderEmail, const std::string &title,
                               const std::string &conversationId, bool startsConversation)
{
    const EmailLink link = links.conversation(conversationId);
    if (language == "fr") {
        // The participant guide's words: "Vous avez reçu un nouveau message", "Accéder au
        // message".
        return {senderEmail + " vous a envoyé un message sécurisé dans Pli : " + title,
                "Vous avez reçu un nouveau message.\r\n\r\n" + senderEmail +
                    (startsConversation ? " a lancé avec vous la conversation « "
                                        : " vous a envoyé un message sécurisé dans la "
                                          "conversation « ") +
                    title + " ».\r\n\r\nAccéder au message dans Pli :\r\n\r\n  " + link.app +
                    "\r\n\r\nSi votre logiciel de courriel ne l’ouvre pas, utilisez plutôt ce "
                    "lien :\r\n\r\n  " +
                    link.web +
                    "\r\n\r\nPour votre sécurité, cet avis ne contient pas le message.\r\n"};
    }
    return {senderEmail + " sent you a secure message in Pli: " + title,
            "You have received a new message.\r\n\r\n" + senderEmail +
                (startsConversation ? " started the conversation \""
                                    : " sent you a secure message in the conversation \"") +
                title + "\".\r\n\r\nOpen the message in Pli:\r\n\r\n  " + link.app +
                "\r\n\r\nIf your mail program does not open it, use this link instead:\r\n\r\n  " +
                link.web +
                "\r\n\r\nFor your security, this notice does not contain the message.\r\n"};
}

} // namespace pli::server
