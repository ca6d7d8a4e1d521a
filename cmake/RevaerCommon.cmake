# One INTERFACE target carries what every Revaer target shares: the language
# standard, warnings as errors for our own code, and Qt's strictness switches.
add_library(revaer_common INTERFACE)
target_compile_features(revaer_common INTERFACE cxx_std_17)

option(REVAER_WERROR "Treat compiler warnings in Revaer's own code as errors" ON)
# GCC's and clang's names for the same warnings differ: each gets its own.
target_compile_options(revaer_common INTERFACE
    -Wall -Wextra -Wnon-virtual-dtor
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang,AppleClang>:-Wshadow-uncaptured-local>
    $<$<BOOL:${REVAER_WERROR}>:-Werror>)

target_compile_definitions(revaer_common INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    REVAER_VERSION_STRING="${PROJECT_VERSION}")
