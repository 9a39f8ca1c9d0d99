# The view stack decides what is drawn behind a prompt and where Esc returns (issue 9 item 3); Esc clears a filter
# accepted with Enter (item 6); undo in a past week names the item (item 7); `f` on a past period is refused with a
# sentence (item 12); the selected item's note shows, and after `a` and `f` the cursor follows the item, each action
# saying what it did (item 16).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" init --db "$db" --today 2026-11-16 >/dev/null
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-26
wait_for_text "Daily" 5

# Item 3: help opened from the week review, back to the week, back home: the filter prompt is drawn over home.
tm send-keys -t main w; wait_for_text "Week review" 5
tm send-keys -t main '?'; wait_for_text "Keys ·" 5
tm send-keys -t main Escape; sleep 0.2
tm send-keys -t main w; wait_for_text "Daily" 5
tm send-keys -t main /; sleep 0.3
screen_text | grep -q "Week review" && fail "the week review is drawn behind home's filter prompt"
screen_text | tail -1 | grep -q "^ /" || { screen_text | tail -2; fail "the filter prompt is on the bottom line"; }
tm send-keys -t main Escape; sleep 0.2
# The skip prompt opened in the week review shows the week review behind it.
tm send-keys -t main w; wait_for_text "Week review" 5
tm send-keys -t main s; wait_for_text "Skip reason" 3
screen_text | grep -q "Week review" || fail "the week review is not drawn behind its own skip prompt"
tm send-keys -t main Escape; sleep 0.2
screen_text | grep -q "Week review" || fail "Esc in the skip prompt did not return to the week review"
tm send-keys -t main w; wait_for_text "Daily" 5

# Item 6: a filter accepted with Enter is cleared by Esc.
tm send-keys -t main / c u s t o m e r Enter
wait_for_text "filter: customer" 3
sleep 0.2
tm send-keys -t main Escape
wait_for_text "Filter cleared." 3
screen_text | grep -q "filter: customer" && fail "Esc did not clear the accepted filter"

# Item 16: the selected item's note shows on screen; every action says what it did.
tm send-keys -t main n; wait_for_text "Note (" 3
tm send-keys -t main -l "call Mr. Wang first"; tm send-keys -t main Enter
wait_for_text "Note saved: " 3
wait_for_text "✎ call Mr. Wang first" 3
tm send-keys -t main Space; wait_for_text "Done: " 3
# After `a` the cursor is on the new task.
tm send-keys -t main a; wait_for_text "New task for today" 3
tm send-keys -t main -l "visit the new shop"; tm send-keys -t main Enter
wait_for_text "Added today's task: visit the new shop" 3
tm send-keys -t main Space; wait_for_text "Done: visit the new shop" 3
# After `f` the cursor stays on the item, now first in Daily.
tm send-keys -t main j j; sleep 0.2
tm send-keys -t main f; wait_for_text "Marked as today's focus: " 3
title=$(screen_text | grep -o "Marked as today's focus: .*" | sed "s/Marked as today's focus: //; s/ *$//")
tm send-keys -t main n; wait_for_text "Note (" 3; tm send-keys -t main -l "focus note"; tm send-keys -t main Enter
wait_for_text "Note saved: $title" 3

# Item 12: `f` on a past period changes nothing unseen: it is refused with a sentence.
tm send-keys -t main '['; sleep 0.3
tm send-keys -t main f
wait_for_text "Focus marks are for today's lists: press t to go back to today first." 3
tm send-keys -t main t; sleep 0.2

# Item 7: undo in a past week names the item.
tm send-keys -t main w; wait_for_text "Week review" 5
tm send-keys -t main '['; wait_for_text "Week review 2026-W47" 5
tm send-keys -t main Space; wait_for_text "Done: " 3
tm send-keys -t main u
wait_for_regex "Undid: [A-Za-z]" 3
tm send-keys -t main q
wait_for_exit 3
