#pragma once

#include <QString>

namespace pli {

// Turns a file name chosen by someone else (the server, another participant) into one that is
// safe to create on any desktop file system, and picks a destination that never replaces an
// existing file.
class SafeFileName
{
public:
    // Longest name we create, in UTF-8 bytes: common file systems cap a name at 255 bytes and
    // we keep room for the " (123)" suffix and the ".part" of a download in progress.
    static constexpr int maxBytes = 200;

    // A single path component: no separators, no "." or "..", no control characters, none of
    // the characters Windows forbids, no reserved device name (CON, NUL, COM1…), no trailing
    // dots or spaces, capped at maxBytes keeping the extension. Never empty.
    static QString sanitize(const QString &untrusted);

    // The first of "name.ext", "name (1).ext", "name (2).ext"… in directory that is free:
    // neither the file itself nor its ".part" (a download in progress) exists.
    static QString uniquePath(const QString &directory, const QString &safeName);
};

} // namespace pli
