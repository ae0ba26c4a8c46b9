// seedDemo(): the participant guide's example for `pli-server --demo`, and its banner.
#include "AdminCommands.h"
#include "DemoDataWriter.h"

#include <sstream>

namespace pli::server {

std::string seedDemo(ServerContext &ctx)
{
    DemoDataWriter seeder(ctx);
    if (!seeder.alreadySeeded())
        seeder.seed();
    const std::string secret = DemoDataWriter::totpSecret;
    const std::string password = DemoDataWriter::password;
    std::ostringstream banner;
    banner << "Pli demo: the participant guide's example\n"
           << "  Participant   " << DemoDataWriter::participantUser << " / " << password
           << "   (Jean Tremblay: personas " << DemoDataWriter::participantEmail1 << " and "
           << DemoDataWriter::participantEmail2 << ")\n"
           << "                second factor: TOTP secret " << secret << "\n"
           << "                current code:  oathtool --totp -b " << secret << "\n"
           << "  First access  " << DemoDataWriter::firstAccessUser << " / " << password
           << "   (no authenticator yet: the first sign-in sets one up)\n"
           << "  Collaborator  " << DemoDataWriter::collaboratorUser << " / " << password
           << "   (Marie Unetelle, Innovactione; same TOTP secret)\n"
           << "  E-mailed codes (second factor by e-mail, new personas) are printed on this "
              "console.\n";
    return banner.str();
}

} // namespace pli::server
