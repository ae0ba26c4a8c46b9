#pragma once

#include <functional>

namespace pli::test {

// Waits until `condition()` holds, processing events, for at most `timeoutMs`. (Jobs are waited
// for with pli::waitFor, core/JobWait.h, the same helper pli-cli uses.)
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

} // namespace pli::test
