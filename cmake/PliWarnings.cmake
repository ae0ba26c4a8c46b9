# Warnings for our own targets only (never global flags).
function(pli_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                           -Wnon-virtual-dtor -Wcast-align -Wunused)
  if(PLI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
