#pragma once

#include <string>
#include <string_view>

namespace pli::server {

// Folds text for searching, so that "reunion" finds "Réunion" and "ELEVE" finds "élève".
// Self-contained (no ICU), for the Latin script: ASCII letters lose their case; the Latin
// letters of U+00C0–U+024F and U+1E00–U+1EFF become their unaccented lowercase ASCII base
// ("É" → "e", "ş" → "s", "ß" → "ss", "Œ" → "oe", "Ø" → "o", "Þ" → "th"); combining accents
// (U+0300–U+036F, text sent decomposed) are dropped; Greek and Cyrillic capitals become small
// letters (accents kept); the ligatures U+FB00–U+FB06 are spelled out. Control characters and
// invalid UTF-8 bytes are dropped; everything else is kept as it is.
std::string foldForSearch(std::string_view utf8);

// What a persona's conversation list searches: the title, the owner's e-mail address and the
// owner's name, each folded, joined by U+001F (which folded text never holds, so that a search
// never matches across two fields).
std::string conversationSearchKey(std::string_view title, std::string_view ownerEmail,
                                  std::string_view ownerName);

} // namespace pli::server
