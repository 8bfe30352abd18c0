#!/usr/bin/env bash
# Shows that "who is on call at t" costs the same for a rotation anchored ten years back as for one anchored a week
# back (the lookup computes the shift, it does not walk from the anchor). Fails when a ratio reaches 2.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
java -Xmx256m -cp target/classes:target/test-classes io.tierdesk.oncall.schedule.OnCallLookupBenchmark
