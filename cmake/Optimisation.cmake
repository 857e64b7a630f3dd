# Whole-program build options, both off by default (README "Figures" has what each gave):
#
# CONFLICTMAP_LTO=ON: link-time optimisation of every target (check_ipo_supported first). On its
#   own no faster (the extractor ran 6% more instructions at -O3, the same time within 2%), so
#   not the default; scripts/build-pgo uses it with the profile.
#
# CONFLICTMAP_PGO=GENERATE|USE (GCC only): profile-guided optimisation. GENERATE builds programs
#   that write their execution counts to CONFLICTMAP_PGO_DIR when they exit; USE builds with
#   those counts, in the same build folder (a generated source's profile is tied to its path).
#   Functions the training never ran are optimised as usual (-fprofile-partial-training), not
#   for size. scripts/build-pgo runs both builds with a training run on our texts in between.
#
# Include after conflictmap_build_flags exists and before any target is created.

option(CONFLICTMAP_LTO "Link-time optimisation of every target" OFF)
set(CONFLICTMAP_PGO OFF CACHE STRING "Profile-guided optimisation (GCC): OFF, GENERATE or USE")
set_property(CACHE CONFLICTMAP_PGO PROPERTY STRINGS OFF GENERATE USE)
set(CONFLICTMAP_PGO_DIR "${CMAKE_BINARY_DIR}/pgo-profile"
    CACHE PATH "Where GENERATE builds write their profile and USE builds read it")

if(CONFLICTMAP_LTO)
  include(CheckIPOSupported)
  check_ipo_supported(RESULT lto_supported OUTPUT lto_error LANGUAGES CXX)
  if(NOT lto_supported)
    message(FATAL_ERROR "CONFLICTMAP_LTO: this compiler cannot link with LTO: ${lto_error}")
  endif()
  # Every target: an executable that links conflictmap_lib must link its LTO objects with LTO.
  set(CMAKE_INTERPROCEDURAL_OPTIMIZATION ON)
  # With LTO the code is generated, and optimisation-dependent warnings reported, at link time:
  # hold the link to the same rules as the compile, GCC 12's false positives included (the
  # -Wrestrict one of the compile options, and -Wstringop-overflow on std::string
  # concatenation, GCC bug 105329, which LTO's wider inlining brings out in report code).
  target_link_options(conflictmap_build_flags INTERFACE $<$<BOOL:${CONFLICTMAP_WERROR}>:-Werror>)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
     AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_link_options(conflictmap_build_flags INTERFACE -Wno-restrict -Wno-stringop-overflow)
  endif()
endif()

if(NOT CONFLICTMAP_PGO STREQUAL "OFF")
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "CONFLICTMAP_PGO: GCC's profile files only (this is ${CMAKE_CXX_COMPILER_ID})")
  endif()
  # Profile files are named by their object file's path relative to the build folder.
  set(pgo_flags -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  if(CONFLICTMAP_PGO STREQUAL "GENERATE")
    list(APPEND pgo_flags -fprofile-generate=${CONFLICTMAP_PGO_DIR})
  elseif(CONFLICTMAP_PGO STREQUAL "USE")
    if(NOT IS_DIRECTORY "${CONFLICTMAP_PGO_DIR}")
      message(FATAL_ERROR "CONFLICTMAP_PGO=USE: no profile in ${CONFLICTMAP_PGO_DIR} "
                          "(build with GENERATE and run the program first: scripts/build-pgo)")
    endif()
    # Units the training never entered (map and report code, the build-time tools) have no
    # profile file; that is expected, not an error.
    list(APPEND pgo_flags -fprofile-use=${CONFLICTMAP_PGO_DIR} -fprofile-partial-training
         -Wno-missing-profile)
  else()
    message(FATAL_ERROR "CONFLICTMAP_PGO must be OFF, GENERATE or USE, not '${CONFLICTMAP_PGO}'")
  endif()
  target_compile_options(conflictmap_build_flags INTERFACE ${pgo_flags})
  target_link_options(conflictmap_build_flags INTERFACE ${pgo_flags})
endif()
