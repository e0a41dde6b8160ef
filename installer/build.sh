#!/usr/bin/env bash
# Builds the Annals installer: a jlink runtime holding only the modules the app needs, a jpackage app-image
# (target/installer/Annals, or Annals.app on macOS) and this platform's package in target/installer:
# Linux .deb (annals_<version>-1_amd64.deb), macOS .dmg, Windows .msi (from Git Bash).
#
#   mvn -B -Pinstaller -DskipTests package      # the documented command; runs this script after `package`
#   installer/build.sh [--type app-image|all] [--version X.Y.Z]   # once target/annals.jar exists
#
# Environment: ANNALS_JDK=/path/to/jdk forces the JDK (21 or newer, with jlink and jpackage).
# ANNALS_NO_APT=1 stops the script from installing missing Debian tools (fakeroot, binutils) with apt-get.
# Only the Linux build is exercised by CI; the macOS and Windows steps follow installer/README.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"   # paths inside the jpackage @argument files are relative to the repository
out="$repo/target/installer"
type=all
version=""

while (($#)); do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case "$type" in app-image|deb|dmg|msi|all) ;; *) echo "build.sh: --type must be app-image or all" >&2; exit 2 ;; esac
case "$(uname -s)" in
  Linux) platform=linux ;;
  Darwin) platform=macos ;;
  MINGW*|MSYS*|CYGWIN*) platform=windows ;;
  *) echo "build.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac

log() { echo "[installer] $*" >&2; }
source "$here/lib/find-jdk.sh"
source "$here/lib/trim-sqlite.sh"
source "$here/lib/trim-pdfbox.sh"
source "$here/lib/store-jars.sh"
source "$here/$platform/package.sh"

jdk="$(find_jdk)" || { echo "build.sh: no JDK 21+ with jlink and jpackage found (set ANNALS_JDK)" >&2; exit 1; }
feature="$(jdk_feature "$jdk")"
log "JDK: $jdk (feature release $feature), building for $platform"

jar="$repo/target/annals.jar"
[[ -f "$jar" && -d "$repo/target/lib" ]] || { echo "build.sh: $jar is missing; run mvn -B -DskipTests package first" >&2; exit 1; }
if [[ -z "$version" ]]; then
  version="$(sed -n 's/^version=//p' "$repo/target/classes/dev/annals/app/version.properties" 2>/dev/null || true)"
fi
# jpackage wants 1 to 3 numeric components (the .msi is strictest): 0.1.0-SNAPSHOT -> 0.1.0.
app_version="$(echo "${version:-0.0.0}" | grep -oE '^[0-9]+(\.[0-9]+){0,2}' || echo 0.0.0)"
log "version: ${version:-unknown} -> package version $app_version"

rm -rf "$out"
mkdir -p "$out/input/lib"
cp "$jar" "$out/input/"
cp "$repo"/target/lib/*.jar "$out/input/lib/"
# The platform-neutral javafx-*.jar files are empty placeholders next to the -linux/-mac/-win ones.
find "$out/input/lib" -name 'javafx-*-[0-9]*.[0-9].jar' -delete
trim_sqlite_natives "$jdk" "$out/input/lib" "$platform"
trim_pdfbox "$jdk" "$out/input/lib"
# two jars only: each MB stored adds a MB to the app-image (goal ≤ 120 MB) and takes about 0.3 MB off the .deb
store_jars "$jdk" "$out/input/annals.jar" "$out"/input/lib/javafx-controls-*.jar

# --- 1. the runtime: modules jdeps sees in the app and its libraries, plus the ones loaded by name at run time
modules="$("$jdk/bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps \
  "$out/input/annals.jar" "$out"/input/lib/*.jar 2>/dev/null | tail -1)"
extra="$(grep -v '^\s*#' "$here/runtime-modules.txt" | awk '{print $1}' | grep . | paste -sd, -)"
modules="$(echo "$modules,$extra" | tr ',' '\n' | grep . | sort -u | paste -sd, -)"
echo "$modules" | tr ',' '\n' > "$out/modules.txt"
log "runtime modules: $modules"

"$jdk/bin/jlink" \
  --add-modules "$modules" \
  --include-locales en,vi \
  --strip-debug --no-header-files --no-man-pages \
  --compress zip-6 \
  --output "$out/runtime"
# The default class-data-sharing archive (JDK classes) cuts start-up by about a third. jlink's
# --generate-cds-archive would also add a second 14 MB archive for heaps over 32 GB, which Annals never uses.
"$out/runtime/bin/java" -Xshare:dump >/dev/null

java_options=(--enable-native-access=ALL-UNNAMED)
# JDK 23+ warns on stderr when JavaFX 21 uses sun.misc.Unsafe memory access; the CLI's stderr must stay clean.
((feature >= 23)) && java_options+=(--sun-misc-unsafe-memory-access=allow)
# The window starts from a class-data archive the JVM writes on the first start where the app folder is writable
# (an unpacked app-image, a per-user install), and reuses after (docs/decisions/0504). bin/annals leaves these out.
java_options+=(-XX:+AutoCreateSharedArchive '-XX:SharedArchiveFile=$APPDIR/annals-window.jsa' '-Xlog:cds*=off')
java_option_args=()
for o in "${java_options[@]}"; do java_option_args+=(--java-options "$o"); done

# --- 2. the app-image (Linux: bin/Annals, lib/app with the jars and Annals.cfg, lib/runtime)
"$jdk/bin/jpackage" @"$here/jpackage-common.txt" @"$here/$platform/jpackage-app-image.txt" \
  --type app-image \
  --app-version "$app_version" \
  --input "$out/input" \
  --main-jar annals.jar \
  --main-class dev.annals.app.Start \
  --runtime-image "$out/runtime" \
  "${java_option_args[@]}" \
  --dest "$out"
image="$out/Annals"
[[ -d "$out/Annals.app" ]] && image="$out/Annals.app"
customize_app_image
log "app-image: $image ($(du -sm "$image" | cut -f1) MB)"

# --- 3. the platform's package, made from that app-image (installer/<platform>/package.sh)
[[ "$type" == app-image ]] || package_native
rm -rf "$out/input" "$out/resources"
