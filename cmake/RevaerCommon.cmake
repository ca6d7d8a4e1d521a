# One INTERFACE target carries what every Revaer target shares: the language
# standard, warnings as errors for our own code, and Qt's strictness switches.
add_library(revaer_common INTERFACE)
target_compile_features(revaer_common INTERFACE cxx_std_17)

option(REVAER_WERROR "Treat compiler warnings in Revaer's own code as errors" ON)
# Each compiler gets the flags it knows: GCC's and clang's names for the same
# warnings differ, and MSVC takes none of them.
set(REVAER_GCC_LIKE "$<CXX_COMPILER_ID:GNU,Clang,AppleClang>")
set(REVAER_MSVC "$<CXX_COMPILER_ID:MSVC>")
target_compile_options(revaer_common INTERFACE
    $<${REVAER_GCC_LIKE}:-Wall -Wextra -Wnon-virtual-dtor>
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang,AppleClang>:-Wshadow-uncaptured-local>
    $<${REVAER_MSVC}:/W4 /utf-8>
    $<$<AND:$<BOOL:${REVAER_WERROR}>,${REVAER_GCC_LIKE}>:-Werror>
    $<$<AND:$<BOOL:${REVAER_WERROR}>,${REVAER_MSVC}>:/WX>)

# The version, from project(): revaer_version.h says REVAER_VERSION_STRING.
ecm_setup_version(${PROJECT_VERSION} VARIABLE_PREFIX REVAER VERSION_HEADER ${PROJECT_BINARY_DIR}/revaer_version.h)
target_include_directories(revaer_common INTERFACE ${PROJECT_BINARY_DIR})

# The application icon in every size the platforms ask for, rendered from
# resources/icons/revaer.svg (see resources/appicon/README.md).
file(GLOB REVAER_APP_ICONS ${PROJECT_SOURCE_DIR}/resources/appicon/*-apps-org.revaer.Revaer.png)

# The Windows executable's resources (icon, version, manifest). Configured on
# every system: tests/installer compiles it with MinGW's windres.
set(REVAER_WINDOWS_DIR ${PROJECT_SOURCE_DIR}/installer/windows)
set(REVAER_WINDOWS_RC ${PROJECT_BINARY_DIR}/installer/revaer.rc)
configure_file(${REVAER_WINDOWS_DIR}/revaer.rc.in ${REVAER_WINDOWS_RC} @ONLY)

# `cmake --build build --target clang-format` applies .clang-format to every
# C++ file; `clang-format-check` (KDE's) reports what it would change.
file(GLOB_RECURSE REVAER_FORMATTED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/engine/*.cpp ${PROJECT_SOURCE_DIR}/engine/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
    ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h)
kde_clang_format(${REVAER_FORMATTED_SOURCES})

target_compile_definitions(revaer_common INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
