#ifndef MUSTDO_BUILD_INFO_H
#define MUSTDO_BUILD_INFO_H
/// The commit the binary was built from: `make` writes it into mustdo_commit.h; a plain `swift build` has none.
const char *mustdo_build_commit(void);
#endif
