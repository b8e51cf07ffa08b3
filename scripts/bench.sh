#!/usr/bin/env bash
# Performance against physical floors (issue 7): runs `cargo bench --bench perf`, adds the
# binary size and peak memory, prints the table with each ratio and budget as Markdown (the
# form BENCHMARKS.md keeps), and exits 1 when a budget is missed.
#
# Needs only cargo and coreutils. Peak memory of the command line uses GNU time
# (/usr/bin/time, Debian package `time`) when it is installed and is skipped otherwise.
# Arguments go to the benchmark: a word filters the measures (`scripts/bench.sh commit`).
# AIMSGAP_BENCH_SCALE=3 takes three times the samples.
#
# This is a benchmark, not a test: run it on a quiet machine. CI does not run it.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

target=${CARGO_TARGET_DIR:-target}
case $target in
/*) results="$target/perf/results.tsv" ;;
*) results="$PWD/$target/perf/results.tsv" ;;
esac
mkdir -p "$(dirname "$results")"
rm -f "$results"

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//')
echo "machine: ${cpu:-unknown CPU}, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo 2>/dev/null), $(uname -sr)"
echo "toolchain: $(rustc --version)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
echo "load average before: $load_before"
echo

AIMSGAP_BENCH_RESULTS="$results" cargo bench --bench perf -- "$@"
bench_status=$?
if [ ! -s "$results" ]; then
    echo "the benchmark did not finish (status $bench_status); no results" >&2
    exit 2
fi

# Binary size, as built for the benchmark (the release profile), and stripped of symbols.
extra=()
bin="$target/release/aimsgap"
if [ -f "$bin" ]; then
    size=$(stat -c %s "$bin")
    line="binary size, target/release/aimsgap\t-\t-\t$(awk -v b="$size" 'BEGIN {printf "%.2f", b/1048576}')\tMiB\t-\t—\tinfo\t1"
    extra+=("$line")
    if command -v strip >/dev/null 2>&1; then
        tmp=$(mktemp)
        if strip -o "$tmp" "$bin" 2>/dev/null; then
            stripped=$(stat -c %s "$tmp")
            extra+=("  stripped\t-\t-\t$(awk -v b="$stripped" 'BEGIN {printf "%.2f", b/1048576}')\tMiB\t-\t—\tinfo\t1")
        fi
        rm -f "$tmp"
    fi
fi

# Peak memory of the command line on the file with 1,000 assessments.
many="$target/tmp/perf/many.db"
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 && [ -f "$many" ] && [ -f "$bin" ]; then
    work=$(mktemp -d)
    cp "$many" "$work/many.db"
    peak() { # label, command...
        local label=$1 kib
        shift
        /usr/bin/time -f %M "$@" >/dev/null 2>"$work/time" || true
        kib=$(tail -1 "$work/time")
        case $kib in
            '' | *[!0-9]*) ;;
            *) extra+=("$label\t-\t-\t$(awk -v k="$kib" 'BEGIN {printf "%.1f", k/1024}')\tMiB\t-\t—\tinfo\t1") ;;
        esac
    }
    peak "peak memory, aimsgap list, 1,000 assessments" "$bin" --db "$work/many.db" list
    peak "peak memory, aimsgap export --format xlsx, 1,000 assessments" \
        "$bin" --db "$work/many.db" export 1 --format xlsx -o "$work/report.xlsx"
    rm -rf "$work"
else
    echo "(peak memory of the command line not measured: needs GNU time at /usr/bin/time)"
fi
for line in "${extra[@]}"; do
    printf '%b\n' "$line" >>"$results"
done

echo
echo "| measure | floor | floor value | value | ratio | budget | result |"
echo "|---|---|---:|---:|---:|---|---|"
awk -F'\t' 'NR > 1 {
    unit = $5
    floor = ($3 == "-") ? "—" : $3 " " unit
    ratio = ($6 == "-") ? "—" : $6 "×"
    name = $1
    if (name ~ /^  /) { sub(/^  +/, "", name); name = "↳ " name }
    printf "| %s | %s | %s | %s %s | %s | %s | %s |\n", name, ($2 == "-" ? "—" : $2), floor, $4, unit, ratio, $7, $8
}' "$results"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (before: $load_before)"
echo "command: scripts/bench.sh $*"

missed=$(awk -F'\t' 'NR > 1 && $8 == "FAIL" {print $1}' "$results")
if [ -n "$missed" ]; then
    echo
    echo "budget missed:"
    echo "$missed" | sed 's/^/  /'
    exit 1
fi
echo "every budget met"
