#!/usr/bin/env bash
# Benchmark of the whole newsfacts job on replicated 10kGNAD corpora. See docs/PERFORMANCE.md.
#
#   bench/run.sh [options] [N ...]        e.g. bench/run.sh 1000 10000 100000
#
# For every N: builds (or reuses) target/bench/corpus-N, runs the real job (java -jar target/newsfacts.jar)
# with a fresh job repository and output under target/bench/runs/<run>/, prints a result table and appends
# one line to target/bench/results.tsv.
#
# Options:
#   --workers W          newsfacts.workers (default: number of cores, nproc)
#   --no-extractors      run with --newsfacts.extractors=false (extraction overhead = difference)
#   --excel-max-rows R   newsfacts.excel-max-rows (default 100000, the product default; -1 = all rows)
#   --xmx SIZE           JVM maximum heap (default 1g)
#   --jvm OPTION         one more JVM option (repeatable), e.g. --jvm -Xms512m
#   --fixed-heap         the README's memory budget for scheduled runs: -Xms = -Xmx, -XX:+AlwaysPreTouch and
#                        MALLOC_ARENA_MAX=2 (the heap is committed up front; glibc keeps 2 malloc arenas)
#   --gc parallel|g1     garbage collector (default parallel: a batch job wants throughput, not pauses)
#   --jfr                record a JFR profile to <run>/profile.jfr and print the hot methods
#   --keep-output        keep the published version (default: delete it after measuring, it is large)
#   --timeout SEC        stop the job after SEC seconds (exit code 124, recorded as such)
#   --note TEXT          free text stored in results.tsv (e.g. "machine shared")
# Environment: NEWSFACTS_CORPORA (default ../shared/corpora), the folder with 10kgnad/test.csv.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

workers=$(nproc)
extractors=true
excel_max_rows=100000  # the product default (newsfacts.excel-max-rows)
xmx=1g
extra_jvm=()
fixed_heap=false
gc=parallel
jfr=false
keep_output=false
timeout_s=0
note=""
sizes=()
while (($#)); do
  case "$1" in
    --workers) workers=$2; shift 2 ;;
    --no-extractors) extractors=false; shift ;;
    --excel-max-rows) excel_max_rows=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    --jvm) extra_jvm+=("$2"); shift 2 ;;
    --fixed-heap) fixed_heap=true; shift ;;
    --gc) gc=$2; shift 2 ;;
    --jfr) jfr=true; shift ;;
    --keep-output) keep_output=true; shift ;;
    --note) note=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [[ $1 =~ ^[0-9]+$ ]] || { echo "N must be a number: $1" >&2; exit 2; }; sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(1000)
case "$gc" in
  parallel) gc_opt=-XX:+UseParallelGC ;;
  g1) gc_opt=-XX:+UseG1GC ;;
  *) echo "--gc must be parallel or g1" >&2; exit 2 ;;
esac

corpora=${NEWSFACTS_CORPORA:-$ROOT/../shared/corpora}
source_csv=$corpora/10kgnad/test.csv
[[ -r $source_csv ]] || { echo "missing $source_csv (set NEWSFACTS_CORPORA)" >&2; exit 2; }

bench=$ROOT/target/bench
mkdir -p "$bench/runs"

# /usr/bin/time -v gives the peak RSS (the shell builtin cannot)
if [[ ! -x /usr/bin/time ]]; then
  echo "installing the Debian package 'time'" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi

if [[ ! -f target/newsfacts.jar ]]; then
  echo "building target/newsfacts.jar" >&2
  mvn -B -ntp -q -DskipTests package
fi

# JDBC drivers for RunStats (H2: the job repository; DuckDB: sum of documents.word_count), versions from pom.xml
if ! compgen -G "$bench/lib/h2-*.jar" >/dev/null || ! compgen -G "$bench/lib/duckdb_jdbc-*.jar" >/dev/null; then
  mvn -B -ntp -q dependency:copy-dependencies -DincludeArtifactIds=h2,duckdb_jdbc -DoutputDirectory="$bench/lib"
fi
stats_cp=$(ls "$bench"/lib/h2-*.jar "$bench"/lib/duckdb_jdbc-*.jar | paste -sd:)

results=$bench/results.tsv
columns=(timestamp git_rev n workers extractors excel_max_rows xmx gc wall_s job_s startup_s documents words
  input_mb docs_per_s words_per_s mb_per_s process_s slowest_partition_s publish_s parquet_s excel_s
  manifest_rename_s peak_rss_mb cpu_pct user_s sys_s extracted_rows xlsx_mb parquet_mb load_before load_after
  nproc exit_code note cpu_s words_per_cpu_s heap_after_gc_max_mb gc_count rss_process_mb rss_publish_mb
  prepare_cpu_s entities_cpu_s dates_cpu_s quantities_cpu_s quotes_cpu_s jit_cpu_s gc_cpu_s)
header=$(IFS=$'\t'; echo "${columns[*]}")
if [[ -f $results && $(head -1 "$results") != "$header" ]]; then
  mv "$results" "$results.$(date +%Y%m%d-%H%M%S).old"   # columns changed: start a new file
fi
[[ -f $results ]] || echo "$header" >"$results"

git_rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git status --porcelain --untracked-files=no 2>/dev/null) ]] || git_rev="$git_rev+dirty"

# ms value of the first log line matching "$1 ... in <n> ms" as seconds, or NA
log_seconds() {
  local ms
  ms=$(grep -oE "$1.* in [0-9]+ ms" "$2" | head -1 | grep -oE '[0-9]+ ms$' | cut -d' ' -f1 || true)
  [[ -n $ms ]] && awk -v ms="$ms" 'BEGIN { printf "%.3f", ms / 1000 }' || echo NA
}

failed=0
for n in "${sizes[@]}"; do
  corpus=$bench/corpus-$n
  python3 bench/build_corpus.py "$source_csv" "$n" "$corpus"
  run_id=$(date +%Y%m%d-%H%M%S)-n$n-w$workers-$([[ $extractors == true ]] && echo ext || echo noext)
  run=$bench/runs/$run_id
  mkdir -p "$run"
  jvm=(-Xmx"$xmx" "$gc_opt" "-Xlog:gc:file=$run/gc.log" "${extra_jvm[@]}")
  java_env=()
  if [[ $fixed_heap == true ]]; then
    jvm+=(-Xms"$xmx" -XX:+AlwaysPreTouch)
    java_env=(env MALLOC_ARENA_MAX=2)
  fi
  [[ $jfr == true ]] && jvm+=(-XX:FlightRecorderOptions=stackdepth=256 "-XX:StartFlightRecording=filename=$run/profile.jfr,settings=profile,dumponexit=true")

  load_before=$(cut -d' ' -f1 /proc/loadavg)
  echo "run $run_id: ${java_env[*]} java ${jvm[*]} -jar target/newsfacts.jar (workers=$workers extractors=$extractors" \
       "excel-max-rows=$excel_max_rows), load $load_before" >&2
  start=$(date +%s%N)
  set +e
  (cd "$run" && /usr/bin/time -v -o "$run/time.txt" timeout "$timeout_s" "${java_env[@]}" java "${jvm[@]}" -jar "$ROOT/target/newsfacts.jar" \
      --newsfacts.seeds="$corpus" --newsfacts.output="$run/output" --newsfacts.job-repository="$run/jobrepo" \
      --newsfacts.workers="$workers" --newsfacts.extractors="$extractors" \
      --newsfacts.excel-max-rows="$excel_max_rows" >"$run/job.log" 2>&1) &
  job_pid=$!
  # RSS over time (every 0.5 s), to tell which phase holds the peak: "seconds since start<TAB>RSS MB"; and the CPU
  # clock ticks used so far by the JIT compiler threads and by the garbage collector's threads (threads.tsv), which
  # the job's own figures cannot see
  (while kill -0 "$job_pid" 2>/dev/null; do
     pid=$(pgrep -f -n -- "--newsfacts.output=$run/output" || true)
     if [[ -n $pid ]]; then
       now=$(date +%s%N)
       awk -v t="$now" -v s="$start" '/^VmRSS/ { printf "%.1f\t%.0f\n", (t - s) / 1e9, $2 / 1024 }' \
         "/proc/$pid/status" 2>/dev/null >>"$run/rss.tsv"
       awk -v t="$now" -v s="$start" 'FNR == 1 { kind = /\((C1|C2) CompilerThre\)/ ? "jit" : /\((GC Thread#|G1 )/ ? "gc" : "";
           if (kind != "") { sub(/.*\) /, ""); split($0, f, " "); ticks[kind] += f[12] + f[13] } }
         END { printf "%.1f\t%d\t%d\n", (t - s) / 1e9, ticks["jit"], ticks["gc"] }' \
         /proc/"$pid"/task/*/stat 2>/dev/null >>"$run/threads.tsv"
     fi
     sleep 0.5
   done) &
  sampler_pid=$!
  wait "$job_pid"
  exit_code=$?
  wait "$sampler_pid" 2>/dev/null || true
  set -e
  end=$(date +%s%N)
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')

  if ((exit_code != 0)) || [[ ! -f $run/output/LATEST ]]; then
    echo "run $run_id FAILED (exit $exit_code); last lines of $run/job.log:" >&2
    tail -20 "$run/job.log" >&2 || true
    failed=1
  fi

  declare -A v=()
  v[timestamp]=$(date -Iseconds); v[git_rev]=$git_rev; v[n]=$n; v[workers]=$workers; v[extractors]=$extractors
  v[excel_max_rows]=$excel_max_rows; v[xmx]=$xmx$([[ $fixed_heap == true ]] && echo ' fixed' || true); v[gc]=$gc; v[wall_s]=$wall; v[exit_code]=$exit_code
  v[load_before]=$load_before; v[load_after]=$load_after; v[nproc]=$(nproc); v[note]=$note
  v[input_mb]=$(python3 -c "import json,sys; print('%.3f' % (json.load(open(sys.argv[1]))['bytes'] / 1e6))" \
      "$corpus/corpus.json")
  v[peak_rss_mb]=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$run/time.txt")
  v[cpu_pct]=$(awk -F': ' '/Percent of CPU/ { sub("%", "", $2); print $2 }' "$run/time.txt")
  v[user_s]=$(awk -F': ' '/User time/ { print $2 }' "$run/time.txt")
  v[sys_s]=$(awk -F': ' '/System time/ { print $2 }' "$run/time.txt")
  v[cpu_s]=$(awk -v u="${v[user_s]}" -v s="${v[sys_s]}" 'BEGIN { printf "%.2f", u + s }')
  # peak RSS while processing (before the publish step's first log line) and while publishing
  publish_at=$(grep -m1 -oE '^[0-9T:.-]+Z.*Digested' "$run/job.log" | cut -c1-24 || true)
  if [[ -n $publish_at && -s $run/rss.tsv ]]; then
    split=$(python3 -c "import datetime,sys; print(datetime.datetime.fromisoformat(sys.argv[1]).timestamp() - int(sys.argv[2]) / 1e9)" "$publish_at" "$start")
    v[rss_process_mb]=$(awk -v s="$split" '$1 < s && $2 > m { m = $2 } END { print m + 0 }' "$run/rss.tsv")
    v[rss_publish_mb]=$(awk -v s="$split" '$1 >= s && $2 > m { m = $2 } END { print m + 0 }' "$run/rss.tsv")
  fi
  # largest heap occupancy right after a GC (upper bound of the live set) and number of GCs, from gc.log
  v[heap_after_gc_max_mb]=$(grep -oE -- '->[0-9]+M\(' "$run/gc.log" 2>/dev/null | tr -dc '0-9\n' | sort -n | tail -1 || true)
  v[gc_count]=$(grep -c 'Pause' "$run/gc.log" 2>/dev/null || true)
  v[parquet_s]=$(log_seconds "Wrote Parquet tables" "$run/job.log")
  v[excel_s]=$(log_seconds "Wrote workbook" "$run/job.log")
  v[manifest_rename_s]=$(log_seconds "Wrote manifest and renamed" "$run/job.log")
  # CPU seconds of the workers by pipeline stage (StageTimesLog), of the JIT compiler and the GC threads (last sample)
  stages=$(grep -m1 -o 'CPU seconds by stage: .*' "$run/job.log" || true)
  for stage in prepare:structure entities dates quantities quotes; do
    v[${stage%%:*}_cpu_s]=$(sed -nE "s/.*${stage#*:} ([0-9.]+).*/\1/p" <<<"$stages")
  done
  if [[ -s $run/threads.tsv ]]; then
    # the largest sample: the last one may come after the process ended (no threads left to read)
    v[jit_cpu_s]=$(awk -v hz="$(getconf CLK_TCK)" '$2 > m { m = $2 } END { printf "%.1f", m / hz }' "$run/threads.tsv")
    v[gc_cpu_s]=$(awk -v hz="$(getconf CLK_TCK)" '$3 > m { m = $3 } END { printf "%.1f", m / hz }' "$run/threads.tsv")
  fi
  for k in job_s process_s slowest_partition_s publish_s documents words extracted_rows xlsx_mb parquet_mb; do
    v[$k]=NA
  done
  if [[ -f $run/output/LATEST ]]; then
    version=$run/output/$(cat "$run/output/LATEST")
    while IFS=$'\t' read -r key value; do v[$key]=$value; done \
      < <(java -cp "$stats_cp" bench/RunStats.java "$run/jobrepo" "$version" 2>"$run/stats.err")
    v[extracted_rows]=$(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['tables'];
print(sum(t[x]['rows'] for x in ('entities','quantities','dates','quotes') if x in t))" "$version/manifest.json")
    v[xlsx_mb]=$(find "$version" -name "*.xlsx" -printf "%s\n" | awk "{ s += \$1 } END { printf \"%.1f\", s / 1e6 }")
    v[parquet_mb]=$(find "$version" -name '*.parquet' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
    [[ $keep_output == true ]] || rm -rf "$run/output"
  fi
  if [[ ${v[documents]} != NA ]]; then
    v[startup_s]=$(awk -v w="$wall" -v j="${v[job_s]}" 'BEGIN { printf "%.3f", w - j }')
    v[docs_per_s]=$(awk -v d="${v[documents]}" -v w="$wall" 'BEGIN { printf "%.1f", d / w }')
    v[words_per_s]=$(awk -v d="${v[words]}" -v w="$wall" 'BEGIN { printf "%.0f", d / w }')
    v[mb_per_s]=$(awk -v d="${v[input_mb]}" -v w="$wall" 'BEGIN { printf "%.3f", d / w }')
    v[words_per_cpu_s]=$(awk -v d="${v[words]}" -v c="${v[cpu_s]}" 'BEGIN { printf "%.0f", d / c }')
  else
    for k in startup_s docs_per_s words_per_s mb_per_s words_per_cpu_s; do v[$k]=NA; done
  fi

  row=()
  for c in "${columns[@]}"; do row+=("${v[$c]:-NA}"); done
  (IFS=$'\t'; echo "${row[*]}" >>"$results")

  echo
  echo "== N=$n  workers=$workers  extractors=$extractors  excel-max-rows=$excel_max_rows  ${java_env[*]} ${jvm[*]}  ($run_id)"
  printf '  %-22s %s\n' \
    "exit code" "$exit_code" \
    "documents" "${v[documents]}" \
    "words (sum word_count)" "${v[words]}" \
    "input" "${v[input_mb]} MB" \
    "wall" "${v[wall_s]} s (JVM start + checks: ${v[startup_s]} s, job: ${v[job_s]} s)" \
    "throughput" "${v[docs_per_s]} docs/s, ${v[words_per_s]} words/s, ${v[mb_per_s]} MB/s (end to end)" \
    "process step" "${v[process_s]} s (slowest partition ${v[slowest_partition_s]} s)" \
    "publish step" "${v[publish_s]} s = Parquet ${v[parquet_s]} s + Excel ${v[excel_s]} s + manifest/rename ${v[manifest_rename_s]} s" \
    "extracted records" "${v[extracted_rows]}" \
    "output" "Parquet ${v[parquet_mb]} MB, xlsx ${v[xlsx_mb]} MB" \
    "peak RSS" "${v[peak_rss_mb]} MB (-Xmx$xmx; heap after GC at most ${v[heap_after_gc_max_mb]:-NA} MB, ${v[gc_count]:-NA} GCs)" \
    "peak RSS by step" "processing ${v[rss_process_mb]:-NA} MB, publishing ${v[rss_publish_mb]:-NA} MB (sampled every 0.5 s: rss.tsv)" \
    "CPU" "${v[cpu_pct]}% of one core = ${v[cpu_s]} CPU s (user ${v[user_s]}, sys ${v[sys_s]}; $(nproc) cores)" \
    "words per CPU second" "${v[words_per_cpu_s]} (less sensitive to a busy machine than wall time)" \
    "CPU s by stage" "read+normalize+structure ${v[prepare_cpu_s]:-NA}, entities ${v[entities_cpu_s]:-NA}, dates ${v[dates_cpu_s]:-NA}, quantities ${v[quantities_cpu_s]:-NA}, quotes ${v[quotes_cpu_s]:-NA}; JIT compiler ${v[jit_cpu_s]:-NA}, GC ${v[gc_cpu_s]:-NA} (threads.tsv, sampled every 0.5 s)" \
    "load average 1 min" "${v[load_before]} before, ${v[load_after]} after"
  if [[ $jfr == true && -f $run/profile.jfr ]]; then
    python3 bench/jfr_hot.py "$run/profile.jfr" | tee "$run/hot-methods.txt"
  fi
  echo
  unset v
done
echo "results appended to $results" >&2
exit $failed
