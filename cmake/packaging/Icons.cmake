# The application icon for the packages, rendered at build time from resources/icons/pli.svg by
# the small tool cmake/packaging/render-icons (Qt SVG, already a dependency of pli-ui) into
# ${PLI_ICON_DIR}: hicolor/<N>x<N>/apps/pli.png and hicolor/scalable/apps/pli.svg (Linux),
# pli.ico (Windows), pli.icns (macOS).
find_package(Qt6 REQUIRED COMPONENTS Gui Svg)

add_executable(pli-render-icons ${CMAKE_CURRENT_LIST_DIR}/render-icons/main.cpp)
set_target_properties(pli-render-icons PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
target_link_libraries(pli-render-icons PRIVATE Qt6::Gui Qt6::Svg)
pli_set_warnings(pli-render-icons)

set(PLI_ICON_SOURCE ${CMAKE_SOURCE_DIR}/resources/icons/pli.svg)
set(PLI_ICON_DIR ${CMAKE_BINARY_DIR}/icons)
set(PLI_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(pli_icon_outputs ${PLI_ICON_DIR}/pli.ico ${PLI_ICON_DIR}/pli.icns
                     ${PLI_ICON_DIR}/hicolor/scalable/apps/pli.svg)
foreach(size ${PLI_ICON_SIZES})
  list(APPEND pli_icon_outputs ${PLI_ICON_DIR}/hicolor/${size}x${size}/apps/pli.png)
endforeach()
add_custom_command(
  OUTPUT ${pli_icon_outputs}
  COMMAND pli-render-icons ${PLI_ICON_SOURCE} ${PLI_ICON_DIR}
  DEPENDS pli-render-icons ${PLI_ICON_SOURCE}
  COMMENT "Rendering the application icon (hicolor PNGs, .ico, .icns)"
  VERBATIM)
add_custom_target(pli-icons ALL DEPENDS ${pli_icon_outputs})
