#pragma once

#include <QMetaType>
#include <QString>

namespace pli::ui {

// One desktop notification: what it says and where a click on it leads. Never holds a
// message's text: the screen may be shared.
struct Notification
{
    enum class Kind
    {
        Message,        // new messages or conversations
        TransferDone,   // a download or upload finished
        TransferFailed, // a download or upload failed
    };

    Kind kind = Kind::Message;
    QString summary; // the first line: "New message from Marie Unetelle"
    QString body;    // a conversation's title, a file's name
    // Where a click leads: the conversation when set, else the persona's list when set, else
    // (transfers) the Transfers panel or the main window.
    QString accountKey;
    QString personaId;
    QString conversationId;

    friend bool operator==(const Notification &, const Notification &) = default;
};

} // namespace pli::ui

Q_DECLARE_METATYPE(pli::ui::Notification)
