#pragma once

#include <string>
#include <string_view>

namespace pli::server {

// The e-mail address rules the API applies to personas, contacts and participants: a pragmatic
// subset of RFC 5321 (one '@', a dotted domain, no spaces or control characters, at most 254
// characters) that refuses what cannot be delivered without pretending to validate mailboxes.
bool isValidEmailAddress(std::string_view address);

// Leading and trailing white space removed (addresses are compared case-insensitively by the
// database, so the case is kept as typed).
std::string trimmed(std::string_view text);

// ASCII letters lowered (usernames and addresses are compared case-insensitively).
std::string lowered(std::string_view text);

// Number of Unicode code points of a valid UTF-8 string (JSON strings are valid UTF-8).
std::size_t characterCount(std::string_view utf8);

// True when the text holds a control character (CR/LF would let a title forge mail headers).
bool hasControlCharacter(std::string_view text);

} // namespace pli::server
