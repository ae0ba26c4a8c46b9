#include "DemoData.h"

namespace pli::test {

DemoData::DemoData()
    : m_server(std::make_unique<TestServer>(std::vector<std::string>{"--demo"}))
{}

} // namespace pli::test
