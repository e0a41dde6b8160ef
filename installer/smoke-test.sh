#!/usr/bin/env bash
# Smoke test of the packaged app: builds the app-image (and the .deb with --deb), then runs both packaged
# launchers (bin/Annals, bin/annals) as a user would: --version, --help, import of the seed corpus into a temporary library, list.
# Checks exit statuses, that stderr stays empty (no JVM warnings), the document count and the size goals
# (app-image <= 120 MB, .deb <= 60 MB; 1 MB = 10^6 bytes), and prints the sizes and the --version start time.
#
#   installer/smoke-test.sh                 # app-image only (about 1-2 minutes)
#   installer/smoke-test.sh --deb           # also the .deb (a few minutes more: xz compression)
#   installer/smoke-test.sh --deb --install # also dpkg -i it and run /opt/annals/bin/Annals (needs root)
#   installer/smoke-test.sh --skip-build    # test what target/installer already holds (.deb included)
#
# Skips (exit 0, "SKIP" on stderr) when no JDK 21+ with jpackage is found, so CI without one stays green.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="$repo/target/installer"
build=1 deb=0 install=0
while (($#)); do
  case "$1" in
    --deb) deb=1 ;;
    --install) deb=1; install=1 ;;
    --skip-build) build=0 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "smoke-test.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[smoke] $*" >&2; }
fail() { echo "[smoke] FAIL: $*" >&2; exit 1; }
source "$here/lib/find-jdk.sh"

if ! find_jdk >/dev/null; then
  log "SKIP: no JDK 21+ with jlink and jpackage (set ANNALS_JDK to test the installer)"
  exit 0
fi

if ((!build)) && ls "$out"/annals_*.deb >/dev/null 2>&1; then deb=1; fi
if ((build)); then
  if [[ ! -f "$repo/target/annals.jar" ]]; then
    log "building target/annals.jar"
    (cd "$repo" && mvn -B -q -DskipTests package)
  fi
  if ((deb)); then "$here/build.sh" --type all; else "$here/build.sh" --type app-image; fi
fi

image="$out/Annals"
[[ -x "$image/bin/Annals" ]] || fail "no app-image at $image (run without --skip-build)"
version="$(sed -n 's/^version=//p' "$repo/target/classes/dev/annals/app/version.properties" 2>/dev/null || true)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs the launcher; its stdout lands in $work/out, and any stderr output fails the test.
run() {
  local expected_status="$1"; shift
  local status=0
  "$launcher" "$@" >"$work/out" 2>"$work/err" || status=$?
  ((status == expected_status)) || fail "Annals $* exited $status, expected $expected_status: $(head -c 500 "$work/err")"
  [[ ! -s "$work/err" ]] || fail "Annals $* wrote to stderr: $(head -c 500 "$work/err")"
}

check_launcher() {
  launcher="$1"
  log "testing $launcher"
  run 0 --version
  grep -qx "Annals ${version:-.*}" "$work/out" || fail "--version printed '$(cat "$work/out")'"
  run 0 --help
  grep -q '^Usage: annals' "$work/out" || fail "--help printed no usage"
  local status=0
  "$launcher" --no-such-option >/dev/null 2>"$work/err" || status=$?
  ((status == 2)) || fail "a usage error exited $status, expected 2"

  local library="$work/library-$RANDOM"
  run 0 --library "$library" import --json "$repo/resources/corpus"
  local imported
  imported="$(grep -o '"status" *: *"\(imported\|duplicate\)"' "$work/out" | wc -l)"
  ((imported == 5)) || fail "import reported $imported of the 5 seeds as imported/duplicate: $(head -c 500 "$work/out")"
  run 0 --library "$library" list --json
  local listed
  listed="$(grep -o '"sha256"' "$work/out" | wc -l)"
  ((listed == 5)) || fail "list --json shows $listed documents, expected 5"
  log "imported and listed the 5 seeds"
}

# Median wall time of three `--version` runs, in milliseconds.
start_time_ms() {
  local -a times=()
  local i t0
  for i in 1 2 3; do
    t0="$(date +%s%N)"
    "$1" --version >/dev/null 2>&1
    times+=($((($(date +%s%N) - t0) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

check_size() {
  local what="$1" bytes="$2" limit_mb="$3"
  local mb=$((bytes / 1000000))
  printf '[smoke] %-9s %4d MB (%d MiB), goal <= %d MB\n' "$what" "$mb" $((bytes / 1048576)) "$limit_mb" >&2
  ((bytes <= limit_mb * 1000000)) || fail "$what is $mb MB, over $limit_mb MB"
}

# Both launchers: Annals (jpackage's, used by the menu entry) and annals (the command line's).
check_launchers() {
  local bin="$1" name
  for name in Annals annals; do
    [[ -x "$bin/$name" ]] || fail "no launcher $bin/$name"
    check_launcher "$bin/$name"
  done
  for name in Annals annals; do
    log "cold start, $bin/$name --version (median of 3): $(start_time_ms "$bin/$name") ms"
  done
}

check_launchers "$image/bin"
# the benchmark (target/annals-bench.jar) and the headless JavaFX of the tests (Monocle) are not shipped
"$(find_jdk)/bin/jar" tf "$image/lib/app/annals.jar" | grep -q '^dev/annals/bench/' && fail "the app-image holds the benchmark's classes"
ls "$image/lib/app/lib" | grep -qi monocle && fail "the app-image holds Monocle"
log "neither the benchmark nor Monocle is in the app-image"
# the class-data archive a start may have written (docs/decisions/0504) is not part of what ships
check_size app-image "$(du -sb --exclude=annals-window.jsa "$image" | cut -f1)" 120

if ((deb)); then
  package="$(ls "$out"/annals_*.deb 2>/dev/null | head -1)"
  [[ -f "$package" ]] || fail "no .deb in $out"
  check_size .deb "$(stat -c %s "$package")" 60
  # (into files first: grep -q closing a pipe early would kill dpkg-deb under pipefail)
  dpkg-deb -f "$package" Package >"$work/package"
  dpkg-deb -c "$package" >"$work/contents"
  dpkg-deb --fsys-tarfile "$package" | tar -xO ./opt/annals/lib/annals-Annals.desktop >"$work/desktop"
  grep -qx annals "$work/package" || fail "the .deb is not named annals"
  grep -q ' ./opt/annals/bin/Annals$' "$work/contents" || fail "the .deb has no /opt/annals/bin/Annals"
  grep -q ' ./opt/annals/bin/annals$' "$work/contents" || fail "the .deb has no /opt/annals/bin/annals"
  grep -qx 'Categories=Office;Education;' "$work/desktop" || fail "the desktop entry is not in Office;Education;"
  log "the .deb: $(basename "$package")"
  if ((install)); then
    dpkg -i "$package" >/dev/null || fail "dpkg -i $package failed"
    check_launchers /opt/annals/bin
  fi
fi
log "PASS"
