#!/usr/bin/env bash
# PlanAct's one test command: sets up what a fresh machine lacks (a Chromium for Playwright),
# restores, builds and runs every test, then prints one line "N passed, N failed".
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter Category!=Browser]
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

say() { printf '[test.sh] %s\n' "$*"; }

find_browser() {
  local c
  for c in "${PLANACT_BROWSER_EXECUTABLE:-}" "${PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH:-}"; do
    [ -n "$c" ] && [ -x "$c" ] && { echo "$c"; return 0; }
  done
  for c in "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium*/chrome-linux*/chrome; do
    [ -x "$c" ] && { echo "$c"; return 0; }
  done
  for c in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return 0; }
  done
  return 1
}

if ! command -v dotnet >/dev/null 2>&1; then
  say "dotnet is not on PATH: install the .NET 10 SDK (https://dot.net) and run again."
  echo "0 passed, 1 failed"; exit 1
fi

if browser=$(find_browser); then
  say "browser: $browser"
else
  say "no Chromium found; installing one"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >"$results/apt.log" 2>&1 \
      || say "apt-get install chromium failed (see $results/apt.log)"
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >"$results/apt.log" 2>&1 \
      || say "sudo apt-get install chromium failed (see $results/apt.log)"
  fi
  if ! browser=$(find_browser); then
    say "trying Playwright's installer"
    dotnet build samples/PlanAct.Console -c Release -v q -nologo >/dev/null 2>&1 \
      && dotnet samples/PlanAct.Console/bin/Release/net10.0/planact.dll install-browser || true
  fi
  if browser=$(find_browser); then say "browser: $browser"; else
    say "no browser could be installed: browser tests will fail. Install one (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH."
  fi
fi

say "restore and build"
if ! dotnet build PlanAct.slnx -c Release -nologo -v q >"$results/build.log" 2>&1; then
  grep -E "error|Error" "$results/build.log" | sort -u | head -40
  say "build failed (full log: $results/build.log)"
  echo "0 passed, 1 failed"; exit 1
fi

say "running tests"
# One test assembly at a time (-m:1): the browser tests are timing-sensitive and the machine may have only 2 cores.
dotnet test PlanAct.slnx -c Release --no-build -nologo -m:1 \
  --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$results/test.log" | grep -vE '^\s*$' | grep -E 'Failed |Passed!|Failed!|error|Error Message' | head -200
status=${PIPESTATUS[0]}

passed=0; failed=0; total=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(echo "$line" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); p=${p:-0}
  fl=$(echo "$line" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p'); fl=${fl:-0}
  e=$(echo "$line" | sed -n 's/.* error="\([0-9]*\)".*/\1/p'); e=${e:-0}
  t=$(echo "$line" | sed -n 's/.* total="\([0-9]*\)".*/\1/p'); t=${t:-0}
  passed=$((passed + p)); failed=$((failed + fl + e)); total=$((total + t))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; say "dotnet test exited $status (see $results/test.log)"; fi
if [ "$total" -eq 0 ]; then say "no tests ran"; failed=$((failed > 0 ? failed : 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
