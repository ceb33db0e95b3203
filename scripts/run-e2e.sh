#!/usr/bin/env bash
# End-to-end journeys: build the web app, start the server on a free port with a fresh embedded
# database (the demo data loads into it), run e2e/*.e2e.ts against it in Chromium, stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent build

work=$(mktemp -d -t zhucun-e2e-XXXXXX)
port=$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log="$work/server.log"
server_pid=""

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  if [ "${E2E_KEEP:-}" = "1" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap stop_server EXIT

# node itself (not an npx wrapper) so the pid we stop is the server, which then closes its database child.
env -u DATABASE_URL NODE_ENV=development PORT="$port" HOST=127.0.0.1 DATA_DIR="$work/data" LOAD_DEMO=true LOG_LEVEL=warn \
  node --import tsx server/main.ts >"$log" 2>&1 &
server_pid=$!

base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "server exited before it was ready:" >&2
    cat "$log" >&2
    exit 1
  fi
  if curl -fsS "$base/api/health" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
if ! curl -fsS "$base/api/health" >/dev/null 2>&1; then
  echo "server did not answer /api/health within 120 s:" >&2
  cat "$log" >&2
  exit 1
fi

status=0
# E2E_FILES picks some journeys (space-separated paths); all of them by default.
E2E_BASE_URL="$base" node --import tsx --test --test-concurrency=1 ${E2E_FILES:-e2e/*.e2e.ts} || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log ---" >&2
  tail -n 80 "$log" >&2
fi
exit "$status"
