#!/usr/bin/env bash
# Throughput, latency and CPU per request of pages: the published app against nginx serving the exact same
# bytes with its access log off, under the same wrk load, in alternation (A B A B ...), plus the section
# page's weight. By default the pages are the first essay's second section, its whole-essay page and the
# library page.
#
#   tests/load/compare-nginx.sh [--smoke] [--rounds N] [--seconds S] [--warmup S] [--connections C] [--published DIR]
#                               [--content DIR] [--page PATH]... [-- APP CONFIG...]
#
# --content serves another content folder, and --page (repeatable) measures those pages instead, e.g. a
# section with a figure:  --content DIR --page /essays/harbour-in-pictures/a-harbour-in-pictures
# or the seed essay's EPUB, built once and then served from the app's cache:
#   --page /essays/putins-state-visit-to-china.epub
#
# --published reuses an app already published in Release (dotnet publish src/Reader -c Release -o DIR).
# Anything after `--` is passed to the app as configuration, e.g. to measure without request logging:
#   tests/load/compare-nginx.sh -- --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning
# or without the output cache:  -- --Reader:Caching:OutputCache=false
set -euo pipefail
source "$(dirname "$0")/common.sh"

rounds=5 seconds=10 warmup=10 connections=32 published='' content='' pages=() app_args=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --smoke) rounds=1 seconds=1 warmup=1 ;;
        --rounds) rounds=$2; shift ;;
        --seconds) seconds=$2; shift ;;
        --warmup) warmup=$2; shift ;;
        --connections) connections=$2; shift ;;
        --published) published=$(cd "$2" && pwd); shift ;;
        --content) content=$(cd "$2" && pwd); shift ;;
        --page) pages+=("$2"); shift ;;
        --) shift; app_args=("$@"); break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

need wrk wrk
need nginx nginx
need taskset util-linux

work=$(mktemp -d /tmp/reader-compare-XXXXXX)
chmod 755 "$work"
trap 'stop_started; rm -rf "$work"' EXIT
app_port=${APP_PORT:-18080} nginx_port=${NGINX_PORT:-18081}

if [[ -z $published ]]; then
    echo "publishing the app (Release)..." >&2
    publish_app "$work/app"
    published=$work/app
fi

# Request logging stays on, written where a container's log goes: standard output, here a file.
if [[ -n $content ]]; then app_args=("--Reader:ContentPath=$content" "${app_args[@]}"); fi
start_app "$published" "$app_port" "$work/app.log" "${app_args[@]}"
app_pid=$!
wait_ready "http://127.0.0.1:$app_port" "$app_pid" >/dev/null

# The essay's second section (an ordinary page in the middle of the essay, with previous and next links), the
# whole essay on one page, and the library.
app="http://127.0.0.1:$app_port"
if [[ ${#pages[@]} -eq 0 ]]; then
    essay=$(curl -sf "$app/" | grep -o 'href="/essays/[^"/]*"' | head -1 | cut -d'"' -f2)
    second=$(curl -sf "$app$essay" | grep -o "href=\"$essay/[^\"#]*\"" | grep -v '/all"' | sed -n 2p | cut -d'"' -f2)
    [[ -n $second ]] || { echo "no section page found" >&2; exit 1; }
    pages=("$second" "$essay/all" /)
fi
section=${pages[0]}

# nginx serves each page's bytes as a file; the library page (/) is its index.html.
file_of() { if [[ $1 == */ ]]; then echo "$work/www${1}index.html"; else echo "$work/www$1"; fi; }
for page in "${pages[@]}"; do
    mkdir -p "$(dirname "$(file_of "$page")")"
    curl -sf "$app$page" -o "$(file_of "$page")" || { echo "the app does not answer $page" >&2; exit 1; }
done
chmod -R a+rX "$work/www"

# Page weight: the page and everything it loads (stylesheets, scripts, icons), as sent per content coding.
# A binary download (an EPUB) loads nothing: grep -I finds no addresses in it.
weight() {
    local coding=$1 total=0 url
    for url in "$section" $(grep -IoE '(href|src)="/[^"]*\.(css|js|svg|png|ico|woff2)(\?[^"]*)?"' "$(file_of "$section")" | cut -d'"' -f2 | sort -u); do
        total=$((total + $(curl -sf -H "Accept-Encoding: $coding" "$app$url" | wc -c)))
    done
    echo "$total"
}
page_identity=$(weight identity) page_br=$(weight br) page_gzip=$(weight gzip)

cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    types { application/epub+zip epub; }
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    fastcgi_temp_path $work/nginx-fastcgi;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
    }
}
EOF
nginx -c "$work/nginx.conf" -e "$work/nginx-error.log" &
nginx_pid=$!
started_pids+=("$nginx_pid")
for _ in $(seq 1 200); do
    curl -sf -o /dev/null "http://127.0.0.1:$nginx_port$section" && break
    sleep 0.05
done
for page in "${pages[@]}"; do
    cmp -s <(curl -sf "http://127.0.0.1:$nginx_port$page") <(curl -sf "$app$page") \
        || { echo "nginx and the app do not serve the same bytes for $page" >&2; exit 1; }
done

server_pids() {
    if [[ $1 == app ]]; then echo "$app_pid"; else echo "$nginx_pid" $(ps --ppid "$nginx_pid" -o pid= 2>/dev/null); fi
}

to_us() { awk '{ v = $1 + 0; if ($1 ~ /us$/) print v; else if ($1 ~ /ms$/) print v * 1000; else if ($1 ~ /s$/) print v * 1000000; else print v }'; }

# run NAME PORT SECONDS PAGE: one wrk run; prints "rps p50_us p99_us cpu_us_per_request".
run() {
    local name=$1 port=$2 duration=$3 page=$4 pids before after out requests
    pids=$(server_pids "$name")
    before=$(cpu_ticks $pids)
    out=$(taskset -c 1 wrk -t1 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$page")
    after=$(cpu_ticks $pids)
    requests=$(echo "$out" | awk '/requests in/ { print $1 }')
    echo "$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')" \
        "$(echo "$out" | awk '$1 == "50%" { print $2 }' | to_us)" \
        "$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_us)" \
        "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')"
}

# Ratios per round (app over the nginx run beside it), then the median of those.
ratio() {
    local column=$1
    awk -v c="$column" '{ v[$1, $2] = $c; r[$1] = 1 } END { for (k in r) if (v[k, "nginx"] > 0) printf "%.3f\n", v[k, "app"] / v[k, "nginx"] }' "$results" | median
}
med() { awk -v c="$2" -v n="$1" '$2 == n { print $c }' "$results" | median; }

summary=$work/summary
for page in "${pages[@]}"; do
    echo "== $page: warming up (${warmup}s each)..." >&2
    run app "$app_port" "$warmup" "$page" >/dev/null
    run nginx "$nginx_port" "$warmup" "$page" >/dev/null

    printf '%-6s %-6s %10s %10s %10s %12s\n' round server req/s p50_us p99_us cpu_us/req
    results=$work/results-$(echo "$page" | tr -c 'a-z0-9\n' '_')
    for round in $(seq 1 "$rounds"); do
        for name in app nginx; do
            port=$app_port
            [[ $name == nginx ]] && port=$nginx_port
            read -r rps p50 p99 cpu < <(run "$name" "$port" "$seconds" "$page")
            printf '%-6s %-6s %10s %10s %10s %12s\n' "$round" "$name" "$rps" "$p50" "$p99" "$cpu"
            echo "$round $name $rps $p50 $p99 $cpu" >>"$results"
        done
    done
    {
        echo
        echo "$page: medians over $rounds rounds of ${seconds}s, wrk -t1 -c$connections pinned to core 1, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
        printf '%-14s %10s %10s %10s %12s\n' "" req/s p50_us p99_us cpu_us/req
        printf '%-14s %10s %10s %10s %12s\n' app "$(med app 3)" "$(med app 4)" "$(med app 5)" "$(med app 6)"
        printf '%-14s %10s %10s %10s %12s\n' nginx "$(med nginx 3)" "$(med nginx 4)" "$(med nginx 5)" "$(med nginx 6)"
        printf '%-14s %10s %10s %10s %12s\n' "app/nginx" "$(ratio 3)" "$(ratio 4)" "$(ratio 5)" "$(ratio 6)"
    } | tee -a "$summary"
done

echo
echo "targets (app/nginx): req/s >= 0.9, p99 <= 1.5, cpu/req <= 1.3"
echo
echo "page weight of $section with everything it loads (bytes): identity $page_identity, br $page_br, gzip $page_gzip"
echo "request log lines written by the app: $(grep -c -e 'HTTP GET' -e '"RequestMethod":"GET"' "$work/app.log" || true)"
