# ctest runs each doctest case by its name, and CMake cuts a name at every ';': a case
# named "a; b" would be registered as "a" and " b", two filters that match no case, and
# would pass without running. This refuses such names.
# Usage: cmake -DTESTS=<tests folder> -P check_test_names.cmake
file(GLOB_RECURSE files ${TESTS}/*.cpp)
set(failures 0)
foreach(file ${files})
    file(STRINGS ${file} lines REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line ${lines})
        message("${file}: a test case name with ';' never runs under ctest: ${line}")
        math(EXPR failures "${failures} + 1")
    endforeach()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "Test case names with ';': ${failures}")
endif()
