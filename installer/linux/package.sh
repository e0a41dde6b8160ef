# The Linux package: a .deb made with jpackage from the app-image (sourced by build.sh).
source "$here/linux/relax-deb.sh"
source "$here/linux/cli-launcher.sh"

customize_app_image() {
  write_cli_launcher "$out/Annals"
}

install_debian_tools() {
  local -a missing=()
  command -v fakeroot >/dev/null || missing+=(fakeroot)
  command -v dpkg-deb >/dev/null || missing+=(dpkg)
  command -v ar >/dev/null || missing+=(binutils)
  ((${#missing[@]})) || return 0
  local sudo=""
  ((EUID == 0)) || sudo="$(command -v sudo || true)"
  if [[ -n "${ANNALS_NO_APT:-}" ]] || ! command -v apt-get >/dev/null || { ((EUID != 0)) && [[ -z "$sudo" ]]; }; then
    echo "build.sh: a .deb needs ${missing[*]}; install them (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  log "installing ${missing[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

package_native() {
  install_debian_tools
  # With --app-image jpackage takes the menu icon from the resource folder, not from --icon.
  mkdir -p "$out/resources"
  cp "$here"/linux/resources/* "$out/resources/"
  cp "$here/icons/annals-512.png" "$out/resources/Annals.png"
  "$jdk/bin/jpackage" @"$here/jpackage-common.txt" @"$here/linux/jpackage-deb.txt" \
    --type deb \
    --app-version "$app_version" \
    --app-image "$out/Annals" \
    --resource-dir "$out/resources" \
    --license-file "$repo/LICENSE" \
    --dest "$out"
  local deb
  deb="$(ls "$out"/annals_*.deb)"
  relax_xdg_utils_dependency "$deb"
  log "deb: $deb ($(($(stat -c %s "$deb") / 1000000)) MB)"
}
