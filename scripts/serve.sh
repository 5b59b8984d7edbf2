#!/usr/bin/env bash
# Builds the dashboard and serves it on http://127.0.0.1:8080/ (first open shows the built-in
# sample dataset). Installs what is missing first (scripts/setup.sh). Pass another port as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
exec trunk serve --release --address 127.0.0.1 --port "${1:-8080}"
