# sqlite-jdbc carries its native library for 24 platforms (~25 MB unpacked). A Linux package only needs the
# one for this machine's architecture, so the packaging copy keeps org/sqlite/native/Linux/<arch> only.
# Uses the JDK's jar tool (no zip needed). Sourced by build.sh.

sqlite_arch() {
  case "$(uname -m)" in
    x86_64|amd64) echo x86_64 ;;
    aarch64|arm64) echo aarch64 ;;
    *) uname -m ;;
  esac
}

trim_sqlite_natives() {
  local jdk="$1" lib="$2" jar work arch
  arch="$(sqlite_arch)"
  for jar in "$lib"/sqlite-jdbc-*.jar; do
    [[ -f "$jar" ]] || continue
    work="$(mktemp -d)"
    (cd "$work" && "$jdk/bin/jar" xf "$jar")
    if [[ ! -d "$work/org/sqlite/native/Linux/$arch" ]]; then
      log "sqlite-jdbc has no native library for Linux/$arch; keeping the jar whole"
      rm -rf "$work"; continue
    fi
    find "$work/org/sqlite/native" -mindepth 1 -maxdepth 1 ! -name Linux -exec rm -rf {} +
    find "$work/org/sqlite/native/Linux" -mindepth 1 -maxdepth 1 ! -name "$arch" -exec rm -rf {} +
    mv "$work/META-INF/MANIFEST.MF" "$work.mf"
    rm -f "$jar"
    "$jdk/bin/jar" --create --file "$jar" --manifest "$work.mf" -C "$work" .
    rm -rf "$work" "$work.mf"
  done
}
