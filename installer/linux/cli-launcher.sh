# Writes bin/annals into the Linux app-image: the command line without jpackage's native launcher.
# Once installed from a package, that launcher asks rpm and dpkg which package owns it (`dpkg -S`, `dpkg -L`,
# twice) on every start, to find its own library: about 0.45 s of CPU before Java even starts. Scripts call
# Annals often, so bin/annals starts the bundled runtime directly, with the JVM options and class path of
# lib/app/Annals.cfg (read from it at build time, so the two cannot drift). Sourced by linux/package.sh.

write_cli_launcher() {
  local image="$1" cfg="$1/lib/app/Annals.cfg" classpath="" options="" main="" line
  while IFS= read -r line; do
    case "$line" in
      app.classpath=*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
      app.mainclass=*) main="${line#app.mainclass=}" ;;
      java-options=*SharedArchive*|java-options=-Xlog:cds*) ;;   # the window's class-data archive (build.sh)
      java-options=*) options="$options ${line#java-options=}" ;;
    esac
  done <"$cfg"
  [[ -n "$classpath" && -n "$main" ]] || { echo "build.sh: cannot read $cfg" >&2; exit 1; }
  classpath="${classpath//\$APPDIR/\$app}"
  cat >"$image/bin/annals" <<SCRIPT
#!/bin/sh
# Annals command line: the same program and arguments as Annals, without jpackage's launcher (see installer/linux/cli-launcher.sh).
bin="\$(dirname "\$(readlink -f "\$0")")"
app="\$bin/../lib/app"
exec "\$bin/../lib/runtime/bin/java"$options -cp "$classpath" $main "\$@"
SCRIPT
  chmod 755 "$image/bin/annals"
}
