#pragma once

#include "TestServer.h"

#include <memory>

namespace pli::test {

// A TestServer on the participant guide's example: `pli-server --demo` seeds a temporary data
// directory once (it prints its banner before listening, so it is run on its own first), then
// a plain TestServer serves that directory.
class DemoData
{
public:
    DemoData();
    TestServer &server() { return *m_server; }

private:
    TempDir m_dir;
    std::unique_ptr<TestServer> m_server;
};

} // namespace pli::test
