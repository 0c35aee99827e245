# The version is written once, in project(VERSION); everything that repeats it must agree:
# the binary's --version, the Debian package (debian/changelog, upstream part), the
# AppStream metainfo's newest release and the release tag its screenshot URLs point at.
#   cmake -DVERSION=x.y.z -DSOURCE_DIR=... -DBINARY=.../filmquiz -P check_versions.cmake
cmake_minimum_required(VERSION 3.25)
set(problems "")

execute_process(COMMAND ${BINARY} --version OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "filmquiz ${VERSION}\n")
    string(STRIP "${out}" out)
    string(APPEND problems "  filmquiz --version printed \"${out}\" (exit ${rc})\n")
endif()

# The newest entry comes first: "filmquiz (0.1.0-1) unstable; urgency=medium". The
# upstream version is what is left without an epoch ("1:") and a Debian revision ("-1").
file(STRINGS ${SOURCE_DIR}/debian/changelog first_line LIMIT_COUNT 1)
if(first_line MATCHES "^filmquiz \\(([^)]+)\\)")
    set(debian_version ${CMAKE_MATCH_1})
    string(REGEX REPLACE "^[0-9]+:" "" upstream "${debian_version}")
    string(REGEX REPLACE "-[^-]+$" "" upstream "${upstream}")
    if(NOT upstream STREQUAL VERSION)
        string(APPEND problems "  debian/changelog: ${debian_version}\n")
    endif()
else()
    string(APPEND problems "  debian/changelog: cannot read \"${first_line}\"\n")
endif()

set(metainfo ${SOURCE_DIR}/packaging/io.github.filmquiz.filmquiz.metainfo.xml)
file(READ ${metainfo} xml)
if(xml MATCHES "<release version=\"([^\"]*)\"")
    if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        string(APPEND problems "  metainfo: newest <release> is ${CMAKE_MATCH_1}\n")
    endif()
else()
    string(APPEND problems "  metainfo: no <release>\n")
endif()
string(REGEX MATCHALL "/filmquiz/filmquiz/[^/<]+/packaging/screenshots/" shots "${xml}")
if(NOT shots)
    string(APPEND problems "  metainfo: no screenshot URL into the repository\n")
endif()
list(REMOVE_DUPLICATES shots)
foreach(shot IN LISTS shots)
    if(NOT shot STREQUAL "/filmquiz/filmquiz/v${VERSION}/packaging/screenshots/")
        string(APPEND problems "  metainfo: screenshot URL ${shot} is not at tag v${VERSION}\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "project(VERSION) is ${VERSION}, but:\n${problems}")
endif()
message(STATUS "every version says ${VERSION}")
