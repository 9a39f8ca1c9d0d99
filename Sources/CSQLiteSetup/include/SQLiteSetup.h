#ifndef MUSTDO_SQLITE_SETUP_H
#define MUSTDO_SQLITE_SETUP_H
/// Process-wide SQLite settings, made once before the first connection (sqlite3_config is variadic, so Swift cannot
/// call it). Returns SQLite's result code: SQLITE_MISUSE when SQLite was already initialised (then nothing changed).
int mustdo_sqlite_set_up(void);
#endif
