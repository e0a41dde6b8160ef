# PDFBox carries what Annals never uses to read text: the predefined CMaps of Chinese, Japanese and Korean
# encodings (about 1.3 MB packed, fontbox) and its own fallback font, Liberation Sans (0.2 MB, pdfbox), which
# rendering needs but text extraction does not: Annals maps fonts a PDF does not embed to the bundled Noto Sans
# (docs/decisions/0121). The packaging copy drops them; Identity-H and Identity-V stay. A PDF that names a CJK
# CMap then fails to import with a reason. target/lib is untouched. Uses the JDK's jar tool. Sourced by build.sh.

trim_pdfbox() {
  local jdk="$1" lib="$2" jar work
  for jar in "$lib"/fontbox-*.jar "$lib"/pdfbox-[0-9]*.jar; do
    [[ -f "$jar" ]] || continue
    work="$(mktemp -d)"
    (cd "$work" && "$jdk/bin/jar" xf "$jar")
    if [[ -d "$work/org/apache/fontbox/cmap" ]]; then
      find "$work/org/apache/fontbox/cmap" -maxdepth 1 -type f ! -name '*.class' ! -name 'Identity-H' ! -name 'Identity-V' -delete
    fi
    rm -rf "$work/org/apache/pdfbox/resources/ttf"
    mv "$work/META-INF/MANIFEST.MF" "$work.mf"
    rm -f "$jar"
    # stored, not deflated: the package compresses the classes better itself (xz), 0.95 MB less in the .deb
    "$jdk/bin/jar" --create --no-compress --file "$jar" --manifest "$work.mf" -C "$work" .
    rm -rf "$work" "$work.mf"
  done
}
