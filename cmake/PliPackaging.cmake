# Installation rules and CPack packages (docs/packaging.md). What every platform shares lives
# here; each platform's differences live in one adapter under cmake/packaging/:
#   Linux.cmake    Debian packages `pli` and `pli-server` (DEB generator, tested here);
#   Windows.cmake  an NSIS installer for the desktop client (untested here);
#   MacOS.cmake    a DMG holding Pli.app (untested here).
# `cmake --build --preset release --target package` builds the packages of the platform.

# The application's reverse-DNS id: AppStream component, .desktop file name, macOS bundle id.
# Fixed once published (software centres and desktops remember applications by it).
set(PLI_APP_ID "org.pli.Pli")
set(PLI_HOMEPAGE_URL "https://pli.example" CACHE STRING
    "The project's homepage, named by the metainfo and the packages (a placeholder until the \
project has one; screenshots are expected under <homepage>/screenshots/)")
mark_as_advanced(PLI_HOMEPAGE_URL)

set(PLI_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR}/packaging)

# The application icon, rendered from resources/icons/pli.svg at every size the platforms need.
if(PLI_BUILD_DESKTOP)
  include(${PLI_PACKAGING_DIR}/Icons.cmake)
endif()

set(CPACK_PACKAGE_NAME "pli")
set(CPACK_PACKAGE_VENDOR "Pli")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Secure conversations and documents")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PLI_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT "Pli developers <pli@pli.example>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Pli")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
# Values reach the generators as written (NSIS commands, Debian descriptions): no re-escaping.
set(CPACK_VERBATIM_VARIABLES ON)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  include(${PLI_PACKAGING_DIR}/Linux.cmake)
elseif(WIN32)
  include(${PLI_PACKAGING_DIR}/Windows.cmake)
elseif(APPLE)
  include(${PLI_PACKAGING_DIR}/MacOS.cmake)
endif()

include(CPack)
