#!/usr/bin/env bash
# Batch: `miatext check DIR` over COUNT chapters (default 1000) generated from the seed and the
# corpus texts into a temporary directory; prints chapters per second and the CPU time over the
# wall time (about 2 on two cores when both are used).
# Needs `mvn -B -P bench package` first.
#   src/bench/batch.sh [COUNT] [CORPUS_DIR...]   (default corpus: ../shared/corpus/texts)
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-1000}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(../shared/corpus/texts)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -cp target/benchmarks.jar org.miatext.bench.Tools batch "$tmp/chapters" "$COUNT" "${dirs[@]}"
for run in 1 2 3; do
    /usr/bin/env time -f '%e %U %S' -o "$tmp/time" java -jar target/miatext-cli.jar check --fail-on never "$tmp/chapters" > "$tmp/report" || true
    read -r wall user sys < "$tmp/time"
    awk -v n="$COUNT" -v w="$wall" -v u="$user" -v s="$sys" -v r="$run" \
        'BEGIN { printf "run %d: %d chapters in %.2f s = %.0f chapters/s; CPU %.2f s, CPU/wall %.2f\n", r, n, w, n / w, u + s, (u + s) / w }'
done
tail -1 "$tmp/report"
