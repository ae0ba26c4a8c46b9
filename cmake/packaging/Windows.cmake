# Windows adapter (UNTESTED here: written for .github/workflows/desktop-packages.yml): an NSIS
# installer of the desktop client with its runtime (Qt through windeployqt, QtKeychain, OpenSSL),
# a Start menu entry, the icon on pli.exe, and the pli: URL scheme registered to pli.exe.
# pli-cli and pli-server are not in it: both use POSIX terminal and signal APIs (termios,
# sigwait) that Windows lacks (docs/packaging.md).
if(NOT TARGET pli)
  message(FATAL_ERROR "The Windows package holds the desktop client: PLI_BUILD_DESKTOP=ON")
endif()

# pli.exe: a GUI program (no console window) with the application icon and version resources.
set_target_properties(pli PROPERTIES WIN32_EXECUTABLE TRUE)
configure_file(${PLI_PACKAGING_DIR}/windows/pli.rc.in ${CMAKE_BINARY_DIR}/windows/pli.rc @ONLY)
target_sources(pli PRIVATE ${CMAKE_BINARY_DIR}/windows/pli.rc)
set_source_files_properties(${CMAKE_BINARY_DIR}/windows/pli.rc TARGET_DIRECTORY pli
                            PROPERTIES OBJECT_DEPENDS ${PLI_ICON_DIR}/pli.ico)
add_dependencies(pli pli-icons)

install(TARGETS pli RUNTIME DESTINATION bin COMPONENT pli)
# Qt's DLLs, plugins and translations (windeployqt), then the other DLLs pli.exe loads: QtKeychain (an
# imported target, so $<TARGET_RUNTIME_DLLS>) and OpenSSL's libcrypto/libssl, which FindOpenSSL
# knows only by their import libraries.
qt_generate_deploy_app_script(TARGET pli OUTPUT_SCRIPT pli_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${pli_deploy_script} COMPONENT pli)
install(FILES $<TARGET_RUNTIME_DLLS:pli> DESTINATION bin COMPONENT pli)
get_filename_component(pli_openssl_root ${OPENSSL_INCLUDE_DIR} DIRECTORY)
file(GLOB pli_openssl_dlls ${pli_openssl_root}/bin/libcrypto-3*.dll
     ${pli_openssl_root}/bin/libssl-3*.dll)
if(NOT pli_openssl_dlls)
  message(WARNING "OpenSSL's DLLs not found under ${pli_openssl_root}/bin: the installer "
                  "will lack them")
endif()
install(FILES ${pli_openssl_dlls} DESTINATION bin COMPONENT pli)

set(CPACK_GENERATOR "NSIS")
set(CPACK_COMPONENTS_ALL pli)
set(CPACK_COMPONENT_PLI_DISPLAY_NAME "Pli")
set(CPACK_COMPONENT_PLI_REQUIRED ON)
set(CPACK_PACKAGE_FILE_NAME "Pli-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Pli")
set(CPACK_PACKAGE_EXECUTABLES "pli;Pli")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_PACKAGE_NAME "Pli")
set(CPACK_NSIS_DISPLAY_NAME "Pli")
set(CPACK_NSIS_MUI_ICON ${PLI_ICON_DIR}/pli.ico)
set(CPACK_NSIS_MUI_UNIICON ${PLI_ICON_DIR}/pli.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\pli.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PLI_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "bin\\pli.exe")
# The pli: scheme (links in Pli's e-mails) opens pli.exe with the link as its argument
# (HKEY_CLASSES_ROOT: the installer runs as administrator, for every user).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR "pli" "" "URL:Pli link"
  WriteRegStr HKCR "pli" "URL Protocol" ""
  WriteRegStr HKCR "pli\DefaultIcon" "" "$INSTDIR\bin\pli.exe,0"
  WriteRegStr HKCR "pli\shell\open\command" "" '"$INSTDIR\bin\pli.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR "pli"
]=])
