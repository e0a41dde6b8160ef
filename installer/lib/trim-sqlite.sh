# sqlite-jdbc carries its native library for 24 platforms (~25 MB unpacked). A package only needs the one
# for its own system and architecture, so the packaging copy keeps org/sqlite/native/<OS>/<arch> only
# (Linux/x86_64 for the .deb). Uses the JDK's jar tool (no zip needed). Sourced by build.sh.

sqlite_arch() {
  case "$(uname -m)" in
    x86_64|amd64) echo x86_64 ;;
    aarch64|arm64) echo aarch64 ;;
    *) uname -m ;;
  esac
}

sqlite_os() {
  case "$1" in linux) echo Linux ;; macos) echo Mac ;; windows) echo Windows ;; esac
}

trim_sqlite_natives() {
  local jdk="$1" lib="$2" os jar work arch
  os="$(sqlite_os "$3")"
  arch="$(sqlite_arch)"
  for jar in "$lib"/sqlite-jdbc-*.jar; do
    [[ -f "$jar" ]] || continue
    work="$(mktemp -d)"
    (cd "$work" && "$jdk/bin/jar" xf "$jar")
    if [[ ! -d "$work/org/sqlite/native/$os/$arch" ]]; then
      log "sqlite-jdbc has no native library for $os/$arch; keeping the jar whole"
      rm -rf "$work"; continue
    fi
    find "$work/org/sqlite/native" -mindepth 1 -maxdepth 1 ! -name "$os" -exec rm -rf {} +
    find "$work/org/sqlite/native/$os" -mindepth 1 -maxdepth 1 ! -name "$arch" -exec rm -rf {} +
    mv "$work/META-INF/MANIFEST.MF" "$work.mf"
    rm -f "$jar"
    "$jdk/bin/jar" --create --file "$jar" --manifest "$work.mf" -C "$work" .
    rm -rf "$work" "$work.mf"
  done
}
