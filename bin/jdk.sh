# Sourced by bin/monazite and bin/test: sets $jdk to a JDK >= 21 or explains and exits.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do candidates+=("$d"); done
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/java" ] && [ "$(java_major "$d/bin/java")" -ge 21 ] 2>/dev/null; then echo "$d"; return 0; fi
  done
  if command -v java >/dev/null && [ "$(java_major java)" -ge 21 ] 2>/dev/null; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return 0
  fi
  return 1
}

if ! jdk="$(find_jdk)"; then
  echo "monazite: needs a JDK 21 or newer and found none (looked at JAVA_HOME, /usr/lib/jvm/*, PATH)." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk', or Temurin 21+) or point JAVA_HOME at it." >&2
  exit 3
fi
