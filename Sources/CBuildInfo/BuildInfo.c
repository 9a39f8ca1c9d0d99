#include "BuildInfo.h"
#ifndef MUSTDO_COMMIT
#define MUSTDO_COMMIT ""
#endif
const char *mustdo_build_commit(void) { return MUSTDO_COMMIT; }
