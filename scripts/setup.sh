#!/usr/bin/env bash
# Installs what courtstat needs on Debian when it is missing: GSL (libgsl-dev, with pkg-config)
# and gnuplot. Uses apt-get as root, or through sudo; otherwise prints the exact command and stops.
# Sourced or run by scripts/analyze.sh and scripts/test.sh.
set -euo pipefail

missing=()
pkg-config --exists gsl 2>/dev/null || missing+=(libgsl-dev pkg-config)
command -v gnuplot >/dev/null 2>&1 || missing+=(gnuplot-nox)

if ! command -v swift >/dev/null 2>&1; then
    echo "courtstat setup: the Swift toolchain (swift) is not on PATH; install Swift 6 first (https://swift.org/install)." >&2
    exit 69
fi

if [ ${#missing[@]} -gt 0 ]; then
    cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    echo "courtstat setup: installing ${missing[*]}" >&2
    if [ "$(id -u)" = 0 ]; then
        sh -c "export DEBIAN_FRONTEND=noninteractive; $cmd" >&2
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo sh -c "export DEBIAN_FRONTEND=noninteractive; $cmd" >&2
    else
        echo "courtstat setup: cannot install packages (not root, no password-less sudo). Run as root:" >&2
        echo "    $cmd" >&2
        exit 69
    fi
fi
