# Linux adapter: two Debian packages (CPack DEB, one per component).
#   pli         `pli` and `pli-cli`, the .desktop file (pli: links), AppStream metainfo, hicolor
#               icons, man pages pli(1) and pli-cli(1). Translations are compiled into the
#               programs (Qt resources of pli-core), so no .qm file is installed.
#   pli-server  the reference server as a systemd service: unit, system user (sysusers.d),
#               /etc/pli-server/pli-server.conf, man page pli-server(8).
# Dependencies on shared libraries are computed by dpkg-shlibdeps (package dpkg-dev); what is
# loaded at run time without being linked is declared by hand below.
include(GNUInstallDirs)

set(PLI_LINUX_SOURCE_DIR ${CMAKE_SOURCE_DIR}/resources/linux)
set(PLI_MAN_SOURCE_DIR ${CMAKE_SOURCE_DIR}/resources/man)
set(PLI_LINUX_BUILD_DIR ${CMAKE_BINARY_DIR}/linux)

# Debian installs programs in /usr/bin and finds Qt in the system: no RPATH
# (qt_standard_project_setup adds $ORIGIN/../lib for relocatable installs).
foreach(program pli pli-cli pli-server)
  if(TARGET ${program})
    set_target_properties(${program} PROPERTIES INSTALL_RPATH "")
  endif()
endforeach()

# --- pli: the desktop client and the command line ------------------------------------------
if(TARGET pli)
  install(TARGETS pli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT pli)
  install(FILES ${PLI_LINUX_SOURCE_DIR}/${PLI_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT pli)
  configure_file(${PLI_LINUX_SOURCE_DIR}/${PLI_APP_ID}.metainfo.xml.in
                 ${PLI_LINUX_BUILD_DIR}/${PLI_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${PLI_LINUX_BUILD_DIR}/${PLI_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT pli)
  install(DIRECTORY ${PLI_ICON_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
          COMPONENT pli)
endif()
if(TARGET pli-cli)
  install(TARGETS pli-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT pli)
endif()

# Man pages: written by hand in resources/man (troff), the version filled in, gzipped as Debian
# wants them. The uncompressed pages stay in ${PLI_MAN_BUILD_DIR} for the tests.
set(PLI_MAN_BUILD_DIR ${CMAKE_BINARY_DIR}/man)
set(pli_man_pages)
foreach(page pli.1 pli-cli.1 pli-server.8)
  configure_file(${PLI_MAN_SOURCE_DIR}/${page}.in ${PLI_MAN_BUILD_DIR}/${page} @ONLY)
  add_custom_command(
    OUTPUT ${PLI_MAN_BUILD_DIR}/${page}.gz
    COMMAND gzip -9nc ${page} > ${page}.gz
    DEPENDS ${PLI_MAN_BUILD_DIR}/${page}
    WORKING_DIRECTORY ${PLI_MAN_BUILD_DIR}
    VERBATIM)
  list(APPEND pli_man_pages ${PLI_MAN_BUILD_DIR}/${page}.gz)
endforeach()
add_custom_target(pli-man-pages ALL DEPENDS ${pli_man_pages})
if(TARGET pli)
  install(FILES ${PLI_MAN_BUILD_DIR}/pli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
          COMPONENT pli)
endif()
install(FILES ${PLI_MAN_BUILD_DIR}/pli-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT pli)

# --- pli-server: the reference server as a system service -----------------------------------
if(TARGET pli-server)
  # pli-server itself: install(TARGETS) in server/CMakeLists.txt (component pli-server).
  install(FILES ${PLI_MAN_BUILD_DIR}/pli-server.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8
          COMPONENT pli-server)
  # The service files name Debian's paths (/usr/bin/pli-server, /etc, /lib/systemd): they belong
  # to the package only, not to `cmake --install` into another prefix (EXCLUDE_FROM_ALL: only a
  # component install, as CPack does, installs them).
  install(FILES ${PLI_LINUX_SOURCE_DIR}/pli-server.service DESTINATION /lib/systemd/system
          COMPONENT pli-server EXCLUDE_FROM_ALL)
  install(FILES ${PLI_LINUX_SOURCE_DIR}/pli-server.sysusers DESTINATION /usr/lib/sysusers.d
          RENAME pli-server.conf COMPONENT pli-server EXCLUDE_FROM_ALL)
  install(FILES ${PLI_LINUX_SOURCE_DIR}/pli-server.conf DESTINATION /etc/pli-server
          PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
          COMPONENT pli-server EXCLUDE_FROM_ALL)
endif()

# --- the Debian packages --------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL pli)
if(TARGET pli-server)
  list(APPEND CPACK_COMPONENTS_ALL pli-server)
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Stripped programs; their debug information (RelWithDebInfo) goes to pli-dbgsym and
# pli-server-dbgsym (.ddeb files, as Debian's own packages do).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
# Each package's description starts with its own synopsis: CPack would put the project's
# summary in front of it.
unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)

set(CPACK_DEBIAN_PLI_PACKAGE_NAME "pli")
# CPack indents the description itself: first line the synopsis, an empty line between
# paragraphs.
set(CPACK_DEBIAN_PLI_DESCRIPTION "Secure conversations and documents (desktop client and CLI)
Pli receives confidential messages and documents from organisations and answers
them, in French or English. A participant signs in with a password and a second
factor, sees one tab per e-mail address with unread counts, reads and answers
conversations, and downloads and sends attachments of up to 1 GB. A remembered
sign-in is kept only in the system keychain (Secret Service).

This package holds the desktop client pli, which also opens pli: links, and
pli-cli, Pli from the terminal.")
# Loaded at run time, not linked (dpkg-shlibdeps cannot see them): Qt's platform plugins (xcb,
# wayland) and libsecret, which QtKeychain opens to reach the Secret Service.
set(CPACK_DEBIAN_PLI_PACKAGE_DEPENDS "qt6-qpa-plugins, libsecret-1-0")
# Qt's own dialog texts in French; a Secret Service to keep the remembered sign-in.
set(CPACK_DEBIAN_PLI_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")

set(CPACK_DEBIAN_PLI-SERVER_PACKAGE_NAME "pli-server")
set(CPACK_DEBIAN_PLI-SERVER_DESCRIPTION "Reference server of the Pli protocol
pli-server serves the Pli API (conversations, messages, attachments of up to
1 GB, sign-in with a password and a second factor) from an SQLite database and a
data directory, and administers users, personas and conversations from the
command line.

This package runs it as the systemd service pli-server.service under its own
system user, with its data in /var/lib/pli-server and its settings in
/etc/pli-server/pli-server.conf. The service is not enabled on installation.")
set(CPACK_DEBIAN_PLI-SERVER_PACKAGE_SECTION "net")
# The maintainer scripts: the system user, systemd's state (dh_installsystemd's steps).
foreach(script conffiles postinst prerm postrm)
  configure_file(${PLI_LINUX_SOURCE_DIR}/debian/pli-server.${script}
                 ${PLI_LINUX_BUILD_DIR}/pli-server/${script} COPYONLY
                 FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
                                  GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
set(CPACK_DEBIAN_PLI-SERVER_PACKAGE_CONTROL_EXTRA
    "${PLI_LINUX_BUILD_DIR}/pli-server/conffiles;${PLI_LINUX_BUILD_DIR}/pli-server/postinst;\
${PLI_LINUX_BUILD_DIR}/pli-server/prerm;${PLI_LINUX_BUILD_DIR}/pli-server/postrm")
