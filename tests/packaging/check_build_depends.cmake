# quickstart.sh and debian/control list what a build needs twice; they must not drift.
# Every package quickstart.sh installs is a Build-Depends, and every Build-Depends is in
# quickstart.sh except those only the package build needs (below).
#   cmake -DSOURCE_DIR=... -P check_build_depends.cmake
cmake_minimum_required(VERSION 3.25)
set(package_only
    debhelper-compat  # the package build itself
    fonts-noto-core)  # the package links the game's fonts to it (debian/rules)

file(READ ${SOURCE_DIR}/quickstart.sh quickstart)
if(NOT quickstart MATCHES "\npackages=\"([^\"]*)\"")
    message(FATAL_ERROR "quickstart.sh: no packages=\"...\" list")
endif()
string(REGEX MATCHALL "[a-z0-9][a-z0-9.+-]+" wanted "${CMAKE_MATCH_1}")
# build-essential is implied for every Debian package build.
list(REMOVE_ITEM wanted build-essential)

file(READ ${SOURCE_DIR}/debian/control control)
# The field runs until the next line that does not start with a space.
if(NOT control MATCHES "\nBuild-Depends:([^\n]*(\n[ \t][^\n]*)*)")
    message(FATAL_ERROR "debian/control: no Build-Depends")
endif()
string(REPLACE "\n" " " field "${CMAKE_MATCH_1}")
string(REPLACE "," ";" entries "${field}")
set(build_depends "")
set(test_only "")
foreach(entry IN LISTS entries)
    if(entry MATCHES "^[ \t]*([a-z0-9][a-z0-9.+-]+)")
        set(name ${CMAKE_MATCH_1})
        if(entry MATCHES "<!nocheck>")
            list(APPEND test_only ${name})
        else()
            list(APPEND build_depends ${name})
        endif()
    endif()
endforeach()

set(problems "")
foreach(package IN LISTS wanted)
    if(NOT package IN_LIST build_depends AND NOT package IN_LIST test_only)
        string(APPEND problems "  ${package}: in quickstart.sh, not in Build-Depends\n")
    endif()
endforeach()
foreach(package IN LISTS build_depends)
    if(NOT package IN_LIST wanted AND NOT package IN_LIST package_only)
        string(APPEND problems "  ${package}: in Build-Depends, not in quickstart.sh\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "quickstart.sh and debian/control disagree:\n${problems}")
endif()
message(STATUS "Build-Depends match quickstart.sh")
