#!/usr/bin/env bash
# Weighs what the starter adds to a plain Spring MVC application: the runtime jars of benchmarks/footprint/web
# (spring-boot-starter-webmvc) against those of benchmarks/footprint/web-with-starter (the same plus this starter).
#
#   benchmarks/footprint.sh          prints the jars and MiB (2^20 bytes) with and without the starter, and each added jar
#   MAX_ADDED_MIB=10 benchmarks/footprint.sh   also fails when the starter adds more MiB than that
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -pl benchmarks/footprint/web,benchmarks/footprint/web-with-starter -am package -DskipTests >/dev/null

base=benchmarks/footprint/web/target/classpath.txt
with=benchmarks/footprint/web-with-starter/target/classpath.txt
tr ':' '\n' <"$base" | sort >benchmarks/footprint/web/target/jars.txt
tr ':' '\n' <"$with" | sort >benchmarks/footprint/web-with-starter/target/jars.txt
added=$(comm -13 benchmarks/footprint/web/target/jars.txt benchmarks/footprint/web-with-starter/target/jars.txt)

bytes() { if [[ -n "$1" ]]; then xargs stat -c %s <<<"$1" | awk '{s += $1} END {print s + 0}'; else echo 0; fi; }
count() { if [[ -n "$1" ]]; then wc -l <<<"$1" | tr -d ' '; else echo 0; fi; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }

base_jars=$(cat benchmarks/footprint/web/target/jars.txt)
with_jars=$(cat benchmarks/footprint/web-with-starter/target/jars.txt)
added_bytes=$(bytes "$added")
printf 'spring-boot-starter-webmvc            %3d jars  %6s MiB\n' "$(count "$base_jars")" "$(mb "$(bytes "$base_jars")")"
printf '  + litellm-spring-boot-starter        %3d jars  %6s MiB\n' "$(count "$with_jars")" "$(mb "$(bytes "$with_jars")")"
printf 'added by the starter                   %3d jars  %6s MiB\n' "$(count "$added")" "$(mb "$added_bytes")"
echo
while read -r jar; do
  [[ -n "$jar" ]] && printf '  %8s KB  %s\n' "$(( $(stat -c %s "$jar") / 1000 ))" "$(basename "$jar")"
done <<<"$added" | sort -rn

if [[ -n "${MAX_ADDED_MIB:-}" ]] && awk -v b="$added_bytes" -v m="$MAX_ADDED_MIB" 'BEGIN {exit !(b > m * 1048576)}'; then
  echo "the starter adds more than ${MAX_ADDED_MIB} MiB" >&2
  exit 1
fi
