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
  if(PLI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
