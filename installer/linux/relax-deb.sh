# jpackage makes the .deb depend on xdg-utils, whose xdg-desktop-menu its scripts call to add the menu
# entry. A headless machine (a server, a CI box, this project's build machine) has no xdg-utils, so
# `dpkg -i` would stop there although the CLI needs none of it. This rewrites the package's control
# archive (the data archive is untouched): xdg-utils becomes Recommends (apt still installs it on a
# desktop) and the maintainer scripts call xdg-desktop-menu only when it exists. If jpackage's scripts
# ever change shape, the package is left exactly as jpackage made it. Sourced by build.sh.

relax_xdg_utils_dependency() {
  local deb work member
  deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  work="$(mktemp -d)"
  member="$(ar t "$deb" | grep '^control\.tar' | head -1)"
  if [[ "$member" != control.tar.xz ]] || ! grep -q 'xdg-utils' <(dpkg-deb -f "$deb" Depends); then
    log "left the .deb's xdg-utils dependency as jpackage made it (control member: $member)"
    rm -rf "$work"; return 0
  fi
  (cd "$work" && ar x "$deb" "$member" && mkdir control && tar -xJf "$member" -C control)
  local c="$work/control"
  if ! grep -q '^xdg-desktop-menu install ' "$c/postinst" || ! grep -q ' xdg-desktop-menu uninstall ' "$c/prerm"; then
    log "jpackage's maintainer scripts changed shape; keeping xdg-utils as a dependency"
    rm -rf "$work"; return 0
  fi
  sed -i 's/^\(xdg-desktop-menu install .*\)$/if command -v xdg-desktop-menu >\/dev\/null 2>\&1; then \1; fi/' "$c/postinst"
  sed -i 's/^\(do_if_file_belongs_to_single_package .* xdg-desktop-menu uninstall .*\)$/if command -v xdg-desktop-menu >\/dev\/null 2>\&1; then \1; fi/' "$c/prerm"
  sed -i -e 's/^\(Depends: .*\)$/\1\nRecommends: xdg-utils/' -e '/^Depends:/{s/xdg-utils *,\? *//; s/ *, */, /g; s/, *$//}' "$c/control"
  (cd "$work" && rm "$member" && tar --owner=0 --group=0 --numeric-owner -cJf "$member" -C control . && ar r "$deb" "$member")
  rm -rf "$work"
  log "xdg-utils is now recommended, not required (menu entry added only where it is installed)"
}
