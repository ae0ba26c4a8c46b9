#pragma once

namespace pli::server {

// The sign-ins of the participant guide's example (`pli-server --demo`), shared by the data
// writer, the banner and the tests that run against the demo.
struct DemoAccounts
{
    static constexpr const char *password = "PliDemo-2015-Guide";
    static constexpr const char *totpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static constexpr const char *participantUser = "demo";
    static constexpr const char *firstAccessUser = "demo2";
    static constexpr const char *collaboratorUser = "marie";
    static constexpr const char *participantEmail1 = "tnuoccatset101@gmail.com";
    static constexpr const char *participantEmail2 = "tnuoccatset102@gmail.com";
};

} // namespace pli::server
