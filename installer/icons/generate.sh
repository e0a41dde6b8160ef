#!/usr/bin/env bash
# Regenerates the icon files from annals.svg. The outputs are committed, so building the installer
# never needs these tools; run this only after editing the SVG.
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
sizes=(16 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" annals.svg -o "annals-$s.png"
done
# Windows: one .ico with the sizes Explorer and the taskbar use (256 is stored as PNG).
icotool -c -o annals.ico annals-16.png annals-24.png annals-32.png annals-48.png annals-64.png -r annals-256.png
# macOS: the .icns sizes png2icns knows (it has no 24/64 slots).
png2icns annals.icns annals-16.png annals-32.png annals-48.png annals-128.png annals-256.png annals-512.png >/dev/null
ls -l annals-*.png annals.ico annals.icns
