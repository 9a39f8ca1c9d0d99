#include "BuildInfo.h"
// `make` writes mustdo_commit.h (`#define MUSTDO_COMMIT "<hash>"`) into .build/buildinfo, on the include path it gives
// every build, and rewrites it only when the hash changes: a new commit recompiles this file and the mustdo module.
#if __has_include("mustdo_commit.h")
#include "mustdo_commit.h"
#endif
#ifndef MUSTDO_COMMIT
#define MUSTDO_COMMIT ""
#endif
const char *mustdo_build_commit(void) { return MUSTDO_COMMIT; }
