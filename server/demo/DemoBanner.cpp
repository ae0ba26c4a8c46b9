#include "DemoBanner.h"

#include "DemoAccounts.h"

#include <sstream>

namespace pli::server {

std::string demoBanner()
{
    using Demo = DemoAccounts;
    std::ostringstream banner;
    banner << "Pli demo: the participant guide's example\n"
           << "  Participant   " << Demo::participantUser << " / " << Demo::password
           << "   (Jean Tremblay: personas " << Demo::participantEmail1 << " and "
           << Demo::participantEmail2 << ")\n"
           << "                second factor: TOTP secret " << Demo::totpSecret << "\n"
           << "                current code:  oathtool --totp -b " << Demo::totpSecret << "\n"
           << "  First access  " << Demo::firstAccessUser << " / " << Demo::password
           << "   (no authenticator yet: the first sign-in sets one up)\n"
           << "  Collaborator  " << Demo::collaboratorUser << " / " << Demo::password
           << "   (Marie Unetelle, Innovactione; same TOTP secret)\n"
           << "  E-mailed codes (second factor by e-mail, new personas) are printed on this "
              "console.\n";
    return banner.str();
}

} // namespace pli::server
