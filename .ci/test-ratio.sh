#!/usr/bin/env bash
# Lines of Java test code per line of main code, per module (the house aims at 1.5 or more).
# Not run by CI: a measure to read, e.g. before and after a change. Run from anywhere in the repo.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

lines() {  # all lines of the .java files under $1 (0 when there are none)
  if [ -d "$1" ]; then find "$1" -name '*.java' -print0 | xargs -0 cat 2>/dev/null | wc -l; else echo 0; fi
}

printf '%-20s %7s %7s %6s\n' module main test ratio
for pom in $(git ls-files '*pom.xml' | grep -v '^pom.xml$' | sort); do
  module=$(dirname "$pom")
  [ -d "$module/src/main/java" ] || continue
  main=$(lines "$module/src/main/java")
  test=$(lines "$module/src/test/java")
  printf '%-20s %7d %7d %6s\n' "$module" "$main" "$test" "$(awk -v t="$test" -v m="$main" 'BEGIN { printf "%.2f", m ? t / m : 0 }')"
done
