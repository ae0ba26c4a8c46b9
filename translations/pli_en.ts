<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pli::Error</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is incorrect. %n attempt(s) left.</source>
        <translation>
            <numerusform>The code is incorrect. %n attempt left.</numerusform>
            <numerusform>The code is incorrect. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::PasswordPolicy</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ServerTrust</name>
    <message numerus="yes">
        <source>it holds more than %n certificate(s)</source>
        <translation>
            <numerusform>it holds more than %n certificate</numerusform>
            <numerusform>it holds more than %n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::cli::CliSignIn</name>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s); type the last code you received.</source>
        <translation>
            <numerusform>A new code can be sent in %n second; type the last code you received.</numerusform>
            <numerusform>A new code can be sent in %n seconds; type the last code you received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::cli::DeleteCommand</name>
    <message numerus="yes">
        <source>%n conversation(s) removed from the list of %1.</source>
        <translation>
            <numerusform>%n conversation removed from the list of %1.</numerusform>
            <numerusform>%n conversations removed from the list of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::cli::ListCommand</name>
    <message numerus="yes">
        <source>Page %1 of %2, %n conversation(s) in all.</source>
        <extracomment>%1 and %2 are page numbers; %n the number of conversations</extracomment>
        <translation>
            <numerusform>Page %1 of %2, %n conversation in all.</numerusform>
            <numerusform>Page %1 of %2, %n conversations in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::cli::ReplyCommand</name>
    <message numerus="yes">
        <source>Message %1 posted with %n attachment(s).</source>
        <translation>
            <numerusform>Message %1 posted with %n attachment.</numerusform>
            <numerusform>Message %1 posted with %n attachments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::cli::ShowCommand</name>
    <message numerus="yes">
        <source>The %1 newest of %n messages (all of them with --all).</source>
        <translation>
            <numerusform>The %1 newest of %n message (all of them with --all).</numerusform>
            <numerusform>The %1 newest of %n messages (all of them with --all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::AddressBookView</name>
    <message numerus="yes">
        <source>Delete %n contact(s) from your address book?</source>
        <translation>
            <numerusform>Delete %n contact from your address book?</numerusform>
            <numerusform>Delete %n contacts from your address book?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n contact could not be deleted: %1</numerusform>
            <numerusform>%n contacts could not be deleted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted from your address book.</source>
        <translation>
            <numerusform>%n contact deleted from your address book.</numerusform>
            <numerusform>%n contacts deleted from your address book.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::BlockedPage</name>
    <message numerus="yes">
        <source>You can try again in %n minute(s).</source>
        <translation>
            <numerusform>You can try again in %n minute.</numerusform>
            <numerusform>You can try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::ContactForm</name>
    <message numerus="yes">
        <source>The name is too long: %n characters at most.</source>
        <translation>
            <numerusform>The name is too long: %n characters at most.</numerusform>
            <numerusform>The name is too long: %n characters at most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::ConversationListView</name>
    <message numerus="yes">
        <source>Delete %n conversation(s) from your list?</source>
        <translation>
            <numerusform>Delete %n conversation from your list?</numerusform>
            <numerusform>Delete %n conversations from your list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n conversation(s)</source>
        <translation>
            <numerusform>Delete %n conversation</numerusform>
            <numerusform>Delete %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::ConversationView</name>
    <message numerus="yes">
        <source>Showing %1 of %n message(s).</source>
        <extracomment>%1 is how many messages are shown, %n how many the conversation has in all.</extracomment>
        <translation>
            <numerusform>Showing %1 of %n message.</numerusform>
            <numerusform>Showing %1 of %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show next %n message(s)</source>
        <translation>
            <numerusform>Show the next message</numerusform>
            <numerusform>Show next %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n message(s)</source>
        <translation>
            <numerusform>Show the message</numerusform>
            <numerusform>Show all %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::MessageNotifications</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <extracomment>desktop notification for several messages at once, first part: &quot;5 new messages&quot;</extracomment>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n conversation(s)</source>
        <extracomment>desktop notification: %1 is &quot;5 new messages&quot;, then the number of conversations they arrived in</extracomment>
        <translation>
            <numerusform>%1 in %n conversation</numerusform>
            <numerusform>%1 in %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>desktop notification: after the first titles, how many conversations are not listed</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::PersonaSidebar</name>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>%n unread conversation</numerusform>
            <numerusform>%n unread conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::SecondFactorPage</name>
    <message numerus="yes">
        <source>You can ask for another code in %n second(s).</source>
        <extracomment>Shown under &quot;Send me a code by e-mail&quot; while another one cannot be asked for yet</extracomment>
        <translation>
            <numerusform>You can ask for another code in %n second.</numerusform>
            <numerusform>You can ask for another code in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::ThreadDocument</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::TransferDelegate</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::TransfersPanel</name>
    <message numerus="yes">
        <source>%n transfer(s) running</source>
        <translation>
            <numerusform>%n transfer running</numerusform>
            <numerusform>%n transfers running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::TrayStatus</name>
    <message numerus="yes">
        <source>Pli: %n unread conversation(s)</source>
        <translation>
            <numerusform>Pli: %n unread conversation</numerusform>
            <numerusform>Pli: %n unread conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
