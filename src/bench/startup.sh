#!/usr/bin/env bash
# Start-up: median wall time over N runs (default 10) of `miatext check CHAPTER` as a whole
# process, against a trivial commonmark-java program that parses the same chapter (as Markdown)
# and prints its footnote count; each plain and with an AppCDS archive (-XX:SharedArchiveFile).
# Needs `mvn -B -P bench package` first (target/miatext-cli.jar, target/benchmarks.jar).
#   src/bench/startup.sh [CHAPTER]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10}
CHAPTER=${1:-seeds/000_69c2650609e06f78.txt}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
m2=${M2_REPO:-$HOME/.m2/repository}
# AppCDS takes jars only: the yardstick's one class goes into a jar of its own.
jar cf "$tmp/count.jar" -C target/test-classes org/miatext/bench/CommonmarkCount.class \
    -C target/test-classes 'org/miatext/bench/CommonmarkCount$1.class'
cm_cp="$tmp/count.jar:$m2/org/commonmark/commonmark/0.30.0/commonmark-0.30.0.jar:$m2/org/commonmark/commonmark-ext-footnotes/0.30.0/commonmark-ext-footnotes-0.30.0.jar"
java -cp target/benchmarks.jar org.miatext.bench.Tools markdown "$CHAPTER" "$tmp/chapter.md"

# median_ms LABEL COMMAND...: runs the command N times (after one unmeasured run), prints the median.
median_ms() {
    local label=$1; shift
    "$@" > /dev/null 2>&1 || true
    local times=()
    for _ in $(seq "$N"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" > /dev/null 2>&1 || true
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
    printf '| %s | %s ms | %s|\n' "$label" "$median" "$sorted"
}

java -XX:ArchiveClassesAtExit="$tmp/miatext.jsa" -jar target/miatext-cli.jar check "$CHAPTER" > /dev/null 2>&1 || true
java -XX:ArchiveClassesAtExit="$tmp/commonmark.jsa" -cp "$cm_cp" org.miatext.bench.CommonmarkCount "$tmp/chapter.md" > /dev/null

echo "Start-up, median wall time of $N runs ($(nproc) cores, JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2)):"
echo
echo "| command | median | all runs (ms) |"
echo "|---|---:|---|"
median_ms "miatext check (java -jar)" java -jar target/miatext-cli.jar check "$CHAPTER"
median_ms "miatext check, AppCDS" java -XX:SharedArchiveFile="$tmp/miatext.jsa" -jar target/miatext-cli.jar check "$CHAPTER"
median_ms "miatext check, AppCDS + C1 only" java -XX:SharedArchiveFile="$tmp/miatext.jsa" -XX:TieredStopAtLevel=1 -jar target/miatext-cli.jar check "$CHAPTER"
median_ms "commonmark-java: parse, count footnotes" java -cp "$cm_cp" org.miatext.bench.CommonmarkCount "$tmp/chapter.md"
median_ms "commonmark-java, AppCDS" java -XX:SharedArchiveFile="$tmp/commonmark.jsa" -cp "$cm_cp" org.miatext.bench.CommonmarkCount "$tmp/chapter.md"
