#!/usr/bin/env bash
# A rehearsal of scale-out on one machine: three replicas of the published app behind Debian's nginx as the
# shared cache (a CDN's stand-in) and load balancer. It shows, and fails (exit 1) unless:
#   a) repeat page views are cache HITs, for readers with a settings cookie and without, and /settings.css
#      is never kept by the shared cache;
#   b) one reader's settings never reach another reader;
#   c) every replica serves the same ETag and the same bytes for every page;
#   d) stopping one replica (SIGTERM) under wrk load loses no request;
#   e) a content change rolled across the replicas never serves a page that mixes the old and new edition;
#   f) and it prints the share of requests that reach the replicas under wrk load through the cache.
#
#   tests/load/scale-out.sh [--smoke] [--seconds S] [--connections C] [--published DIR]
#
# --smoke runs the loads for 3 s instead of 30 s. --published reuses an app already published in Release.
# APP_PORT (the first of three consecutive ports), NGINX_PORT (the cache) and NGINX_DIRECT_PORT (the balancer
# without the cache, for loads that must reach the replicas) choose the loopback ports.
set -euo pipefail
source "$(dirname "$0")/common.sh"

seconds=30 connections=32 published=''
while [[ $# -gt 0 ]]; do
    case $1 in
        --smoke) seconds=3 ;;
        --seconds) seconds=$2; shift ;;
        --connections) connections=$2; shift ;;
        --published) published=$(cd "$2" && pwd); shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

need wrk wrk
need nginx nginx
need curl curl

work=$(mktemp -d /tmp/reader-scaleout-XXXXXX)
chmod 755 "$work"
trap 'stop_started; rm -rf "$work"' EXIT
first_port=${APP_PORT:-18120} nginx_port=${NGINX_PORT:-18130} direct_port=${NGINX_DIRECT_PORT:-18131}
replicas=(1 2 3)
port_of() { echo $((first_port + $1 - 1)); }
cdn="http://127.0.0.1:$nginx_port" balancer="http://127.0.0.1:$direct_port"

fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
shown() { printf '  %-44s %s\n' "$1" "$2"; }

if [[ -z $published ]]; then
    echo "publishing the app (Release)..." >&2
    publish_app "$work/app"
    published=$work/app
fi

# Each replica has its own copy of the content, as pods with their own volume (or git-sync sidecar) would. The
# copies keep the files' times: an essay with no date in its front matter is dated by its file, which pages
# show, so copies made at different times would serve different pages and ETags.
# Every request reaches a replica from nginx's one address, so the search rate limit (30 a minute per client)
# would refuse the rehearsal's own sampling on a fast machine: it is raised here, as the limit is not on trial.
declare -A replica_pid
start_replica() {
    local replica=$1
    start_app "$published" "$(port_of "$replica")" "$work/replica-$replica.log" "--Reader:ContentPath=$work/content-$replica" \
        "--Reader:RateLimiting:Search:PermitLimit=1000000"
    replica_pid[$replica]=$!
}
for replica in "${replicas[@]}"; do
    cp -r --preserve=timestamps "$repo/content" "$work/content-$replica"
    start_replica "$replica"
done
for replica in "${replicas[@]}"; do
    wait_ready "http://127.0.0.1:$(port_of "$replica")" "${replica_pid[$replica]}" >/dev/null
done

mkdir -p "$work/nginx-cache"
cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
    log_format cache '\$upstream_cache_status \$upstream_addr \$status \$request_uri';
    access_log $work/nginx-access.log cache;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    fastcgi_temp_path $work/nginx-fastcgi;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;

    # Passive health checks: a replica that refuses or drops a connection is left out for fail_timeout, and the
    # request goes to the next one (for GET and HEAD; nginx never retries a POST that may have been sent).
    upstream replicas {
        server 127.0.0.1:$(port_of 1) max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$(port_of 2) max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$(port_of 3) max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    proxy_next_upstream error timeout http_502 http_503 http_504;
    proxy_next_upstream_tries 3;
    proxy_connect_timeout 2s;

    # Keyed as a CDN keys: scheme, host, path and query. Lifetimes come from the app's Cache-Control
    # (s-maxage, stale-while-revalidate, stale-if-error) and variants from its Vary; responses that are
    # private, no-store or set a cookie are never kept.
    proxy_cache_path $work/nginx-cache levels=1:2 keys_zone=pages:10m max_size=256m inactive=10m use_temp_path=off;

    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            proxy_pass http://replicas;
            proxy_cache pages;
            proxy_cache_key "\$scheme\$host\$uri\$is_args\$args";
            proxy_cache_lock on;
            add_header X-Cache-Status \$upstream_cache_status always;
        }
    }

    # The same balancer without the cache: loads that must reach the replicas.
    server {
        listen 127.0.0.1:$direct_port;
        location / {
            proxy_pass http://replicas;
        }
    }
}
EOF
nginx -c "$work/nginx.conf" -e "$work/nginx-error.log" &
started_pids+=("$!")
for _ in $(seq 1 200); do
    curl -sf -o /dev/null "$balancer/healthz" && break
    sleep 0.05
done

# The pages: the library, the essay, its sections, the whole essay on one page, and a search.
replica1="http://127.0.0.1:$(port_of 1)"
essay=$(curl -sf "$replica1/" | grep -o 'href="/essays/[^"/]*"' | head -1 | cut -d'"' -f2)
[[ -n $essay ]] || fail "no essay is linked from the library page"
essay_file=$(basename "$essay").md
[[ -f $work/content-1/$essay_file ]] || fail "the essay $essay has no file $essay_file in the content folder"
{
    echo /
    echo "$essay"
    curl -sf "$replica1$essay" | grep -o "href=\"$essay/[^\"#]*\"" | grep -v '/cite\.' | cut -d'"' -f2 | sort -u
    echo '/search?q=china'
} >"$work/pages"
mapfile -t pages <"$work/pages"
echo "${#pages[@]} pages, replicas on ports $(port_of 1)-$(port_of 3), nginx cache on $nginx_port, balancer without cache on $direct_port"

# fetch URL [curl options...]: prints "status etag x-cache-status sha256" of one GET, - for a missing header;
# the response's headers and body stay in $work/headers and $work/body.
fetch() {
    local url=$1 out status etag cached sha
    shift
    out=$(curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}|%header{etag}|%header{x-cache-status}' "$@" "$url") \
        || fail "no answer from $url"
    IFS='|' read -r status etag cached <<<"$out"
    sha=$(sha256sum <"$work/body")
    echo "$status ${etag:--} ${cached:--} ${sha:0:64}"
}

# pages_of BASE [curl options...]: "page etag sha256" of every page, fetched by one curl on one connection,
# failing unless each answers 200.
pages_of() {
    local base=$1 dir page n=0
    shift
    dir=$(mktemp -d "$work/pages-XXXXXX")
    for page in "${pages[@]}"; do
        n=$((n + 1))
        printf 'url = "%s%s"\noutput = "%s/%s"\n' "$base" "$page" "$dir" "$n" >>"$dir/curl"
    done
    curl -s "$@" -K "$dir/curl" -w '%{http_code} %header{etag} %{filename_effective}\n' >"$dir/answers" || fail "no answer from $base"
    cut -d' ' -f3 "$dir/answers" | xargs sha256sum | cut -c1-64 >"$dir/sha256"
    paste -d' ' "$work/pages" "$dir/answers" "$dir/sha256" \
        | awk '$2 != 200 { print "FAILED: " $1 " answered " $2 > "/dev/stderr"; exit 1 } { print $1, $3, $5 }'
}

echo
echo "c) the same page from every replica"
for coding in identity br; do
    for replica in "${replicas[@]}"; do
        pages_of "http://127.0.0.1:$(port_of "$replica")" -H "Accept-Encoding: $coding" >"$work/edition1-$coding-$replica"
    done
    for replica in 2 3; do
        cmp -s "$work/edition1-$coding-1" "$work/edition1-$coding-$replica" \
            || fail "replica $replica serves other ETags or bytes than replica 1 ($coding): $(diff "$work/edition1-$coding-1" "$work/edition1-$coding-$replica" | head -4)"
    done
    shown "$coding" "${#pages[@]} pages, same ETag and sha256 on all 3 replicas"
done

echo
echo "a) repeat views through the cache"
settings_cookie='reader-settings=dark.large.wide.sans'
hits=0
for page in "${pages[@]}"; do
    reference=$(awk -v p="$page" '$1 == p { print $3 }' "$work/edition1-identity-1")
    fetch "$cdn$page" >/dev/null
    for cookie in '' "$settings_cookie" 'reader-settings=sepia.small.narrow.serif; other=1'; do
        read -r status etag cached sha < <(fetch "$cdn$page" ${cookie:+-H "Cookie: $cookie"})
        [[ $status == 200 && $cached == HIT ]] || fail "a repeat view of $page (cookie: ${cookie:-none}) was $status, X-Cache-Status $cached, not a HIT"
        [[ $sha == "$reference" ]] || fail "the cache served other bytes for $page (cookie: ${cookie:-none}) than the replicas"
        hits=$((hits + 1))
    done
done
shown "pages, no cookie and two settings cookies" "$hits repeat views, all HIT, same bytes as the replicas"
for _ in 1 2; do
    read -r status etag cached sha < <(fetch "$cdn/settings.css" -H "Cookie: $settings_cookie")
    [[ $status == 200 && $cached != HIT ]] || fail "/settings.css through the cache was $status $cached: it must never be kept"
done
grep -qi '^cache-control:.*private' "$work/headers" || fail "/settings.css is not Cache-Control: private"
shown "/settings.css with a cookie, twice" "$cached both times (never kept), private"

echo
echo "b) one reader's settings never reach another"
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$work/reader-a" -X POST -d theme=dark -d "returnUrl=$essay" "$cdn/settings")
[[ $status == 303 ]] || fail "POST /settings through the cache answered $status, not 303"
grep -q 'reader-settings' "$work/reader-a" || fail "POST /settings set no settings cookie"
curl -sf -b "$work/reader-a" "$cdn/settings.css" -o "$work/settings-a.css"
grep -q 'dark theme' "$work/settings-a.css" || fail "reader A's /settings.css does not hold the dark theme they chose"
read -r status etag cached sha < <(fetch "$cdn/settings.css")
[[ $status == 200 && ! -s $work/body ]] || fail "reader B (no cookie) got $status and $(wc -c <"$work/body") bytes of /settings.css after reader A chose a theme"
for page in "${pages[@]}"; do
    a=$(curl -sf -b "$work/reader-a" "$cdn$page" | sha256sum | cut -c1-64)
    read -r status etag cached sha < <(fetch "$cdn$page")
    grep -qi '^set-cookie:' "$work/headers" && fail "reader B was sent a cookie with $page"
    [[ $sha == "$a" && $cached == HIT ]] || fail "reader B's $page ($cached) differs from reader A's"
done
grep -rlq 'dark theme' "$work/nginx-cache" && fail "the shared cache holds reader A's settings"
grep -rlqa 'reader-settings' "$work/nginx-cache" && fail "the shared cache holds a settings cookie"
shown "reader A posted theme=dark" "A's /settings.css has the dark theme; B's is empty"
shown "reader B's pages" "${#pages[@]} pages, HIT, the same bytes as A's, no cookie"
shown "the cache folder" "holds neither the dark theme nor a settings cookie"

# wrk_summary OUTPUT: fails unless wrk saw only 2xx/3xx answers and no socket error.
wrk_clean() {
    local out=$1 what=$2
    if grep -Eq 'Non-2xx|Socket errors' <<<"$out"; then
        echo "$out" >&2
        fail "$what: $(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd ';')"
    fi
}
requests_of() { awk '/requests in/ { print $1 }' <<<"$1"; }

echo
echo "d) one replica stopped under load"
# Through the balancer without the cache, so every request really reaches a replica.
stop_at=$(awk -v s="$seconds" 'BEGIN { printf "%.1f", s / 3 }')
before=$(wc -l <"$work/nginx-access.log")
wrk -t2 -c"$connections" -d"${seconds}s" "$balancer$essay" >"$work/wrk-stop" 2>&1 &
wrk_pid=$!
started_pids+=("$wrk_pid")
sleep "$stop_at"
kill -TERM "${replica_pid[2]}"
stopped=$(now_ms)
wait "${replica_pid[2]}" || fail "replica 2 did not exit 0 on SIGTERM"
exit_ms=$(($(now_ms) - stopped))
wait "$wrk_pid"
out=$(cat "$work/wrk-stop")
wrk_clean "$out" "stopping replica 2 under load lost requests"
served_by() { tail -n +"$((before + 1))" "$work/nginx-access.log" | awk -v a="127.0.0.1:$(port_of "$1")" '$2 == a' | wc -l; }
shown "wrk -c$connections ${seconds}s, SIGTERM to replica 2 at ${stop_at}s" "$(requests_of "$out") requests, none lost (no non-2xx/3xx, no socket error)"
shown "replica 2" "exited 0, ${exit_ms} ms after SIGTERM"
shown "served by replica 1 / 2 / 3" "$(served_by 1) / $(served_by 2) / $(served_by 3)"
# nginx logs every replica it tried for a request ("a, b"): those are the requests moved off replica 2.
shown "retried on another replica" "$(tail -n +"$((before + 1))" "$work/nginx-access.log" | grep -c ', ' || true)"
start_replica 2
wait_ready "http://127.0.0.1:$(port_of 2)" "${replica_pid[2]}" >/dev/null

echo
echo "e) a content change rolled across the replicas"
# The new edition changes the title (on every page of the essay, and in the library and the search) and adds
# a paragraph to every section, so any page built from both editions would differ from both.
awk '/^title:/ { print $0 " (second edition)"; next }
     { print }
     /^## / { print ""; print "This section was revised for the second edition." }' \
    "$work/content-1/$essay_file" >"$work/edition2.md"
# sample ROUND: every page once through the balancer, on one connection; status, ETag and body kept.
sample() {
    local round=$1 page n=0
    local config=$work/sample-$round.curl
    : >"$config"
    for page in "${pages[@]}"; do
        n=$((n + 1))
        printf 'url = "%s%s"\noutput = "%s/roll/%s-%s"\n' "$balancer" "$page" "$work" "$round" "$n" >>"$config"
    done
    curl -s -K "$config" -w '%{url_effective}\t%{http_code}\t%{filename_effective}\t%header{etag}\t%header{cache-control}\n' >>"$work/samples-$round"
}
mkdir -p "$work/roll"
sampler() {
    local id=$1 round=0
    while [[ ! -e $work/roll-done ]]; do
        round=$((round + 1))
        sample "$id-$round"
    done
    sample "$id-last"
}
for id in 1 2; do
    sampler "$id" &
    started_pids+=("$!")
    sampler_pids+=("$!")
done
until compgen -G "$work/samples-1-1" >/dev/null && [[ $(wc -l <"$work/samples-1-1") -ge ${#pages[@]} ]]; do sleep 0.05; done
rolled_at=$(now_ms)
for replica in "${replicas[@]}"; do
    old=$(awk -v p="$essay" '$1 == p { print $2 }' "$work/edition1-identity-1")
    cp -p "$work/edition2.md" "$work/content-$replica/.$essay_file.new"
    mv "$work/content-$replica/.$essay_file.new" "$work/content-$replica/$essay_file"
    for _ in $(seq 1 600); do
        [[ $(fetch "http://127.0.0.1:$(port_of "$replica")$essay" | cut -d' ' -f2) != "$old" ]] && break
        sleep 0.05
    done
done
roll_ms=$(($(now_ms) - rolled_at))
touch "$work/roll-done"
for pid in "${sampler_pids[@]}"; do wait "$pid"; done
for replica in "${replicas[@]}"; do
    pages_of "http://127.0.0.1:$(port_of "$replica")" >"$work/edition2-$replica"
    cmp -s "$work/edition2-1" "$work/edition2-$replica" || fail "after the roll, replica $replica serves other pages than replica 1"
done
grep -q 'second edition' <(curl -sf "$replica1$essay") || fail "the new edition did not load on the replicas"
# Every sample must be, as a whole, one edition's page: its ETag and its bytes both from the same edition. A
# page rendered while its replica swapped editions has no ETag and says no-store; its bytes must still be one
# edition's page.
cat "$work"/samples-* >"$work/sampled"
cut -f3 "$work/sampled" | xargs sha256sum >"$work/sampled.sha256"
awk -v base="$balancer" '
    FILENAME ~ /edition[12]/ { edition = FILENAME ~ /edition1/ ? "old" : "new"; tagged[$0] = edition; body[$1 " " $3] = edition; next }
    FILENAME ~ /sha256$/ { sha[$2] = $1; next }
    {
        split($0, f, "\t"); page = substr(f[1], length(base) + 1); sum = sha[f[3]]
        if (f[2] != 200) print "bad " page " answered " f[2]
        else if (f[4] == "" && f[5] == "no-store" && (page " " sum) in body) print body[page " " sum] " unvalidated"
        else if ((page " " f[4] " " sum) in tagged) print tagged[page " " f[4] " " sum]
        else print "bad " page " " (f[4] == "" ? "without an ETag (Cache-Control: " f[5] ")" : f[4]) ": not one edition'"'"'s page with its ETag"
    }' "$work/edition1-identity-1" "$work/edition2-1" "$work/sampled.sha256" "$work/sampled" >"$work/verdicts"
if grep -q '^bad' "$work/verdicts"; then
    grep '^bad' "$work/verdicts" | head -5 | sed 's/^/  /' >&2
    fail "$(grep -c '^bad' "$work/verdicts") pages served during the roll were not one edition's page"
fi
old_count=$(grep -c '^old' "$work/verdicts" || true) new_count=$(grep -c '^new' "$work/verdicts" || true)
[[ $old_count -gt 0 && $new_count -gt 0 ]] || fail "the roll was not observed: $old_count old and $new_count new pages sampled"
shown "rolled over 3 replicas, one after another" "in ${roll_ms} ms, each replica reloading its own copy"
unvalidated=$(grep -c 'unvalidated' "$work/verdicts" || true)
shown "pages sampled during the roll" "$((old_count + new_count)): $old_count wholly the old edition, $new_count wholly the new, none mixed"
shown "of them rendered during a swap" "$unvalidated, each one edition's page, sent with no ETag and no-store"
shown "after the roll" "all 3 replicas serve the same new pages"

echo
echo "f) requests that reach the replicas, through the cache"
cat >"$work/pages.lua" <<EOF
local pages = {}
for line in io.lines("$work/pages") do pages[#pages + 1] = line end
local i = 0
request = function()
    i = i % #pages + 1
    return wrk.format("GET", pages[i])
end
EOF
before=$(wc -l <"$work/nginx-access.log")
out=$(wrk -t2 -c"$connections" -d"${seconds}s" -H 'Accept-Encoding: br, gzip' -s "$work/pages.lua" "$cdn")
wrk_clean "$out" "the load through the cache"
tail -n +"$((before + 1))" "$work/nginx-access.log" >"$work/load.log"
answered=$(wc -l <"$work/load.log")
reached=$(awk '$2 != "-"' "$work/load.log" | wc -l)
shown "wrk -c$connections ${seconds}s over ${#pages[@]} pages (br, gzip)" "$(requests_of "$out") requests, $(awk '/^Requests\/sec/ { print $2 }' <<<"$out") a second"
shown "answered by the cache" "$(awk '{ n[$1]++ } END { for (s in n) printf "%s %d, ", s, n[s] }' "$work/load.log" | sed 's/, $//')"
shown "reached the replicas" "$reached of $answered ($(awk -v r="$reached" -v a="$answered" 'BEGIN { printf "%.4f%%", a ? 100 * r / a : 0 }'))"

echo
echo "SCALE-OUT REHEARSAL PASSED in ${SECONDS} s ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
