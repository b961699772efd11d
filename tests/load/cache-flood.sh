#!/usr/bin/env bash
# The page cache's memory under a flood: the published app's resident memory before and after wrk sends
# distinct addresses (unread query parameters), distinct settings cookies and distinct searches, with the
# output cache on and, as the anchor, off (what the same flood costs the app without any cache).
#
#   tests/load/cache-flood.sh [--smoke] [--seconds S] [--published DIR] [-- APP CONFIG...]
set -euo pipefail
source "$(dirname "$0")/common.sh"

seconds=20 settle=5 published='' app_args=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --smoke) seconds=2 settle=1 ;;
        --seconds) seconds=$2; shift ;;
        --published) published=$(cd "$2" && pwd); shift ;;
        --) shift; app_args=("$@"); break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

need wrk wrk
work=$(mktemp -d /tmp/reader-flood-XXXXXX)
trap 'stop_started; rm -rf "$work"' EXIT
port=${APP_PORT:-18090}
base="http://127.0.0.1:$port"
if [[ -z $published ]]; then
    echo "publishing the app (Release)..." >&2
    publish_app "$work/app"
    published=$work/app
fi

# Every request a new address: the whole essay, the library and a section with a counter in an unread
# parameter, a settings cookie of its own, and every eighth a search of its own (which the rate limit
# mostly refuses, as it would a real flood).
cat > "$work/flood.lua" <<'LUA'
local n = 0
local essay = "/essays/putins-state-visit-to-china"
local themes = { "light", "sepia", "dark" }
request = function()
    n = n + 1
    local path
    if n % 8 == 0 then
        path = "/search?q=summit" .. n
    elseif n % 3 == 0 then
        path = essay .. "/all?r=" .. n
    elseif n % 3 == 1 then
        path = "/?utm_source=" .. n
    else
        path = essay .. "/us-policies-and-the-pivot-to-asia?ref=" .. n
    end
    local headers = { ["Cookie"] = "reader-settings=" .. themes[n % 3 + 1] .. ".normal.normal.serif; other=" .. n,
                      ["Accept-Encoding"] = (n % 2 == 0) and "br" or "gzip" }
    return wrk.format("GET", path, headers)
end
LUA

flood() { # LABEL [CONFIG...]
    local label=$1 pid before after settled requests
    shift
    start_app "$published" "$port" "$work/$label.log" "$@" "${app_args[@]}"
    pid=$!
    wait_ready "$base" "$pid" >/dev/null
    for path in / /essays/putins-state-visit-to-china/all /essays/putins-state-visit-to-china/us-policies-and-the-pivot-to-asia; do
        curl -s -o /dev/null "$base$path"
    done
    before=$(rss_kib "$pid")
    requests=$(taskset -c 1 wrk -t1 -c16 -d"${seconds}s" -s "$work/flood.lua" "$base" | awk '/requests in/ { print $1 }')
    after=$(rss_kib "$pid")
    sleep "$settle"
    settled=$(rss_kib "$pid")
    printf '%-10s %10s requests   RSS %6d MiB before, %6d MiB at the end, %6d MiB %d s later\n' \
        "$label" "$requests" $((before / 1024)) $((after / 1024)) $((settled / 1024)) "$settle"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    started_pids=()
}

echo "flood of ${seconds} s, distinct addresses, cookies and searches (load average $(cut -d' ' -f1-3 /proc/loadavg))"
flood cache-on
flood cache-off --Reader:Caching:OutputCache=false
