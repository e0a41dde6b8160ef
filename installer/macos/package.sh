# The macOS package: a .dmg made with jpackage from Annals.app (sourced by build.sh; run it on a Mac).
# Not built by CI. To sign and notarize, add to macos/jpackage-dmg.txt and jpackage-app-image.txt:
#   --mac-sign --mac-signing-key-user-name "Developer ID Application: <name> (<team>)"
# then notarize the .dmg with `xcrun notarytool submit --wait` and `xcrun stapler staple`.

customize_app_image() {
  :
}

package_native() {
  "$jdk/bin/jpackage" @"$here/jpackage-common.txt" @"$here/macos/jpackage-dmg.txt" \
    --type dmg \
    --app-version "$app_version" \
    --app-image "$out/Annals.app" \
    --license-file "$repo/LICENSE" \
    --dest "$out"
  local dmg
  dmg="$(ls "$out"/Annals-*.dmg)"
  log "dmg: $dmg ($(($(wc -c <"$dmg") / 1000000)) MB)"
}
