#!/usr/bin/env bash
# Runs every server test file once per database engine: embedded PGlite, then PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find server contracts scripts -name '*.test.ts' -not -path '*/node_modules/*' | sort)
engines=${TEST_ENGINES:-"embedded postgres"}
for engine in $engines; do
  echo "# server tests on ${engine}"
  TEST_DB=$engine node --import tsx --test --test-concurrency=2 "${files[@]}"
done
