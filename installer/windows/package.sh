# The Windows package: an .msi made with jpackage from the app-image (sourced by build.sh under Git Bash on
# Windows; jpackage needs the WiX Toolset on PATH: WiX 3.14, or WiX 4/5 with JDK 24+). Not built by CI.
# The fixed --win-upgrade-uuid in jpackage-msi.txt lets a newer .msi replace an older one: never change it.

customize_app_image() {
  :
}

package_native() {
  "$jdk/bin/jpackage" @"$here/jpackage-common.txt" @"$here/windows/jpackage-msi.txt" \
    --type msi \
    --app-version "$app_version" \
    --app-image "$out/Annals" \
    --license-file "$repo/LICENSE" \
    --dest "$out"
  local msi
  msi="$(ls "$out"/Annals-*.msi)"
  log "msi: $msi ($(($(wc -c <"$msi") / 1000000)) MB)"
}
