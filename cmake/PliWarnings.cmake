# Warnings for our own targets only (never global flags).
function(pli_set_warnings target)
  if(MSVC) # Windows packages only (cmake/packaging/Windows.cmake); sources are UTF-8
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    if(PLI_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
    return()
  endif()
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                           -Wnon-virtual-dtor -Wcast-align -Wunused)
  # GCC 12 with optimisation reports -Warray-bounds, -Wstringop-overflow and -Wstringop-overread
  # false positives inside libstdc++'s char_traits for std::string operator+ chains (GCC PR
  # 105329, fixed in GCC 13; e.g. server/conversations/MessageQueries.cpp in the release
  # preset): silence only that compiler, only in optimised builds (Debug compile lines stay as
  # they are).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(
      ${target} PRIVATE
      "$<$<NOT:$<CONFIG:Debug>>:-Wno-array-bounds;-Wno-stringop-overflow;-Wno-stringop-overread>")
  endif()
  if(PLI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
