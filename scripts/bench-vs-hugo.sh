#!/usr/bin/env bash
# Whole-process builds of PolicySite, of Hugo, of DocFX and of Markdig alone on the same text
# (issue #9), written up as tests/PolicySite.Benchmarks/results/vs-hugo.md with the machine it ran on.
#
#   bash scripts/bench-vs-hugo.sh [pages ...]        default: 1000 5000
#
# Sites: the repository's own input/ as a bare Hugo site beside it, and a generated corpus per
# page count (tests/PolicySite.Benchmarks, `corpus` and `hugo-policy`); DocFX builds the Hugo
# site's Markdown with a table of contents of every page (the generator's docfx/); Markdig alone
# (scripts/markdig-floor, the least a Markdig-based generator does) converts PolicySite's Markdown
# in a fixed HTML shell. Each round runs every tool once, turning
# which goes first, each into a fresh empty output folder; wall time, CPU time and peak RSS are
# GNU time's for the whole process. Everything generated lives under
# BENCH_DIR on tmpfs and is deleted at the end: never commit a corpus.
#
# Environment:
#   BENCH_ROUNDS=5           rounds per site (medians over these)
#   BENCH_DIR=/dev/shm/policysite-vs-hugo
#   BENCH_TIMEOUT=600        seconds a single build may take before it is killed
#   BENCH_MAX_RSS_MIB=...    resident memory a build may take before it is killed (half the RAM)
#   POLICYSITE_BIN=...       measure this binary (e.g. a Native AOT build) instead of publishing one
#   BENCH_NOTE="..."         a line for the results, e.g. what state the pipeline is in
#   BENCH_DOCFX=1            0 leaves DocFX out (it is installed as a .NET tool from NuGet into BENCH_DIR)
#   DOCFX_VERSION=2.81.0     the DocFX to install
#   BENCH_FLOOR=1            0 leaves out Markdig alone (published from scripts/markdig-floor, Native AOT)
#
# A build that is killed, or fails, ends that tool's runs on that site; the table then says why
# and after how long. Needs root for apt-get when hugo or GNU time is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
readonly repository="$PWD"

readonly rounds="${BENCH_ROUNDS:-5}"
readonly work="${BENCH_DIR:-/dev/shm/policysite-vs-hugo}"
readonly timeout_s="${BENCH_TIMEOUT:-600}"
readonly memory_kib=$(( ${BENCH_MAX_RSS_MIB:-$(awk '/^MemTotal:/ { print int($2 / 2048) }' /proc/meminfo)} * 1024 ))
readonly results="tests/PolicySite.Benchmarks/results/vs-hugo.md"
# A fixed "now", so every PolicySite build of a site does the same work.
readonly now="2026-01-01T00:00:00Z"
if (( $# > 0 )); then sizes=("$@"); else sizes=(1000 5000); fi
readonly docfx_version="${DOCFX_VERSION:-2.81.0}"
tools=(policysite hugo)
if [[ "${BENCH_DOCFX:-1}" != 0 ]]; then tools+=(docfx); fi
if [[ "${BENCH_FLOOR:-1}" != 0 ]]; then tools+=(markdig); fi
has_docfx() { [[ " ${tools[*]} " == *" docfx "* ]]; }
has_floor() { [[ " ${tools[*]} " == *" markdig "* ]]; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "bench-vs-hugo: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------

install_packages() {
  if (( EUID != 0 )); then
    log "need $* but not root; install them with apt-get and run again"
    exit 2
  fi
  # A fresh container has no package lists yet; update only when the install fails without them.
  apt-get install -y --no-install-recommends "$@" >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends "$@" >/dev/null; }
}
command -v hugo >/dev/null || { log "installing Debian's hugo"; install_packages hugo; }
[[ -x /usr/bin/time ]] || { log "installing GNU time"; install_packages time; }

# BENCH_DIR is deleted at the start and the end: only ever a folder this script made.
if [[ -e "$work" && ! -e "$work/.bench-vs-hugo" ]]; then
  log "$work exists and is not this script's; choose another BENCH_DIR"
  exit 2
fi
rm -rf "$work"
mkdir -p "$work/out"
touch "$work/.bench-vs-hugo"
trap 'rm -rf "$work"' EXIT

if [[ -n "${POLICYSITE_BIN:-}" ]]; then
  policysite="$(realpath "$POLICYSITE_BIN")"
  policysite_kind="given binary (POLICYSITE_BIN)"
else
  log "publishing the CLI (self-contained, ReadyToRun, linux-x64)"
  dotnet publish src/PolicySite.Cli -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -o "$work/app" --nologo >/dev/null
  policysite="$work/app/PolicySite.Cli"
  policysite_kind="self-contained ReadyToRun linux-x64 (dotnet publish)"
fi

if has_docfx; then
  log "installing DocFX $docfx_version (a .NET tool, from NuGet)"
  dotnet tool install --tool-path "$work/tools" docfx --version "$docfx_version" >/dev/null
  docfx="$work/tools/docfx"
fi

if has_floor; then
  log "publishing Markdig alone (scripts/markdig-floor, Native AOT)"
  dotnet publish scripts/markdig-floor -c Release -r linux-x64 -p:PublishAot=true -o "$work/floor" --nologo >/dev/null
  floor="$work/floor/markdig-floor"
  floor_markdig="$(sed -n 's/.*Include="Markdig" Version="\([^"]*\)".*/\1/p' scripts/markdig-floor/markdig-floor.csproj)"
fi

# --- sites -------------------------------------------------------------------------------------

log "generating the sites"
dotnet build tests/PolicySite.Benchmarks -c Release --nologo -v quiet >/dev/null
declare -A describe=()
# generate SITE ARGS...: writes the site pair and keeps the generator's one-line description of it.
generate() {
  local site="$1" report
  shift
  report="$(dotnet run -c Release --no-build --project tests/PolicySite.Benchmarks -- "$@")"
  echo "$report" >&2
  describe[$site]="${report%%$'\n'*}"
}
sites=(policy)
generate policy hugo-policy "$work/sites/policy"
for pages in "${sizes[@]}"; do
  sites+=("$pages")
  generate "$pages" corpus "$pages" "$work/sites/$pages"
done

# --- measuring ---------------------------------------------------------------------------------

# run TOOL SITE: one whole-process build into a new output folder. Prints "wall cpu rss-kib files
# output-kib" on success, or "killed:<why>:<seconds>:<last rss-kib>" / "failed:<exit code>:<seconds>".
run() {
  local tool="$1" site="$2" source="$work/sites/$2"
  # The output folder's own parent, so that PolicySite's temporary folder beside it goes with it.
  local folder="$work/out/$tool"
  local out="$folder/site" stats="$folder/time" output="$folder/log" clock="$folder/clock"
  rm -rf "$folder" && mkdir -p "$folder"
  local command
  case "$tool" in
    policysite) command=("$policysite" build --input "$source/policysite/input" --theme "$source/policysite/theme" --output "$out" --now "$now") ;;
    hugo) command=(hugo --source "$source/hugo" --destination "$out") ;;
    docfx)
      command=("$docfx" build "$source/docfx/docfx.json" --output "$out")
      # DocFX keeps intermediate files beside its project; every run starts without them.
      rm -rf "$source/docfx/obj" ;;
    markdig) command=("$floor" "$source/policysite/input" "$out") ;;
  esac

  # GNU time gives CPU time and peak memory, but wall time only in steps of 10 ms, which cannot
  # tell the policy site's builds apart (about 50 ms each): a shell between it and the build
  # reads the clock to the microsecond just before starting the build and just after it ends.
  /usr/bin/time -f '%e %U %S %M' -o "$stats" \
    bash -c 'clock="$1"; shift; printf "%s " "${EPOCHREALTIME/,/.}" >"$clock"; "$@"; status=$?; printf "%s\n" "${EPOCHREALTIME/,/.}" >>"$clock"; exit $status' \
    _ "$clock" "${command[@]}" >"$output" 2>&1 &
  local time_pid=$! started=$SECONDS killed="" last_rss=0 shell="" child="" key value
  # A watchdog instead of a cgroup: a build that runs away (time or memory grow with the square
  # of the page count) is stopped before it takes the shared machine down with it. It uses shell
  # builtins only: a first version started cat, awk and sleep five times a second, and those
  # processes, competing for the two cores, added about a second to a 5,000-page build.
  while kill -0 "$time_pid" 2>/dev/null; do
    # The build is the shell's child, and the shell GNU time's.
    if [[ -z "$shell" ]]; then
      read -r shell _ 2>/dev/null <"/proc/$time_pid/task/$time_pid/children" || true
    fi
    if [[ -n "$shell" && -z "$child" ]]; then
      read -r child _ 2>/dev/null <"/proc/$shell/task/$shell/children" || true
    fi
    if [[ -n "$child" ]]; then
      while read -r key value _; do
        if [[ "$key" == VmRSS: ]]; then last_rss="$value"; break; fi
      done 2>/dev/null <"/proc/$child/status" || true
      if (( last_rss > memory_kib )); then killed="memory"; kill -KILL "$child" 2>/dev/null || true; fi
      if (( SECONDS - started > timeout_s )); then killed="time"; kill -KILL "$child" 2>/dev/null || true; fi
    fi
    # Sleeps without starting a process: a read that times out on a pipe nobody writes to.
    read -r -t 0.5 -u "$idle_fd" _ || true
  done
  local status=0
  wait "$time_pid" || status=$?
  local seconds=$(( SECONDS - started ))
  if [[ -n "$killed" ]]; then
    echo "killed:$killed:$seconds:$last_rss"
  elif (( status != 0 )); then
    log "$tool failed on $site (exit $status); last lines of its output:"
    tail -n 5 "$output" >&2
    echo "failed:$status:$seconds"
  else
    local files output_kib
    files="$(find "$out" -name '*.html' | wc -l)"
    output_kib="$(du -sk "$out" | cut -f1)"
    local began ended
    read -r began ended <"$clock"
    echo "$(tail -n 1 "$stats" | awk -v began="$began" -v ended="$ended" '{ printf "%.4f %.2f %s", ended - began, $2 + $3, $4 }') $files $output_kib"
  fi
  rm -rf "$folder"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A pipe that never delivers anything, for the watchdog's sleeps (see run).
exec {idle_fd}<> <(:)
declare -A samples=() outcome=() files=() output_kib=()
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "one untimed build of each tool on the policy site, so the binaries are in the page cache"
for tool in "${tools[@]}"; do run "$tool" policy >/dev/null; done

for site in "${sites[@]}"; do
  for (( round = 1; round <= rounds; round++ )); do
    # Turn which tool goes first, so none always runs on the machine another just warmed.
    order=("${tools[@]:round % ${#tools[@]}}" "${tools[@]:0:round % ${#tools[@]}}")
    for tool in "${order[@]}"; do
      [[ -n "${outcome[$tool/$site]:-}" ]] && continue
      result="$(run "$tool" "$site")"
      log "$site, round $round, $tool: $result"
      if [[ "$result" == killed:* || "$result" == failed:* ]]; then
        outcome[$tool/$site]="$result"
        continue
      fi
      read -r wall cpu rss count kib <<<"$result"
      samples[$tool/$site]+="$wall $cpu $rss"$'\n'
      files[$tool/$site]="$count"
      output_kib[$tool/$site]="$kib"
    done
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- results -----------------------------------------------------------------------------------

# column TOOL SITE N: the median of the Nth measure (1 wall, 2 CPU, 3 RSS in KiB).
column() { printf '%s' "${samples[$1/$2]:-}" | awk -v n="$3" 'NF { print $n }' | median; }
runs() { printf '%s' "${samples[$1/$2]:-}" | awk 'NF' | wc -l; }
# spread TOOL SITE N FORMAT: the lowest and highest of the Nth measure, each formatted by FORMAT
# (a single run is both: sed prints its line twice).
spread() {
  local low high
  read -r low high < <(printf '%s' "${samples[$1/$2]:-}" | awk -v n="$3" 'NF { print $n }' | sort -g | sed -n '1p;$p' | paste -sd' ')
  if [[ -n "$low" ]]; then echo "$("$4" "$low") – $("$4" "$high")"; else echo "–"; fi
}
# Formatting; an empty value (no median) stays empty.
seconds() { if [[ -n "$1" ]]; then printf '%.2f s' "$1"; fi; }
# Wall time is read to the microsecond (see run); three decimals tell the smallest site's builds apart.
wall() { if [[ -n "$1" ]]; then printf '%.3f s' "$1"; fi; }
mib() { if [[ -n "$1" ]]; then awk -v k="$1" 'BEGIN { printf (k < 10240 ? "%.1f MiB" : "%.0f MiB"), k / 1024 }'; fi; }
ratio() { if [[ -n "$1" && -n "$2" ]]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f×", a / b }'; else echo "–"; fi; }
# What to print for a tool on a site when it has no median: why it stopped.
missing() {
  local why seconds rss
  IFS=: read -r _ why seconds rss <<<"${outcome[$1/$2]:-}"
  case "${outcome[$1/$2]:-}" in
    killed:time:*) echo "not finished: killed at the ${timeout_s} s limit ($(mib "$rss") RSS then)" ;;
    killed:memory:*) echo "not finished: killed above $(( memory_kib / 1024 )) MiB RSS after $seconds s" ;;
    failed:*) echo "failed (exit $why after $seconds s)" ;;
    *) echo "not run" ;;
  esac
}
# A median, else why there is none (in the wall-time column) or a dash (in the others).
cell() { if [[ -n "$1" ]]; then echo "$1"; elif [[ "${2:-}" == why ]]; then missing "$3" "$4"; else echo "–"; fi; }
site_name() { if [[ "$1" == policy ]]; then echo "policy site (input/)"; else echo "$1 pages" | sed -E ':a; s/([0-9])([0-9]{3})\b/\1,\2/; ta'; fi; }

cpu_model="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
memory_total="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
os_name="$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
hugo_version="$(hugo version)"
other_commands=""
if has_docfx; then other_commands+=', `docfx build docfx.json --output …`'; fi
if has_floor; then other_commands+=', `markdig-floor <input> <output>`'; fi
dotnet_version="$(dotnet --version)"
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src theme || echo ' (with uncommitted changes in src/ or theme/)')"

mkdir -p "$(dirname "$results")"
{
  echo "# PolicySite vs Hugo$(has_docfx && echo ", DocFX")$(has_floor && echo " and Markdig alone"): whole-process builds"
  echo
  echo "Written by \`scripts/bench-vs-hugo.sh $*\` on $(date -u '+%Y-%m-%d %H:%M UTC'); PolicySite at commit $commit."
  if [[ -n "${BENCH_NOTE:-}" ]]; then echo; echo "$BENCH_NOTE"; fi
  echo
  echo "## Machine"
  echo
  echo "- CPU: $cpu_model, $(nproc) logical cores"
  echo "- Memory: $memory_total"
  echo "- OS: $os_name"
  echo "- Hugo: $hugo_version (Debian package)"
  if has_docfx; then echo "- DocFX: $docfx_version (.NET tool from NuGet)"; fi
  if has_floor; then echo "- Markdig alone: scripts/markdig-floor, Markdig $floor_markdig, Native AOT (dotnet publish), server GC as PolicySite"; fi
  echo "- .NET SDK: $dotnet_version; PolicySite binary: $policysite_kind"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after"
  echo
  echo "## Method"
  echo
  echo "- Whole process, as CI runs it: \`PolicySite.Cli build --input … --theme … --output … --now $now\`, \`hugo --source … --destination …\`$other_commands."
  echo "- Each site's input and each output folder on tmpfs ($work); every run writes into a new, empty output folder."
  echo "- $rounds rounds per site; each round runs every tool once, turning which goes first. One untimed build of each tool beforehand."
  echo "- Wall time read by a shell around the build to the microsecond (\`\$EPOCHREALTIME\`; GNU time's \`%e\` steps by 10 ms); CPU time (user + system, the shell's ~2 ms included) and peak RSS from GNU time (\`%U + %S\`, \`%M\`); the tables give medians, and the lowest and highest of PolicySite's and Hugo's runs."
  echo "- A build is killed after ${timeout_s} s or above $(( memory_kib / 1024 )) MiB RSS; that tool then stops on that site."
  echo "- Hugo site: the same Markdown bodies with title, weight and description front matter; cross-references as plain links to"
  echo "  the same URLs; minimal layouts (HTML shell, title, content; section and home pages list their pages); taxonomies and RSS"
  echo "  off, sitemap and 404 on. PolicySite also writes what Hugo's bare site does not: contents navigation on every page,"
  echo "  notes and references pages, search index, redirects, headers, and validates every link in the output."
  if has_docfx; then
    echo "- DocFX site: the Hugo site's Markdown (\`content/\`) as a \`docfx.json\` project with DocFX's default template and a"
    echo "  table of contents (\`toc.yml\`) listing every page under its section: DocFX's navigation, as PolicySite's contents"
    echo "  list is. DocFX writes its own search index and checks links between its files."
  fi
  if has_floor; then
    echo "- Markdig alone: PolicySite's Markdown (\`input/\`), front matter cut off, to HTML with heading ids, pipe tables and"
    echo "  footnotes in a fixed HTML shell, one file per page, on every core: the issue's \"bare Markdig\" row. No templates,"
    echo "  navigation, cross-references, notes, search index or checks; what PolicySite takes beyond it is what those cost."
  fi
  echo
  echo "## Sites"
  echo
  # (|| true: an assignment fails with its last substitution, and set -e would end the script when Markdig alone is left out.)
  names="PolicySite / Hugo$(has_docfx && echo " / DocFX" || true)$(has_floor && echo " / Markdig alone" || true)"
  echo "| site | what | HTML files $names | output $names |"
  echo "|---|---|---|---|"
  for site in "${sites[@]}"; do
    counts="" sizes_out=""
    for tool in "${tools[@]}"; do
      counts+="${counts:+ / }${files[$tool/$site]:-–}"
      sizes_out+="${sizes_out:+ / }$(cell "$(mib "${output_kib[$tool/$site]:-}")")"
    done
    echo "| $(site_name "$site") | ${describe[$site]} | $counts | $sizes_out |"
  done
  echo
  echo "## Results (medians)"
  echo
  echo "| site | runs PolicySite / Hugo | wall PolicySite | wall Hugo | wall ratio | CPU PolicySite | CPU Hugo | CPU ratio | peak RSS PolicySite | peak RSS Hugo | RSS ratio |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for site in "${sites[@]}"; do
    p_wall="$(column policysite "$site" 1)"; h_wall="$(column hugo "$site" 1)"
    p_cpu="$(column policysite "$site" 2)"; h_cpu="$(column hugo "$site" 2)"
    p_rss="$(column policysite "$site" 3)"; h_rss="$(column hugo "$site" 3)"
    echo "| $(site_name "$site") | $(runs policysite "$site") / $(runs hugo "$site")" \
      "| $(cell "$(wall "$p_wall")" why policysite "$site") | $(cell "$(wall "$h_wall")" why hugo "$site") | $(ratio "$p_wall" "$h_wall")" \
      "| $(cell "$(seconds "$p_cpu")") | $(cell "$(seconds "$h_cpu")") | $(ratio "$p_cpu" "$h_cpu")" \
      "| $(cell "$(mib "$p_rss")") | $(cell "$(mib "$h_rss")") | $(ratio "$p_rss" "$h_rss") |"
  done
  echo
  echo "Ratios are PolicySite / Hugo: above 1× PolicySite is slower or larger. Wall time includes waiting for a core, so on a"
  echo "loaded machine (see the load average above) it varies from run to run far more than CPU time does."
  echo
  echo "## Spread (lowest – highest of the same runs)"
  echo
  echo "A median can meet a target that single runs miss: peak memory in particular varies from run to run with when the"
  echo "garbage collector runs."
  echo
  echo "| site | wall PolicySite | wall Hugo | peak RSS PolicySite | peak RSS Hugo |"
  echo "|---|---|---|---|---|"
  for site in "${sites[@]}"; do
    echo "| $(site_name "$site") | $(spread policysite "$site" 1 wall) | $(spread hugo "$site" 1 wall)" \
      "| $(spread policysite "$site" 3 mib) | $(spread hugo "$site" 3 mib) |"
  done
  if has_docfx; then
    echo
    echo "## Against DocFX (medians, same runs)"
    echo
    echo "| site | runs DocFX | wall DocFX | CPU DocFX | peak RSS DocFX | PolicySite faster by (wall) | (CPU) |"
    echo "|---|---|---|---|---|---|---|"
    for site in "${sites[@]}"; do
      d_wall="$(column docfx "$site" 1)"; d_cpu="$(column docfx "$site" 2)"; d_rss="$(column docfx "$site" 3)"
      echo "| $(site_name "$site") | $(runs docfx "$site") | $(cell "$(wall "$d_wall")" why docfx "$site")" \
        "| $(cell "$(seconds "$d_cpu")") | $(cell "$(mib "$d_rss")")" \
        "| $(ratio "$d_wall" "$(column policysite "$site" 1)") | $(ratio "$d_cpu" "$(column policysite "$site" 2)") |"
    done
  fi
  if has_floor; then
    echo
    echo "## Against Markdig alone (medians, same runs)"
    echo
    echo "| site | runs Markdig alone | wall Markdig alone | CPU Markdig alone | peak RSS Markdig alone | PolicySite takes (wall) | (CPU) | (RSS) |"
    echo "|---|---|---|---|---|---|---|---|"
    for site in "${sites[@]}"; do
      m_wall="$(column markdig "$site" 1)"; m_cpu="$(column markdig "$site" 2)"; m_rss="$(column markdig "$site" 3)"
      echo "| $(site_name "$site") | $(runs markdig "$site") | $(cell "$(wall "$m_wall")" why markdig "$site")" \
        "| $(cell "$(seconds "$m_cpu")") | $(cell "$(mib "$m_rss")")" \
        "| $(ratio "$(column policysite "$site" 1)" "$m_wall") | $(ratio "$(column policysite "$site" 2)" "$m_cpu") | $(ratio "$(column policysite "$site" 3)" "$m_rss") |"
    done
  fi
} >"$results"
cat "$results"
