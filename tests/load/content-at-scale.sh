#!/usr/bin/env bash
# Start-up and memory at scale: for synthetic corpora of N essays x 9 sections, the time from starting the
# published app to its first ready answer, to its first search answer (a search waits for the index, so the
# library is then checked and indexed), and its resident memory at ready and once settled, beside Hugo
# building the same corpus into a static site (tests/load/hugo/) in the same run.
#
#   tests/load/content-at-scale.sh [--smoke] [--rounds N] [--sizes "10 100 1000 10000"] [--paragraphs P] [--settle S] [--published DIR]
#
# Settled memory is read S seconds (10 by default) after ready, when the index is built and the collector has
# handed back what the load and the indexing left behind.
# Essays are about 20 KB each; --paragraphs 2 (at most two paragraphs a section) makes them about 10 KB.
set -euo pipefail
source "$(dirname "$0")/common.sh"

rounds=3 sizes="10 100 1000 10000" sections=9 paragraphs=() published='' settle=10
while [[ $# -gt 0 ]]; do
    case $1 in
        --smoke) rounds=1 sizes="10 100" settle=1 ;;
        --rounds) rounds=$2; shift ;;
        --sizes) sizes=$2; shift ;;
        --paragraphs) paragraphs=("$2"); shift ;;
        --settle) settle=$2; shift ;;
        --published) published=$(cd "$2" && pwd); shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

need hugo hugo
need /usr/bin/time time

work=$(mktemp -d /tmp/reader-scale-XXXXXX)
trap 'stop_started; rm -rf "$work"' EXIT
port=${APP_PORT:-18090}

if [[ -z $published ]]; then
    echo "publishing the app (Release)..." >&2
    publish_app "$work/app"
    published=$work/app
fi
echo "building the corpus generator..." >&2
dotnet build "$repo/tests/Reader.Benchmarks/Reader.Benchmarks.csproj" -c Release --nologo -v q >"$work/bench-build.log" 2>&1 \
    || { cat "$work/bench-build.log" >&2; exit 1; }
generator=$repo/tests/Reader.Benchmarks/bin/Release/net10.0/Reader.Benchmarks.dll

# start_once CONTENT: prints "ready_ms rss_kib cpu_ms indexed_ms settled_kib" for one start of the app over the
# content folder; the app's own CPU time until ready is the figure least disturbed by other work on a shared machine.
start_once() {
    local content=$1 start ready rss cpu indexed pid
    start=$(now_ms)
    start_app "$published" "$port" "$work/app.log" "--Reader:ContentPath=$content"
    pid=$!
    wait_ready "http://127.0.0.1:$port" "$pid" >/dev/null
    ready=$(now_ms)
    rss=$(rss_kib "$pid") cpu=$(($(cpu_ticks "$pid") * 1000 / $(getconf CLK_TCK)))
    curl -sf -o /dev/null "http://127.0.0.1:$port/search?q=village" || { echo "the first search failed" >&2; return 1; }
    indexed=$(now_ms)
    sleep $(( settle - (indexed - ready) / 1000 > 0 ? settle - (indexed - ready) / 1000 : 0 ))
    echo "$((ready - start)) $rss $cpu $((indexed - start)) $(rss_kib "$pid")"
    stop_started
}

# hugo_once CONTENT: prints the wall and CPU (user + system) time of one Hugo build of the content folder, in ms.
hugo_once() {
    local content=$1 site=$work/hugo start
    rm -rf "$site" "$work/hugo-out"
    mkdir -p "$site"
    cp -r "$repo/tests/load/hugo/." "$site/"
    ln -s "$content" "$site/content"
    start=$(now_ms)
    /usr/bin/time -f '%U %S' -o "$work/hugo.time" hugo --quiet --source "$site" --destination "$work/hugo-out" >"$work/hugo.log" 2>&1 \
        || { cat "$work/hugo.log" >&2; return 1; }
    echo "$(($(now_ms) - start)) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/hugo.time")"
}

# measure CONTENT: medians over the rounds, "ready_ms rss_kib cpu_ms indexed_ms settled_kib hugo_ms hugo_cpu_ms";
# Hugo runs between the app's starts.
measure() {
    local content=$1 with_hugo=$2 ready=() rss=() cpu=() indexed=() settled=() hugo=() hugo_cpu=() r m c i s h hc
    for _ in $(seq 1 "$rounds"); do
        read -r r m c i s < <(start_once "$content")
        ready+=("$r") rss+=("$m") cpu+=("$c") indexed+=("$i") settled+=("$s")
        if [[ $with_hugo == yes ]]; then
            read -r h hc < <(hugo_once "$content")
            hugo+=("$h") hugo_cpu+=("$hc")
        fi
    done
    echo "$(printf '%s\n' "${ready[@]}" | median) $(printf '%s\n' "${rss[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median)" \
        "$(printf '%s\n' "${indexed[@]}" | median) $(printf '%s\n' "${settled[@]}" | median)" \
        "$(printf '%s\n' "${hugo[@]}" | median) $(printf '%s\n' "${hugo_cpu[@]}" | median)"
}

mkdir -p "$work/empty"
echo "warming the disk cache and the runtime..." >&2
start_once "$work/empty" >/dev/null
read -r base_ms base_kib base_cpu _ base_settled _ < <(measure "$work/empty" no)

echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); medians over $rounds starts"
echo "empty app: ready in $base_ms ms ($base_cpu ms CPU), $((base_kib / 1024)) MiB, settled $((base_settled / 1024)) MiB"
printf '%7s %10s %9s %8s %9s %10s %8s %8s %10s %8s %9s %9s %9s\n' \
    essays corpus_MiB ready_ms cpu_ms cpu/essay indexed_ms RSS_MiB settled added/corp hugo_ms hugo_cpu hugo/app hugo_cpu/app
for n in $sizes; do
    content=$work/corpus-$n
    bytes=$(dotnet "$generator" corpus "$content" "$n" "$sections" "${paragraphs[@]}" | awk '{ print $6 }')
    read -r ready kib cpu indexed settled hugo hugo_cpu < <(measure "$content" yes)
    awk -v n="$n" -v b="$bytes" -v r="$ready" -v c="$cpu" -v i="$indexed" -v k="$kib" -v s="$settled" -v bs="$base_settled" \
        -v bc="$base_cpu" -v h="$hugo" -v hc="$hugo_cpu" 'BEGIN {
        printf "%7d %10.1f %9d %8d %9.3f %10d %8.0f %8.0f %10.2f %8d %9d %9.1f %9.1f\n",
            n, b / 1048576, r, c, (c - bc) / n, i, k / 1024, s / 1024, (s - bs) * 1024 / b, h, hc, h / r, hc / c
    }'
    rm -rf "$content"
done
echo "cpu/essay and added/corp are beyond the empty app: (CPU - empty CPU) ms / essays, (settled RSS - empty settled RSS) / corpus bytes."
echo "indexed_ms: from the start to the first search's answer. settled: RSS ${settle} s after ready, or at that answer if later."
echo "targets: 1,000 essays ready < 1000 ms and faster than Hugo; added/corp < 3; cpu/essay flat as N grows."
