// seedDemo(): the participant guide's example for `pli-server --demo`, and its banner.
#include "AdminCommands.h"
#include "DemoSeeder.h"

#include <sstream>

namespace pli::server {

std::string seedDemo(ServerContext &ctx)
{
    DemoSeeder seeder(ctx);
    if (!seeder.alreadySeeded())
        seeder.seed();
    const std::string secret = DemoSeeder::totpSecret;
    const std::string password = DemoSeeder::password;
    std::ostringstream banner;
    banner << "Pli demo: the participant guide's example\n"
           << "  Participant   " << DemoSeeder::participantUser << " / " << password
           << "   (Jean Tremblay: personas " << DemoSeeder::participantEmail1 << " and "
           << DemoSeeder::participantEmail2 << ")\n"
           << "                second factor: TOTP secret " << secret << "\n"
           << "                current code:  oathtool --totp -b " << secret << "\n"
           << "  First access  " << DemoSeeder::firstAccessUser << " / " << password
           << "   (no authenticator yet: the first sign-in sets one up)\n"
           << "  Collaborator  " << DemoSeeder::collaboratorUser << " / " << password
           << "   (Marie Unetelle, Innovactione; same TOTP secret)\n"
           << "  E-mailed codes (second factor by e-mail, new personas) are printed on this "
              "console.\n";
    return banner.str();
}

} // namespace pli::server
