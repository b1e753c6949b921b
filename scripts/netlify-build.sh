#!/usr/bin/env bash
# Netlify's build (see netlify.toml): make sure a .NET 10 SDK is there, publish the `policysite`
# command, and build the site for the deploy's own address with --strict into output/.
#
#   bash scripts/netlify-build.sh BASE_URL        e.g. "$URL" or "$DEPLOY_PRIME_URL"
#
# Netlify's build image may lack .NET 10. Then Microsoft's official install script
# (dotnet-install.sh) puts the latest 10.0 SDK into Netlify's cache folder, which Netlify keeps
# between builds: only the first build, and the first after "Clear cache and deploy site",
# downloads it. Clearing the cache is also how to move to a newer 10.0 SDK.
# Runs anywhere else too; with a .NET 10 SDK on PATH it installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly dotnet_channel="10.0"
# Where the site is written: netlify.toml's `publish` (a test checks that they agree).
readonly output_dir="output"

base_url="${1:-}"
if [[ -z "$base_url" ]]; then
  echo "netlify-build: no base URL given; run it as: bash scripts/netlify-build.sh \"\$URL\"" >&2
  exit 2
fi

# Netlify keeps this folder between builds; elsewhere the user's cache folder stands in for it.
if [[ -n "${NETLIFY_CACHE_DIR:-}" ]]; then
  cache_dir="$NETLIFY_CACHE_DIR"
elif [[ "${NETLIFY:-}" == "true" ]]; then
  cache_dir="${NETLIFY_BUILD_BASE:-/opt/build}/cache"
else
  cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/policysite"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ "${NETLIFY:-}" == "true" ]]; then
  # NuGet packages too, so a build restores from the cache instead of the network.
  export NUGET_PACKAGES="$cache_dir/nuget"
fi

has_sdk_10() {
  "$1" --list-sdks 2>/dev/null | grep -q '^10\.'
}

if command -v dotnet >/dev/null 2>&1 && has_sdk_10 dotnet; then
  dotnet="dotnet"
else
  export DOTNET_ROOT="$cache_dir/dotnet"
  if ! has_sdk_10 "$DOTNET_ROOT/dotnet"; then
    echo "netlify-build: no .NET 10 SDK found; installing the latest $dotnet_channel SDK into $DOTNET_ROOT"
    mkdir -p "$DOTNET_ROOT"
    curl --fail --silent --show-error --location --retry 3 \
      --output "$cache_dir/dotnet-install.sh" https://dot.net/v1/dotnet-install.sh
    bash "$cache_dir/dotnet-install.sh" --channel "$dotnet_channel" --install-dir "$DOTNET_ROOT" --no-path
  else
    echo "netlify-build: using the cached .NET SDK in $DOTNET_ROOT"
  fi
  export PATH="$DOTNET_ROOT:$PATH"
  dotnet="$DOTNET_ROOT/dotnet"
fi
"$dotnet" --version

# The command is published as a native executable (Native AOT: no JIT, the fastest start; see
# README "Performance"), which needs clang; without clang it is published ReadyToRun instead.
# Compiling takes minutes, building the site well under a second, so the executable is kept in
# the cache under a hash of the generator's sources: a push that changes only content reuses it.
sources_hash="$(find src Directory.Build.props global.json -type f -not -path '*/bin/*' -not -path '*/obj/*' -print0 \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
app_dir="$cache_dir/policysite-$sources_hash"
if [[ -x "$app_dir/PolicySite.Cli" ]]; then
  echo "netlify-build: reusing the policysite command built from these sources ($app_dir)"
else
  rm -rf "$cache_dir"/policysite-*
  if command -v clang >/dev/null 2>&1; then
    aot=(-p:PublishAot=true)
  else
    echo "netlify-build: no clang for Native AOT; publishing ReadyToRun instead (slower start)"
    aot=(--self-contained -p:PublishReadyToRun=true)
  fi
  "$dotnet" publish src/PolicySite.Cli/PolicySite.Cli.csproj --configuration Release --runtime linux-x64 \
    "${aot[@]}" --output "$app_dir" --nologo
fi
"$app_dir/PolicySite.Cli" build --strict --base-url "$base_url" --output "$output_dir"
