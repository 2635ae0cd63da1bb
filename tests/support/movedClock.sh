#!/usr/bin/env bash
# The unit and integration tests once more under a moved system clock (Debian's faketime), so that
# nothing passes only because of the day the suite runs: the first half hour of New Year in a
# process that lives in Berlin (UTC still in the old year). The clock runs on from there.
# Part of `npm test`; the calendar matrix (tests/support/calendar.ts) covers the other instants.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v faketime >/dev/null 2>&1; then
  echo "faketime is missing: sudo apt-get install -y faketime (Debian's libfaketime)" >&2
  exit 1
fi
at="${MOVED_CLOCK_AT:-2027-01-01 00:30:00}"
echo "Unit and integration tests under a system clock set to $at, Europe/Berlin"
TZ=Europe/Berlin faketime "$at" npx vitest run --config vitest.unit.config.ts
TZ=Europe/Berlin faketime "$at" npx vitest run tests/integration
