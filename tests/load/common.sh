# Shared by the load scripts: installs, publishing, starting and stopping the app, reading /proc.
# Sourced, not run. Every process started here is remembered by its id and ended on exit.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started_pids=()

stop_started() {
    local pid
    for pid in "${started_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${started_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    started_pids=()
}

# Debian packages, installed only when the command is missing (idempotent, as CI runs it on a fresh machine).
need() {
    local command=$1 package=$2
    if ! command -v "$command" >/dev/null; then
        echo "installing $package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null; }
    fi
}

# publish_app DIR [options...]: a Release build of the site as it would be deployed: for this machine's
# runtime, so ReadyToRun precompiles it, and framework-dependent like the container.
publish_app() {
    local out=$1 rid
    shift
    rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
    dotnet publish "$repo/src/Reader/Reader.csproj" -c Release -r "$rid" --self-contained false -o "$out" --nologo -v q "$@" >"$out.publish.log" 2>&1 \
        || { cat "$out.publish.log" >&2; return 1; }
}

# cpu_ticks PID...: user+system CPU time of the processes, in clock ticks.
cpu_ticks() {
    local total=0 pid fields
    for pid in "$@"; do
        # Field 2 (the command name) may hold spaces, so count fields after its closing parenthesis.
        fields=$(sed 's/^.*) //' "/proc/$pid/stat")
        total=$((total + $(echo "$fields" | awk '{ print $12 + $13 }')))
    done
    echo "$total"
}

# start_app DIR PORT LOG [CONFIG...]: the published app in the background, from its own folder as in the
# container (appsettings.json is read from the working directory); $! is its process id.
start_app() {
    local dir=$1 port=$2 log=$3
    shift 3
    (cd "$dir" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production exec dotnet Reader.dll "$@") >"$log" 2>&1 &
    started_pids+=("$!")
}

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

now_ms() { date +%s%3N; }

# wait_ready URL_BASE PID: waits until /readyz answers 200, or / where the app has no /readyz (404).
# Prints the path that answered.
wait_ready() {
    local base=$1 pid=$2 code
    for _ in $(seq 1 6000); do
        kill -0 "$pid" 2>/dev/null || { echo "the app exited before it was ready" >&2; return 1; }
        code=$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz" || true)
        if [[ $code == 200 ]]; then echo /readyz; return 0; fi
        if [[ $code == 404 ]]; then
            code=$(curl -s -o /dev/null -w '%{http_code}' "$base/" || true)
            if [[ $code == 200 ]]; then echo /; return 0; fi
        fi
        sleep 0.005
    done
    echo "the app was not ready after 30 s" >&2
    return 1
}

# median: of the numbers on standard input.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }
