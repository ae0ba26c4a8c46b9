#pragma once

#include "TestServer.h"

#include <memory>

namespace pli::test {

// A TestServer on the participant guide's example (`pli-server serve --demo` on a temporary
// data directory): users demo, demo2 and marie, their personas, conversations and attachments.
class DemoData
{
public:
    DemoData();
    TestServer &server() { return *m_server; }

private:
    std::unique_ptr<TestServer> m_server;
};

} // namespace pli::test
