# macOS adapter (UNTESTED here: written for .github/workflows/desktop-packages.yml): a DMG holding
# Pli.app — the desktop client with pli-cli beside it in Contents/MacOS, Qt's frameworks and
# plugins, QtKeychain and OpenSSL (macdeployqt), the icon, and the pli: URL scheme declared in
# Info.plist (CFBundleURLTypes). pli-server is not in it (docs/packaging.md).
if(NOT TARGET pli)
  message(FATAL_ERROR "The macOS package holds the desktop client: PLI_BUILD_DESKTOP=ON")
endif()

set_target_properties(pli PROPERTIES
  MACOSX_BUNDLE TRUE
  OUTPUT_NAME "Pli"
  MACOSX_BUNDLE_INFO_PLIST ${PLI_PACKAGING_DIR}/macos/Info.plist.in
  MACOSX_BUNDLE_BUNDLE_NAME "Pli"
  MACOSX_BUNDLE_GUI_IDENTIFIER ${PLI_APP_ID}
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_ICON_FILE "pli.icns")
target_sources(pli PRIVATE ${PLI_ICON_DIR}/pli.icns)
set_source_files_properties(${PLI_ICON_DIR}/pli.icns TARGET_DIRECTORY pli
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
add_dependencies(pli pli-icons)

install(TARGETS pli BUNDLE DESTINATION . COMPONENT pli)
if(TARGET pli-cli)
  # Beside the desktop program, so that it shares the bundle's frameworks; users link it from
  # /usr/local/bin (docs/packaging.md).
  install(TARGETS pli-cli RUNTIME DESTINATION Pli.app/Contents/MacOS COMPONENT pli)
  set(pli_additional_executables ADDITIONAL_EXECUTABLES Pli.app/Contents/MacOS/pli-cli)
endif()
# macdeployqt: Qt's frameworks, plugins and translations, and every other non-system library
# the executables load (QtKeychain, Homebrew's OpenSSL), with their install names rewritten.
qt_generate_deploy_script(
  TARGET pli
  OUTPUT_SCRIPT pli_deploy_script
  CONTENT "qt_deploy_runtime_dependencies(
    EXECUTABLE Pli.app
    ${pli_additional_executables}
    GENERATE_QT_CONF)")
install(SCRIPT ${pli_deploy_script} COMPONENT pli)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_COMPONENTS_ALL pli)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_PACKAGE_FILE_NAME "Pli-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Pli ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
