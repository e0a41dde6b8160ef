# The .deb compresses its whole payload with xz, which packs class files far better than each jar's own deflate
# does; a deflated jar reaches xz as noise. The packaging copies of the largest class jars are written stored
# (not deflated), so the package is smaller and the app-image a little larger. target/lib is untouched. Uses the
# JDK's jar tool. Sourced by build.sh.

store_jars() {
  local jdk="$1" jar work
  shift
  for jar in "$@"; do
    [[ -f "$jar" ]] || continue
    work="$(mktemp -d)"
    (cd "$work" && "$jdk/bin/jar" xf "$jar")
    mv "$work/META-INF/MANIFEST.MF" "$work.mf"
    rm -f "$jar"
    "$jdk/bin/jar" --create --no-compress --file "$jar" --manifest "$work.mf" -C "$work" .
    rm -rf "$work" "$work.mf"
  done
}
