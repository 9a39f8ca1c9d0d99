# Shared helpers for the end-to-end tests (sourced).
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_contains() { # haystack needle what
  case "$1" in *"$2"*) ;; *) fail "$3: expected to find '$2' in:"$'\n'"$1" ;; esac
}
