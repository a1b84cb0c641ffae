#!/usr/bin/env bash
# Benchmark: Furrow's job against DuckDB, Spark CSV, the Spark JSON path and the floor, on the same
# generated TSV files, whole processes, medians of several repetitions after a warm-up.
#
# Usage: bench/run.sh [--events N | --large] [--runs R] [--repeat K] [--warmup W] [--threads T]
#                     [--json-repeat J] [--work DIR] [--skip ENGINE,...] [--jfr FILE]
#   --events N   lines to generate (default 1000000); --large = 10000000
#   --runs R     run folders to spread them over (default 4); Furrow processes them in one batch
#   --repeat K   timed repetitions per engine (default 3); --warmup W untimed ones before (default 1)
#   --threads T  DuckDB threads (default: nproc, the cores local[*] uses)
#   --json-repeat J  timed repetitions of the JSON path only, without warm-up (default: as the
#                others); at 10M events one repetition of it takes 9 to 12 minutes on 2 cores
#   --work DIR   where data and results go (default bench/work); data is reused when it exists
#   --skip LIST  engines to leave out: furrow,duckdb,spark-csv,spark-json,cat,tab-scan
#   --jfr FILE   also record a JFR profile of one extra Furrow run into FILE
#
# Disk: about 1.75 KB per line (1M events: 1.8 GB; 10M: 18 GB) under --work, plus Furrow's Parquet
# output (small). Memory: the JVMs use Java's default heap (a quarter of the RAM).
# Needs: java 17, the built app/target/furrow.jar (built here if missing), the DuckDB JDBC jar in
# the local Maven repository (fetched with mvn if missing), GNU time (/usr/bin/time) for peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

# ---- engines ----
# Each engine: a function taking (output tsv, scratch dir) that runs what is timed. The script
# runs itself as `run.sh __engine NAME OUT SCRATCH` under GNU time, so one process tree is timed.
harness() { java "${OPENS[@]}" -cp "$CP" "dev.furrow.app.bench.$@"; }
run_furrow() {
  java -jar "$JAR" run --set "furrow.source.path=$DATA" --set "furrow.parquet.path=$2/out" \
    --set "furrow.manifest.path=$2/manifest" --set "furrow.bad-rows.path=$2/bad" \
    --set furrow.bad-rows.max-ratio=1 --set "furrow.batch-size=$RUNS" --set furrow.spark.master='local[*]'
}
check_furrow() { harness FurrowResult "$2/out" "$1"; }
run_duckdb() { harness DuckDbBench "$DATA" "$1" "$THREADS"; }
run_spark-csv() { harness SparkCsvBench "$DATA" "$1"; }
run_spark-json() { harness SparkJsonBench "$DATA" "$1"; }
run_cat() { cat "$DATA"/run=*/part-*.tsv >/dev/null; }
run_tab-scan() { harness TabScanBench "$DATA"; }

if [ "${1:-}" = __engine ]; then
  read -r -a OPENS <<<"$OPENS_STR"
  "run_$2" "$3" "$4"
  exit
fi

EVENTS=1000000
RUNS=4
REPEAT=3
WARMUP=1
THREADS=$(nproc)
WORK=$ROOT/bench/work
SKIP=""
JFR=""
JSON_REPEAT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS=$2; shift 2 ;;
    --large) EVENTS=10000000; shift ;;
    --runs) RUNS=$2; shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --json-repeat) JSON_REPEAT=$2; shift 2 ;;
    --work) WORK=$(realpath -m "$2"); shift 2 ;;
    --skip) SKIP=$2; shift 2 ;;
    --jfr) JFR=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

die() { echo "bench: $*" >&2; exit 1; }
mvn_locked() { if command -v flock >/dev/null; then flock /tmp/furrow-mvn.lock mvn -B -q "$@"; else mvn -B -q "$@"; fi; }

# ---- tools and jars ----
TIME=/usr/bin/time
if ! "$TIME" -f %M true >/dev/null 2>&1; then
  echo "GNU time missing; installing it (apt-get install -y time)"
  apt-get install -y -q time >/dev/null || die "need GNU time at /usr/bin/time"
fi
JAR=$ROOT/app/target/furrow.jar
if [ ! -f "$JAR" ]; then
  echo "Building furrow.jar..."
  mvn_locked package -DskipTests -Dspotless.check.skip=true
fi
DUCKDB_VERSION=$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' pom.xml)
M2=${M2_REPO:-$HOME/.m2/repository}
DUCKDB_JAR=$M2/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar
if [ ! -f "$DUCKDB_JAR" ]; then
  mvn_locked dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION"
fi
# The JVM options Spark needs on Java 17 (the same list the parent pom gives the tests).
read -r -a OPENS <<<"$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' pom.xml)"

mkdir -p "$WORK"
CLASSES=$WORK/classes
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
javac -nowarn -d "$CLASSES" -cp "$JAR:$DUCKDB_JAR" app/src/test/java/dev/furrow/app/bench/*.java
CP="$CLASSES:$JAR:$DUCKDB_JAR"
export OPENS_STR="${OPENS[*]}" CP JAR

# ---- data ----
DATA=$WORK/data-$EVENTS-$RUNS
if [ ! -f "$DATA/.complete" ]; then
  rm -rf "$DATA"
  need_kb=$((EVENTS * 2))
  avail_kb=$(df -Pk "$WORK" | awk 'NR==2 {print $4}')
  [ "$avail_kb" -gt "$need_kb" ] || die "need ~$((need_kb / 1048576)) GB free under $WORK"
  echo "Generating $EVENTS events in $RUNS runs under $DATA..."
  java -jar "$JAR" generate --out "$DATA" --runs "$RUNS" --events "$EVENTS" --no-bad-lines \
    | tail -1
  touch "$DATA/.complete"
fi
export DATA RUNS THREADS
LINES=$(cat "$DATA"/run=*/part-*.tsv | wc -l)
BYTES=$(cat "$DATA"/run=*/part-*.tsv | wc -c)

# ---- measurements ----
RESULTS=$WORK/results
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
LOGS=$WORK/logs
mkdir -p "$LOGS"

ENGINES=(furrow duckdb spark-csv spark-json cat tab-scan)
declare -A MEDIAN RSS TIMED
REFERENCE=""

for engine in "${ENGINES[@]}"; do
  if [[ ",$SKIP," == *",$engine,"* ]]; then continue; fi
  times=()
  peak=0
  repeat=$REPEAT warmup=$WARMUP
  if [ "$engine" = spark-json ] && [ -n "$JSON_REPEAT" ]; then repeat=$JSON_REPEAT warmup=0; fi
  for ((i = 1 - warmup; i <= repeat; i++)); do
    scratch=$WORK/scratch
    rm -rf "$scratch" && mkdir -p "$scratch"
    out=$RESULTS/$engine.tsv
    log=$LOGS/$engine-$i.log
    "$TIME" -f '%e %M' -o "$WORK/time" bash "$0" __engine "$engine" "$out" "$scratch" >"$log" 2>&1 \
      || { tail -30 "$log" >&2; die "$engine failed (log: $log)"; }
    read -r seconds kb <"$WORK/time"
    if [ "$engine" = furrow ]; then check_furrow "$out" "$scratch" >>"$log" 2>&1; fi
    if [ "$i" -ge 1 ]; then
      times+=("$seconds")
      [ "$kb" -gt "$peak" ] && peak=$kb
      printf '  %-10s run %d: %6.2f s, %5d MB\n' "$engine" "$i" "$seconds" $((kb / 1024))
    else
      printf '  %-10s warm-up: %6.2f s\n' "$engine" "$seconds"
    fi
    # Every repetition's result set must equal the first engine's.
    if [ -f "$out" ]; then
      if [ -z "$REFERENCE" ]; then
        REFERENCE=$RESULTS/reference.tsv
        cp "$out" "$REFERENCE"
        echo "  reference result: $engine, $(wc -l <"$REFERENCE") rows"
      elif ! cmp -s "$out" "$REFERENCE"; then
        diff "$REFERENCE" "$out" | head -20 >&2
        die "RESULT MISMATCH: $engine (run $i) differs from the reference ($REFERENCE vs $out)"
      fi
      rm -f "$out"
    fi
  done
  MEDIAN[$engine]=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  RSS[$engine]=$((peak / 1024))
  TIMED[$engine]=$repeat
done

if [ -n "$JFR" ]; then
  scratch=$WORK/scratch && rm -rf "$scratch" && mkdir -p "$scratch"
  echo "Recording a JFR profile of one Furrow run into $JFR..."
  java -XX:StartFlightRecording=filename="$JFR",settings=profile -jar "$JAR" run \
    --set "furrow.source.path=$DATA" --set "furrow.parquet.path=$scratch/out" \
    --set "furrow.manifest.path=$scratch/manifest" --set "furrow.bad-rows.path=$scratch/bad" \
    --set furrow.bad-rows.max-ratio=1 --set "furrow.batch-size=$RUNS" >"$LOGS/furrow-jfr.log" 2>&1
fi

# ---- table ----
echo
echo "Furrow benchmark: $LINES lines ($((BYTES / 1048576)) MB of TSV) in $RUNS runs; $(nproc) cores;" \
  "median of $REPEAT after $WARMUP warm-up${JSON_REPEAT:+ (JSON path: $JSON_REPEAT, no warm-up)};" \
  "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "All result sets identical: yes ($(wc -l <"${REFERENCE:-/dev/null}") rows)"
echo
printf '| %-42s | %4s | %9s | %12s | %13s | %11s |\n' engine runs "median s" "events/s" "time / Furrow" "peak RSS MB"
echo '|--------------------------------------------|-----:|----------:|-------------:|--------------:|------------:|'
describe() {
  case "$1" in
    furrow) echo "Furrow job (furrow run, local[*], Parquet)" ;;
    duckdb) echo "DuckDB read_csv + seed SQL ($THREADS threads)" ;;
    spark-csv) echo "Spark CSV reader + DataFrame (local[*])" ;;
    spark-json) echo "line -> JSON -> spark.read.json (local[*])" ;;
    cat) echo "floor: cat > /dev/null" ;;
    tab-scan) echo "floor: 1-thread Java tab scan" ;;
  esac
}
for engine in "${ENGINES[@]}"; do
  [ -n "${MEDIAN[$engine]:-}" ] || continue
  m=${MEDIAN[$engine]}
  ratio="-"
  [ -n "${MEDIAN[furrow]:-}" ] && ratio=$(awk -v a="$m" -v b="${MEDIAN[furrow]}" 'BEGIN {printf "%.2f", a / b}')
  printf '| %-42s | %4s | %9.2f | %12s | %13s | %11s |\n' "$(describe "$engine")" "${TIMED[$engine]}" "$m" \
    "$(awk -v n="$LINES" -v s="$m" 'BEGIN {printf "%\047d", (s > 0 ? n / s : 0)}')" "$ratio" "${RSS[$engine]}"
done
