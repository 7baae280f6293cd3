# fxn_embed_files(TARGET NAMESPACE FILE...) turns files into a library exposing
#   `std::span<const fxn::EmbeddedFile> NAMESPACE::Files()`
# so the binaries carry the runtime headers, kernels and the Python front end they hand to
# compilers and interpreters, and need nothing from the source tree at run time.
function(fxn_embed_files target namespace)
  set(out_cc ${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cc)
  set(inputs ${ARGN})
  string(REPLACE ";" "," inputs_arg "${inputs}")
  add_custom_command(
    OUTPUT ${out_cc}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cc} -DNAMESPACE=${namespace}
            -DBASE=${CMAKE_CURRENT_SOURCE_DIR} "-DINPUTS=${inputs_arg}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    COMMENT "Embedding files into ${target}"
    VERBATIM)
  add_library(${target} STATIC ${out_cc})
  target_link_libraries(${target} PUBLIC fxn_support)
endfunction()
