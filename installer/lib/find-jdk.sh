# Finds the JDK that builds the installer: 21 or newer, with jlink and jpackage (sourced by build.sh and
# smoke-test.sh). Order: $ANNALS_JDK, $JAVA_HOME, then the usual JDK folders (/usr/lib/jvm on Linux,
# /Library/Java/JavaVirtualMachines on macOS, Program Files on Windows), Temurin first, newest first.

# The feature release of a JDK folder (25 for 25.0.3), from its `release` file or `java -version`.
jdk_feature() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1)"
  [[ -z "$v" ]] && v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -1)"
  echo "${v:-0}"
}

jdk_usable() {
  [[ -x "$1/bin/jlink" && -x "$1/bin/jpackage" && -x "$1/bin/jdeps" ]] && (($(jdk_feature "$1") >= 21))
}

find_jdk() {
  local c
  local -a candidates=()
  [[ -n "${ANNALS_JDK:-}" ]] && candidates+=("$ANNALS_JDK")
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  local -a temurin=() others=()
  for c in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "/c/Program Files/Eclipse Adoptium"/* "/c/Program Files/Java"/*; do
    [[ -d "$c" && ! -L "$c" ]] || continue
    if [[ "$c" == *temurin* ]]; then temurin+=("$(jdk_feature "$c") $c"); else others+=("$(jdk_feature "$c") $c"); fi
  done
  while read -r _ c; do [[ -n "$c" ]] && candidates+=("$c"); done < <(printf '%s\n' "${temurin[@]}" | sort -rn)
  while read -r _ c; do [[ -n "$c" ]] && candidates+=("$c"); done < <(printf '%s\n' "${others[@]}" | sort -rn)
  for c in "${candidates[@]}"; do
    if jdk_usable "$c"; then echo "$c"; return 0; fi
  done
  return 1
}
