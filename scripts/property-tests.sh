#!/usr/bin/env bash
# A longer run of the property tests (tests/PolicySite.Tests/Robustness/RandomInputTests.cs):
# random Markdown and random front matter must build or end in located diagnostics, never crash.
# The normal test run tries 40 cases per property; this tries [cases] (default 500, about five
# minutes on two cores).
#
#   bash scripts/property-tests.sh [cases]
#
# A failure prints CsCheck's seed; run the same cases again with CsCheck_Seed=<seed>.
set -euo pipefail
cd "$(dirname "$0")/.."

cases="${1:-500}"
if ! [[ "$cases" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash scripts/property-tests.sh [cases]   (a positive number; default 500)" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Read by the tests (Robustness/PropertyRuns.cs) for the number of cases of each property.
export CsCheck_Iter="$cases"

echo "Property tests: $cases cases each"
dotnet test tests/PolicySite.Tests \
  --filter "FullyQualifiedName~PolicySite.Tests.Robustness.RandomInputTests" \
  --logger "console;verbosity=normal"
