#!/usr/bin/env bash
# Container start: from `podman run` to the first 200 from /readyz of an image already built (as .ci/run
# builds localhost/reader:ci), read-only, seed content, against `podman run … /bin/true` of the same image in
# the same run; one warm-up pair, then N alternating pairs, and the medians.
#
#   tests/load/container-start.sh [--rounds N] [--tag IMAGE] [--port PORT]
#
# On this kind of machine podman is the local stand-in's (shared/container/env.sh, sourced when READER_SHARED
# or ../shared holds it); elsewhere, the podman on the PATH.
set -euo pipefail
source "$(dirname "$0")/common.sh"

rounds=5 tag=localhost/reader:ci port=${APP_PORT:-18777}
while [[ $# -gt 0 ]]; do
    case $1 in
        --rounds) rounds=$2; shift ;;
        --tag) tag=$2; shift ;;
        --port) port=$2; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

shared=${READER_SHARED:-$repo/../shared}
if [[ -f $shared/container/env.sh ]]; then
    # shellcheck source=/dev/null
    source "$shared/container/env.sh"
fi
podman image exists "$tag" || { echo "no image $tag: build it first (.ci/run does)" >&2; exit 1; }

run=(podman run --rm --runtime runc --cgroup-manager cgroupfs --network host --read-only --tmpfs /tmp
    -e "ASPNETCORE_HTTP_PORTS=$port")
bare=() app=()
for round in $(seq 0 "$rounds"); do
    start=$(date +%s%N)
    "${run[@]}" --entrypoint /bin/true "$tag"
    bare_ms=$((($(date +%s%N) - start) / 1000000))

    start=$(date +%s%N)
    id=$("${run[@]}" -d "$tag")
    ready=no
    for _ in $(seq 1 3000); do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; then ready=yes; break; fi
        sleep 0.01
    done
    app_ms=$((($(date +%s%N) - start) / 1000000))
    if [[ $ready == no ]]; then
        podman logs "$id" | tail -5 >&2
        podman stop -t 10 "$id" >/dev/null
        echo "the container did not answer /readyz within 30 s" >&2
        exit 1
    fi
    podman stop -t 10 "$id" >/dev/null
    if ((round > 0)); then
        bare+=("$bare_ms") app+=("$app_ms")
        echo "round $round: podman run /bin/true $bare_ms ms, to /readyz 200 $app_ms ms"
    fi
done 2> >(grep -v 'systemd connection' >&2)

echo "medians over $rounds starts, load average $(cut -d' ' -f1-3 /proc/loadavg):"
echo "  podman run /bin/true: $(printf '%s\n' "${bare[@]}" | median) ms"
echo "  podman run to the first 200 from /readyz: $(printf '%s\n' "${app[@]}" | median) ms (target: under 1000 ms)"
