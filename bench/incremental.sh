#!/usr/bin/env bash
# Incremental ("nightly") run benchmark. See docs/PERFORMANCE.md.
#
#   bench/incremental.sh [N] [K]        default N=10000, K=10
#
# Runs the job on the replicated corpus of N documents (a full run), then appends K new documents to a copy of
# its INDEX and runs again on the same output and job repository: the second run processes only the K new
# documents and carries the rows of the N unchanged ones over from the previous version. Prints both wall
# times and the share the nightly run took of the full run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
n=${1:-10000}
k=${2:-10}
corpora=${NEWSFACTS_CORPORA:-$ROOT/../shared/corpora}
bench=$ROOT/target/bench
corpus=$bench/corpus-$n
python3 bench/build_corpus.py "$corpora/10kgnad/test.csv" "$n" "$corpus"
[[ -f target/newsfacts.jar ]] || mvn -B -ntp -q -DskipTests package

work=$bench/incremental-$n-$k
rm -rf "$work"
mkdir -p "$work"
cp -al "$corpus" "$work/seeds"          # hard links: no copy of the documents
rm "$work/seeds/INDEX"
cp "$corpus/INDEX" "$work/seeds/INDEX"  # a private INDEX, so the corpus stays as it is

run() {
  local name=$1 start end
  start=$(date +%s%N)
  java -Xmx1g -XX:+UseParallelGC -jar "$ROOT/target/newsfacts.jar" --newsfacts.seeds="$work/seeds" \
    --newsfacts.output="$work/output" --newsfacts.job-repository="$work/jobrepo" >"$work/$name.log" 2>&1
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'
}

echo "full run over $n documents ..." >&2
full=$(run full)

mkdir -p "$work/seeds/nightly"
first=$(find "$corpus" -name '*.txt' | sort | awk -v k="$k" 'NR <= k')  # awk reads all: no SIGPIPE under pipefail
i=0
for file in $first; do
  i=$((i + 1))
  { echo "Nachtrag $i"; cat "$file"; } >"$work/seeds/nightly/n$i.txt"
  printf 'nightly/n%d.txt\tnightly-%d\t\n' "$i" "$i" >>"$work/seeds/INDEX"
done
echo "nightly run: $k documents added ..." >&2
nightly=$(run nightly)

latest=$(cat "$work/output/LATEST")
carried=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1])).get('carried_over'))" \
  "$work/output/$latest/manifest.json")
echo "N=$n K=$k  full run ${full} s  nightly run ${nightly} s ($(awk -v a="$nightly" -v b="$full" \
  'BEGIN { printf "%.0f", 100 * a / b }')% of the full run)  published $latest, carried over $carried documents"
