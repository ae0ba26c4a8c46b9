#pragma once

#include <QString>

namespace pli {

// Overwrites a password, code or token before forgetting it, so that the text does not linger
// in freed memory (a core dump, swap). Every holder of a secret in memory ends with this.
void wipe(QString &secret);

} // namespace pli
