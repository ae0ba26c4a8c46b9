#include "ExitCode.h"

#include "Error.h"

namespace pli::cli {

ExitCode exitCodeFor(const Error &error)
{
    using Code = Error::Code;
    switch (error.code()) {
    case Code::None:
        return ExitCode::Ok;
    case Code::InvalidInput:
    case Code::InsecureConnection:
    case Code::InvalidLink:
    case Code::WrongServer:
        return ExitCode::Usage;
    case Code::Unauthorized:
    case Code::SessionExpired:
    case Code::InvalidCredentials:
    case Code::AccountLocked:
    case Code::RateLimited:
    case Code::ChallengeExpired:
    case Code::InvalidCode:
    case Code::TooManyAttempts:
    case Code::PasswordPolicy:
    case Code::InvalidToken:
    case Code::KeychainUnavailable:
        return ExitCode::Auth;
    case Code::NotFound:
    case Code::Forbidden:
    case Code::ParticipantsCannotStart:
    case Code::ReadOnly:
    case Code::Gone:
        return ExitCode::NotFound;
    case Code::Network:
    case Code::Tls:
    case Code::UntrustedCertificate:
    case Code::CertificateChanged:
    case Code::Timeout:
    case Code::MalformedResponse:
    case Code::Server:
    case Code::Unknown:
        return ExitCode::Network;
    case Code::ChecksumMismatch:
    case Code::Integrity:
        return ExitCode::Integrity;
    case Code::Cancelled:
    case Code::TooLarge:
    case Code::Conflict:
    case Code::AlreadyExists:
    case Code::LimitReached:
    case Code::DiskFull:
    case Code::FileError:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace pli::cli
