#!/usr/bin/env bash
# Builds the benchmarks module and runs every benchmark against a loopback stub proxy, then prints one table.
#
#   benchmarks/run.sh            full run (about 15 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh    short iterations, to check that everything works (about 5 minutes)
#
# LITELLM_OPENAPI_SPEC=/path/to/openapi.json overrides where the peer client is generated from (default: the
# document vendored in benchmarks/src/main/openapi/).
set -euo pipefail
cd "$(dirname "$0")/.."

build_args=(-q -pl benchmarks,benchmarks/startup/base,benchmarks/startup/with-starter -am package -DskipTests)
if [[ -n "${LITELLM_OPENAPI_SPEC:-}" ]]; then
  build_args+=("-Dlitellm.openapi.spec=${LITELLM_OPENAPI_SPEC}")
fi
./mvnw "${build_args[@]}" >/dev/null

out=benchmarks/target/benchmark-results
rm -rf "$out"
mkdir -p "$out"
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
log="$out/run.log"

if [[ "${QUICK:-0}" == "1" ]]; then
  throughput_args=(--iterations=3 --global-warmup-seconds=1 --warmup-seconds=1 --iteration-seconds=0.5)
  boot_args=(--rounds=3 --global-warmup-seconds=1 --warmup-seconds=1 --round-seconds=0.5)
  call_cost_args=(--rounds=3 --warmup-seconds=1 --round-seconds=0.5)
  load_calls=3000
  startup_runs=3
else
  throughput_args=(--iterations=5 --global-warmup-seconds=3 --warmup-seconds=2 --iteration-seconds=1)
  boot_args=(--rounds=7 --global-warmup-seconds=3 --warmup-seconds=2 --round-seconds=1)
  call_cost_args=(--rounds=7 --warmup-seconds=3 --round-seconds=1)
  load_calls=20000
  startup_runs=20
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "throughput, latency, allocation ..." >&2
"$java" -Xms2g -Xmx2g -cp "$cp" dev.litellm.spring.benchmarks.harness.ThroughputBenchmark --out="$out" \
  "${throughput_args[@]}" 2>>"$log"
echo "throughput in a Boot application ..." >&2
"$java" -Xms2g -Xmx2g -cp "$cp" dev.litellm.spring.benchmarks.harness.BootThroughputBenchmark --out="$out" \
  "${boot_args[@]}" 2>>"$log"
echo "call cost, in memory ..." >&2
"$java" -Xms2g -Xmx2g -cp "$cp" dev.litellm.spring.benchmarks.harness.CallCostBenchmark --out="$out" \
  "${call_cost_args[@]}" 2>>"$log"
echo "load ..." >&2
"$java" -Xms2g -Xmx2g -cp "$cp" dev.litellm.spring.benchmarks.harness.LoadBenchmark --out="$out" \
  --calls="$load_calls" --concurrency=256 2>>"$log"
for run in floor:flux ours:flux ours:stream; do
  echo "streaming ${run} ..." >&2
  if ! "$java" -Xmx64m -cp "$cp" dev.litellm.spring.benchmarks.harness.StreamingBenchmark --out="$out" \
      --client="${run%%:*}" --api="${run##*:}" 2>>"$log"; then
    printf 'streaming\t100,000 keys, %s, -Xmx64m\t%s\tFAIL\t-\t-\t-\t-\t-\t-\tthe JVM failed (see %s)\n' \
      "${run##*:}" "${run%%:*}" "$log" >>"$out/summary.tsv"
  fi
done
echo "startup ..." >&2
"$java" -cp "$cp" dev.litellm.spring.benchmarks.startup.StartupBenchmark --out="$out" --runs="$startup_runs" \
  --app-classes=benchmarks/target/classes --base-classpath=benchmarks/startup/base/target/classpath.txt \
  --starter-classpath=benchmarks/startup/with-starter/target/classpath.txt 2>>"$log"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -h | awk '/^Mem:/ {print $2}') RAM"
  echo "java: $("$java" -version 2>&1 | head -2 | tail -1)"
  echo "load average before/after: ${load_before} / ${load_after}"
  echo
  column -t -s $'\t' "$out/summary.tsv"
} | tee "$out/table.txt"
