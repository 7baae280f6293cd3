# fxn.cmake: compile Python functions with fxn as part of a CMake build.
#
#   include(/path/to/fxn/cmake/fxn.cmake)          # or find_package(fxn) after `cmake --install`
#   fxn_add_library(pricing SOURCE pricing.py ENTRY compound INPUTS "[100.0, 0.05, 12]")
#   target_link_libraries(app PRIVATE pricing)      # app.c: #include "compound.h", calls fxn_compound
#
# fxn_add_library(NAME SOURCE file.py ENTRY function INPUTS sample... [TARGET target]
#                 [OUTPUT_DIR dir] [SERVER host:port])
#   Pushes ENTRY of SOURCE at build time (`fxn push`: traced, compiled, verified against CPython on
#   every INPUTS sample, each a JSON array of the positional arguments) and makes NAME an imported
#   library: the bundle's library, with the bundle directory (ENTRY.h, fxn.h) as its include
#   directory. The push re-runs when SOURCE, the samples, the target or the fxn binary change; a
#   rejected or unverified function fails the build with fxn's diagnostic.
#   TARGET: an fxn target (`fxn targets`); default: the target CMake builds for
#   (CMAKE_SYSTEM_NAME/CMAKE_SYSTEM_PROCESSOR: linux-x86_64, linux-arm64, ... so a cross build with
#   a toolchain file gets the matching library). OUTPUT_DIR: where bundles go (default
#   ${CMAKE_CURRENT_BINARY_DIR}/fxn-out; the bundle is OUTPUT_DIR/ENTRY/TARGET).
#   SERVER: an fxn-server to push through; default: the FXN_SERVER CMake variable, else the
#   FXN_SERVER environment variable at build time, else fxn's embedded server.
#   The bundle directory of NAME is in its property FXN_BUNDLE_DIR.
#
# FXN_EXECUTABLE: the fxn binary (default: found next to this file's installation, in the source
# tree's build/, or on PATH).

include_guard(GLOBAL)

set(_fxn_module_dir "${CMAKE_CURRENT_LIST_DIR}")
find_program(FXN_EXECUTABLE fxn
             HINTS "${_fxn_module_dir}/../../../bin" "${_fxn_module_dir}/../build"
             DOC "the fxn binary fxn_add_library runs")
set(FXN_SERVER "" CACHE STRING "fxn-server (host:port) fxn_add_library pushes through; empty: the FXN_SERVER environment variable at build time, else embedded")

# fxn's name of the target CMake builds for, or "" when fxn has none.
function(_fxn_cmake_target out)
  string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" cpu)
  set(name "")
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    if(cpu MATCHES "^(x86_64|amd64)$")
      set(name linux-x86_64)
    elseif(cpu MATCHES "^(aarch64|arm64)$")
      set(name linux-arm64)
    elseif(cpu MATCHES "^arm")
      set(name linux-armv7)
    elseif(cpu STREQUAL "riscv64")
      set(name linux-riscv64)
    endif()
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Windows" AND cpu MATCHES "^(x86_64|amd64)$")
    set(name windows-x86_64)
  elseif(CMAKE_SYSTEM_NAME MATCHES "^(WASI|Emscripten)$")
    set(name wasm32-wasi)
  endif()
  set(${out} "${name}" PARENT_SCOPE)
endfunction()

function(fxn_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "SOURCE;ENTRY;TARGET;OUTPUT_DIR;SERVER" "INPUTS")
  foreach(required SOURCE ENTRY INPUTS)
    if(NOT ARG_${required})
      message(FATAL_ERROR "fxn_add_library(${name}): ${required} is required "
                          "(fxn_add_library(NAME SOURCE f.py ENTRY function INPUTS \"[1, 2]\"))")
    endif()
  endforeach()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "fxn_add_library(${name}): unexpected arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT FXN_EXECUTABLE)
    message(FATAL_ERROR "fxn_add_library(${name}): the fxn binary was not found; set FXN_EXECUTABLE")
  endif()
  if(NOT ARG_ENTRY MATCHES "^[A-Za-z_][A-Za-z0-9_]*$")
    message(FATAL_ERROR "fxn_add_library(${name}): ENTRY '${ARG_ENTRY}' is not a Python function name")
  endif()
  if(NOT ARG_TARGET)
    _fxn_cmake_target(ARG_TARGET)
    if(NOT ARG_TARGET)
      message(FATAL_ERROR "fxn_add_library(${name}): fxn has no target for ${CMAKE_SYSTEM_NAME} "
                          "${CMAKE_SYSTEM_PROCESSOR}; give TARGET (see `fxn targets`)")
    endif()
  endif()
  if(NOT ARG_OUTPUT_DIR)
    set(ARG_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/fxn-out")
  endif()
  if(NOT ARG_SERVER)
    set(ARG_SERVER "${FXN_SERVER}")  # the cache variable, when the call gave none
  endif()
  get_filename_component(source "${ARG_SOURCE}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  set(bundle "${ARG_OUTPUT_DIR}/${ARG_ENTRY}/${ARG_TARGET}")

  if(ARG_TARGET MATCHES "^linux-")
    set(library "${bundle}/lib${ARG_ENTRY}.so")
    set(kind SHARED)
  elseif(ARG_TARGET MATCHES "^windows-")
    set(library "${bundle}/${ARG_ENTRY}.dll")
    set(kind SHARED)
  elseif(ARG_TARGET MATCHES "^wasm")
    set(library "${bundle}/${ARG_ENTRY}.wasm")
    set(kind INTERFACE)  # a WebAssembly module: loaded at run time (fxn_wasm.mjs), not linked
  else()
    message(FATAL_ERROR "fxn_add_library(${name}): fxn_add_library does not know how target ${ARG_TARGET} names its library")
  endif()

  set(command "${FXN_EXECUTABLE}")
  if(ARG_SERVER)
    list(APPEND command --server "${ARG_SERVER}")
  endif()
  list(APPEND command push "${source}" --entry "${ARG_ENTRY}" --targets "${ARG_TARGET}" -o "${ARG_OUTPUT_DIR}")
  foreach(sample IN LISTS ARG_INPUTS)
    list(APPEND command --inputs "${sample}")
  endforeach()
  # The push's options as a file that changes only when they do: a new sample re-runs the push
  # with any generator.
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/fxn-stamps/${name}.options")
  file(CONFIGURE OUTPUT "${stamp}" CONTENT "${command}\n")
  # The include directory must exist when CMake generates the build; the push fills it.
  file(MAKE_DIRECTORY "${bundle}")

  add_custom_command(
    OUTPUT "${library}" "${bundle}/${ARG_ENTRY}.h" "${bundle}/manifest.json"
    COMMAND ${command}
    DEPENDS "${source}" "${stamp}" "${FXN_EXECUTABLE}"
    WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
    COMMENT "fxn: compiling ${ARG_ENTRY} from ${ARG_SOURCE} for ${ARG_TARGET}"
    VERBATIM)
  add_custom_target(${name}_fxn_push DEPENDS "${library}" "${bundle}/${ARG_ENTRY}.h")

  add_library(${name} ${kind} IMPORTED GLOBAL)
  set_target_properties(${name} PROPERTIES
                        INTERFACE_INCLUDE_DIRECTORIES "${bundle}"
                        FXN_BUNDLE_DIR "${bundle}")
  if(kind STREQUAL "SHARED")
    set_target_properties(${name} PROPERTIES IMPORTED_LOCATION "${library}" IMPORTED_NO_SONAME TRUE)
    if(ARG_TARGET MATCHES "^windows-")
      set_target_properties(${name} PROPERTIES IMPORTED_IMPLIB "${library}")  # mingw links against the DLL itself
    endif()
  else()
    set_target_properties(${name} PROPERTIES FXN_LIBRARY "${library}")
  endif()
  add_dependencies(${name} ${name}_fxn_push)
endfunction()
