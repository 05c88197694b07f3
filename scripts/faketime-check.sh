#!/usr/bin/env bash
# Runs the tests with the system clock set to a chosen moment (UTC), from
# where it runs on, to find tests that pass or fail with the time of day, the
# date, the day of the week or British Summer Time. Needs libfaketime
# (apt-get install faketime). Build first (node scripts/build.js).
#
#   scripts/faketime-check.sh '2026-07-01 23:30:00' browser [wtr args…]
#   scripts/faketime-check.sh '2026-12-04 23:58:00' node [test files…]
#
# Moments worth a run: 2026-07-01 23:30 (London already on 2 July, BST),
# 2026-12-04 23:58 (midnight passes during the run; a Friday, then Saturday),
# 2026-12-05 03:00 (a Saturday before any meeting of the day), 2026-03-29 00:59
# (BST starts at 01:00), 2026-12-02 16:59 (a meeting at 17:00 about to start).
#
# The whole run (the test runner, Chromium and every process they start) sees
# the same clock, moved by a fixed offset (FAKETIME="+Ns"/"-Ns"): "@moment"
# would restart the clock in each new process, and FAKETIME_DONT_FAKE_MONOTONIC
# leaves Chromium unable to load a page (it hangs), so the monotonic clock is
# moved by the same offset, which keeps timers working.
set -euo pipefail
cd "$(dirname "$0")/.."
moment="${1:?a UTC moment, such as '2026-07-01 23:30:00'}"
suite="${2:?browser or node}"
shift 2
lib=$(find /usr/lib -name libfaketime.so.1 -print -quit 2>/dev/null || true)
[ -n "$lib" ] || { echo 'libfaketime is missing: apt-get install faketime' >&2; exit 1; }
offset=$(($(date -ud "$moment" +%s) - $(date +%s)))
[ "$offset" -ge 0 ] && offset="+$offset"
export LD_PRELOAD="$lib" FAKETIME="$offset"
echo "clock: $(date -u '+%F %T UTC, %A') (FAKETIME=$FAKETIME)"
case "$suite" in
  browser) exec npx wtr "$@" ;;
  node)
    if [ $# -eq 0 ]; then set -- $(find test/node -name '*.test.js' | sort); fi
    exec node --test --test-timeout=600000 "$@"
    ;;
  *) echo "unknown suite: $suite (browser or node)" >&2; exit 2 ;;
esac
