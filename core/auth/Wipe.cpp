#include "auth/Wipe.h"

namespace pli {

void wipe(QString &secret)
{
    // fill() detaches a string that shares its text: each holder of a copy wipes its own.
    secret.fill(u'\0');
    secret.clear();
}

} // namespace pli
