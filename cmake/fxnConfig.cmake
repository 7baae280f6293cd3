# find_package(fxn): fxn_add_library from the installed fxn (see fxn.cmake).
include("${CMAKE_CURRENT_LIST_DIR}/fxn.cmake")
set(fxn_FOUND TRUE)
