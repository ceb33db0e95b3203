#!/usr/bin/env bash
# What the tests need beyond npm: Debian's Chromium and CJK fonts for the end-to-end journeys,
# poppler (pdftotext and the Adobe CMaps) to read the monthly report's PDF back, and a running
# PostgreSQL for the second database engine.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ -x /usr/bin/pdftotext ] || need+=(poppler-utils)
[ -d /usr/share/poppler/cMap/Adobe-GB1 ] || need+=(poppler-data)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
