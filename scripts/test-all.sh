#!/usr/bin/env bash
# Every test: types, lint, server (both engines), web units, end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
echo "# typecheck"; npm run --silent typecheck
echo "# lint"; npm run --silent lint
bash scripts/run-server-tests.sh
if compgen -G "web/**/*.test.ts*" >/dev/null || [ -n "$(find web -name '*.test.ts*' 2>/dev/null | head -n1)" ]; then
  echo "# web unit tests"; npx vitest run --config web/vitest.config.ts
fi
if [ -n "$(find e2e -name '*.e2e.ts' 2>/dev/null | head -n1)" ]; then
  echo "# end-to-end"; bash scripts/run-e2e.sh
fi
