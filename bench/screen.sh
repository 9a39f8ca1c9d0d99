#!/usr/bin/env bash
# Benchmark the screen (release build): start to first full frame in tmux at 120x40 (median of 30),
# and in-process figures from mustdo-bench (render 200x60, key to screen, toggle, bytes, week review).
# Needs tmux; uses bench/out/history.sqlite from bench/today.sh when present. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out; mkdir -p "$out"
swift build -c release --static-swift-stdlib --product mustdo >/dev/null
swift build -c release --product mustdo-bench >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/mustdo
benchbin=$(swift build -c release --show-bin-path)/mustdo-bench
db="$PWD/$out/screen.sqlite"; rm -f "$db"*
export XDG_CONFIG_HOME="$PWD/$out/config" LANG=C.UTF-8 MUSTDO_LANG=zh
"$bin" init --db "$db" --today 2026-11-23 >/dev/null
printf 'plan_on_first_start = false\n' > "$out/screen.toml"
sock=mustdo-bench-$$
times=()
for i in $(seq 1 30); do
  s=$(date +%s%N)
  tmux -L $sock-$i new-session -d -x 120 -y 40 "$bin --db $db --config $out/screen.toml --today 2026-11-23"
  until tmux -L $sock-$i capture-pane -p | grep -q "每年必做"; do sleep 0.001; done
  e=$(date +%s%N)
  times+=($(( (e - s) / 100000 )))
  tmux -L $sock-$i kill-server
done
first=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 15p)
# A fresh tmux window running only `true`, for scale.
echos=()
for i in $(seq 1 30); do
  s=$(date +%s%N)
  tmux -L $sock-e$i new-session -d -x 120 -y 40 "echo ready; sleep 5"
  until tmux -L $sock-e$i capture-pane -p | grep -q "ready"; do sleep 0.001; done
  e=$(date +%s%N)
  echos+=($(( (e - s) / 100000 )))
  tmux -L $sock-e$i kill-server
done
echo_median=$(printf '%s\n' "${echos[@]}" | sort -n | sed -n 15p)
# Bytes the real program sends to the terminal for one toggle (the frame that shows it; measured around ncurses' update).
sock=$sock-stats
tmux -L $sock new-session -d -x 120 -y 40 "MUSTDO_DRAW_STATS=$PWD/$out/draw-stats.txt $bin --db $db --config $out/screen.toml --today 2026-11-23"
until tmux -L $sock capture-pane -p | grep -q "每年必做"; do sleep 0.01; done
tmux -L $sock send-keys j j j Space
until tmux -L $sock capture-pane -p | grep -q "\[✓\] 参加一次鼓舞式的晨会"; do sleep 0.01; done
tmux -L $sock send-keys q
sleep 0.5
tmux -L $sock kill-server 2>/dev/null || true
echo "terminal output for one toggle: $(cat $out/draw-stats.txt)"
echo "start to first frame in tmux, 120x40 (median 30): $((first / 10)).$((first % 10)) ms (an echo in a fresh tmux window: $((echo_median / 10)).$((echo_median % 10)) ms)"
if [ -f "$out/history.sqlite" ]; then
  cp "$out/history.sqlite" "$out/history-screen.sqlite"
  "$benchbin" "$out/history-screen.sqlite"
else
  "$benchbin"
fi
