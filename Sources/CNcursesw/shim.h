// The C surface of ncursesw that NcursesBackend uses, as functions Swift 6 can call:
// macros (KEY_F, COLOR_PAIR, WA_*, mouse masks) and globals (stdscr, curscr, COLORS) are not
// importable, or not concurrency-safe, so they are wrapped in static inline functions here.
#ifndef MUSTDO_CNCURSESW_SHIM_H
#define MUSTDO_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: screen

/// Starts curses on standard output and input with the terminal type `term` (NULL: $TERM);
/// returns NULL instead of exiting when the terminal type is unknown.
static inline SCREEN *mustdo_newterm(const char *term) {
    return newterm(term, stdout, stdin);
}

/// The standard screen window.
static inline WINDOW *mustdo_stdscr(void) { return stdscr; }

/// Makes the next refresh repaint the whole terminal.
static inline void mustdo_clear_on_next_refresh(void) { clearok(curscr, TRUE); }

/// The size of the standard screen.
static inline void mustdo_size(int *rows, int *cols) {
    int y = 0, x = 0;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}

/// The number of colours (0 before start_color).
static inline int mustdo_colors(void) { return COLORS; }

/// The number of colour pairs (0 before start_color).
static inline int mustdo_color_pairs(void) { return COLOR_PAIRS; }

/// The locale's character set name, e.g. "UTF-8" (after setlocale).
static inline const char *mustdo_codeset(void) { return nl_langinfo(CODESET); }

/// Sets the locale from the environment.
static inline void mustdo_setlocale_from_environment(void) { setlocale(LC_ALL, ""); }

/// The C library's column width of a wide character (-1 when it does not know it).
/// Declared here because glibc's <wchar.h> hides wcwidth unless _XOPEN_SOURCE is set.
extern int wcwidth(wchar_t c);
static inline int mustdo_wcwidth(wchar_t c) { return wcwidth(c); }

// MARK: attributes

static inline attr_t mustdo_attr_bold(void) { return WA_BOLD; }
static inline attr_t mustdo_attr_dim(void) { return WA_DIM; }
static inline attr_t mustdo_attr_underline(void) { return WA_UNDERLINE; }
static inline attr_t mustdo_attr_reverse(void) { return WA_REVERSE; }
static inline attr_t mustdo_attr_italic(void) { return WA_ITALIC; }
static inline attr_t mustdo_attr_blink(void) { return WA_BLINK; }

/// Writes one cell: up to CCHARW_MAX wide characters (a spacing one, then combining ones,
/// NUL-terminated) with attributes and an extended colour pair, at row y, column x.
static inline int mustdo_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, (NCURSES_PAIRS_T)(pair < 0x7fff ? pair : 0), &pair) == ERR) {
        return ERR;
    }
    return mvwadd_wch(win, y, x, &cc);
}

// MARK: input

/// Reads one key: returns -1 when none came, 0 for a character, 1 for a KEY_* code.
static inline int mustdo_get_wch(WINDOW *win, unsigned int *out) {
    wint_t ch = 0;
    int rc = wget_wch(win, &ch);
    *out = (unsigned int)ch;
    if (rc == ERR) return -1;
    return rc == KEY_CODE_YES ? 1 : 0;
}

/// The key code of function key Fn.
static inline int mustdo_key_f(int n) { return KEY_F(n); }

// MARK: mouse

/// The mouse events MustDo asks for: presses and releases of buttons 1-3 and the wheel.
static inline mmask_t mustdo_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON2_PRESSED | BUTTON2_RELEASED
         | BUTTON3_PRESSED | BUTTON3_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/// Reads the pending mouse event: kind 0 press, 1 release, 2 wheel up, 3 wheel down, -1 other;
/// returns 0 on success, -1 when there is none.
static inline int mustdo_get_mouse(int *x, int *y, int *kind, int *button) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return -1;
    *x = ev.x;
    *y = ev.y;
    mmask_t s = ev.bstate;
    *kind = -1;
    *button = 0;
    if (s & BUTTON4_PRESSED) { *kind = 2; }
    else if (s & BUTTON5_PRESSED) { *kind = 3; }
    else if (s & BUTTON1_PRESSED) { *kind = 0; *button = 1; }
    else if (s & BUTTON2_PRESSED) { *kind = 0; *button = 2; }
    else if (s & BUTTON3_PRESSED) { *kind = 0; *button = 3; }
    else if (s & BUTTON1_RELEASED) { *kind = 1; *button = 1; }
    else if (s & BUTTON2_RELEASED) { *kind = 1; *button = 2; }
    else if (s & BUTTON3_RELEASED) { *kind = 1; *button = 3; }
    else if (s & (BUTTON1_CLICKED)) { *kind = 0; *button = 1; }
    return 0;
}

// MARK: signals

/// Installs `handler` for `sig` with SA_RESTART (poll, which curses waits in, still returns early).
static inline int mustdo_set_signal_handler(int sig, void (*handler)(int)) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sa.sa_handler = handler;
    return sigaction(sig, &sa, NULL);
}

/// Restores the default action for `sig`.
static inline int mustdo_reset_signal_handler(int sig) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = SIG_DFL;
    return sigaction(sig, &sa, NULL);
}

#endif
