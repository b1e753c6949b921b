#!/usr/bin/env bash
# Two or more PolicySite binaries on the same site, run by turns, for a change's effect on a
# build's wall time, CPU time and peak memory: the way every figure in the README's Performance
# section was measured ("alternated runs"). One binary's runs would spread over the machine's
# slow and fast minutes; taking turns puts each round's runs in the same minute.
#
#   bash scripts/compare-builds.sh [-n rounds] <site> <binary> <binary> [binary ...]
#
# <site> holds input/ and theme/, as a generated corpus does (`dotnet run -c Release --project
# tests/PolicySite.Benchmarks -- corpus 5000 /dev/shm/c5000` writes /dev/shm/c5000/policysite).
# A binary is a published PolicySite.Cli (e.g. Native AOT of two commits). Every run builds into
# a new, empty output folder on tmpfs with a fixed --now. Prints, for each binary, the medians and
# then every run's wall time and peak memory in round order, so that pairs can be compared.
set -euo pipefail

rounds=7
if [[ "${1:-}" == "-n" ]]; then
  rounds="$2"
  shift 2
fi
if (( $# < 3 )) || ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash scripts/compare-builds.sh [-n rounds] <site> <binary> <binary> [binary ...]" >&2
  exit 2
fi
site="$(realpath "$1")"
shift
[[ -d "$site/input" && -d "$site/theme" ]] || { echo "compare-builds: $site has no input/ and theme/" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "compare-builds: needs GNU time (apt-get install time)" >&2; exit 2; }
binaries=()
for binary in "$@"; do
  [[ -x "$binary" ]] || { echo "compare-builds: $binary is not an executable" >&2; exit 2; }
  binaries+=("$(realpath "$binary")")
done

work="$(mktemp -d /dev/shm/compare-builds.XXXXXX)"
trap 'rm -rf "$work"' EXIT
declare -a wall cpu rss
for ((round = 0; round < rounds; round++)); do
  for i in "${!binaries[@]}"; do
    rm -rf "$work/out"
    if ! (cd "$site" && /usr/bin/time -o "$work/time" -f "%e %U %S %M" "${binaries[$i]}" build \
          --input input --theme theme --output "$work/out" --now 2026-01-01T00:00:00Z >"$work/log" 2>&1); then
      echo "compare-builds: ${binaries[$i]} failed on $site:" >&2
      tail -5 "$work/log" >&2
      exit 1
    fi
    read -r e u s m <"$work/time"
    wall[$i]+="$e "
    cpu[$i]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') "
    rss[$i]+="$((m / 1024)) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "$site: $rounds rounds, medians (wall s, CPU s, peak MiB), then each round's wall s and peak MiB"
for i in "${!binaries[@]}"; do
  printf '%s\n  wall %s  CPU %s  peak %s\n  wall: %s\n  peak: %s\n' "${binaries[$i]}" \
    "$(median <<<"${wall[$i]}")" "$(median <<<"${cpu[$i]}")" "$(median <<<"${rss[$i]}")" "${wall[$i]}" "${rss[$i]}"
done
