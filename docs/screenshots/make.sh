#!/usr/bin/env bash
# Makes the user guide's screenshots (docs/screenshots/<lang>/<view>.png) from the bundled articles, in a
# throwaway library with a few example annotations made through the command line. Needs a display: it runs
# each screenshot under xvfb-run when there is none. ImageMagick's convert, when present, shrinks the PNGs.
#   bash docs/screenshots/make.sh            # build target/annals.jar first if it is missing
set -euo pipefail
cd "$(dirname "$0")/../.."

java_bin=${JAVA:-}
if [[ -z "$java_bin" ]]; then
  for j in /usr/lib/jvm/*/bin/java "$(command -v java)"; do
    if [[ -x "$j" ]] && "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then java_bin=$j; break; fi
  done
fi
[[ -n "$java_bin" ]] || { echo "make.sh: needs Java 21 or newer" >&2; exit 1; }
[[ -f target/annals.jar ]] || mvn -B -q -DskipTests package

library=$(mktemp -d)
trap 'rm -rf "$library"' EXIT
annals() { "$java_bin" -jar target/annals.jar --library "$library" "$@"; }
on_display() { if [[ -n "${DISPLAY:-}" ]]; then "$@"; else xvfb-run -a "$@"; fi; }

annals annotate 3 --theme "an ninh trật tự" --quote "an ninh trật tự" --note "The conference's first priority." >/dev/null
annals annotate 3 --theme "phòng chống tội phạm" --quote "tội phạm" >/dev/null
annals annotate 3 --theme "Công an xã" --quote "Công an xã" >/dev/null
annals annotate 2 --theme "phòng chống tội phạm" --quote "tội phạm" >/dev/null
annals annotate 4 --theme "chuyển đổi số / Đề án 06" --quote "Đề án 06" --note "Digital ID rollout." >/dev/null
annals annotate 4 --theme "Công an xã" --quote "Công an xã" --note "Commune police, close to the people." >/dev/null
annals annotate 4 --theme "thi đua khen thưởng" --quote "thi đua" >/dev/null
annals annotate 5 --theme "ứng phó Covid-19" --quote "Covid-19" --occurrence 2 >/dev/null
annals annotate 5 --theme "thi đua khen thưởng" --quote "thi đua" >/dev/null
annals memo set --doc 3 "Công an xã: so sánh với hội nghị năm 2021, cùng mục tiêu gần dân." >/dev/null

shoot() {  # lang view file [options…]
  local lang=$1 view=$2 file=$3; shift 3
  mkdir -p "docs/screenshots/$lang"
  on_display "$java_bin" -jar target/annals.jar --library "$library" --lang "$lang" \
    screenshot --view "$view" --size "${SIZE:-1000x640}" --out "docs/screenshots/$lang/$file.png" "$@"
  if command -v convert >/dev/null; then
    convert "docs/screenshots/$lang/$file.png" -strip -colors 192 "PNG8:docs/screenshots/$lang/$file.png"
  fi
}

for lang in en vi; do
  shoot "$lang" library library
  shoot "$lang" reader reader --doc 3
  SIZE=1100x700 shoot "$lang" timeline timeline
  SIZE=1100x700 shoot "$lang" compare compare --compare 3,4,5
  shoot "$lang" themes themes
  shoot "$lang" people people
  shoot "$lang" search search --query "cong an xa"
  shoot "$lang" export export
  shoot "$lang" reader reader-high-contrast --doc 3 --mode high-contrast
done
echo "screenshots written to docs/screenshots/"
