# Fails when a doctest case name would not survive doctest_discover_tests: CMake splits names at
# ';' into several CTest tests that each run no case and pass.
execute_process(COMMAND "${UNIT_TESTS}" --list-test-cases --no-version
                OUTPUT_VARIABLE cases RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${UNIT_TESTS} --list-test-cases failed (${rc})")
endif()
string(FIND "${cases}" ";" at)
if(NOT at EQUAL -1)
  string(REPLACE ";" "<SEMICOLON>" shown "${cases}")
  message(FATAL_ERROR "test case names must not contain ';' (CTest would skip them):\n${shown}")
endif()
