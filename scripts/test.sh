#!/usr/bin/env bash
# Runs every test of Vafa: formatting, clippy (native and wasm32), native tests, browser tests
# (wasm-bindgen-test in headless Chromium), the release build, and the end-to-end test of the
# built page served on 127.0.0.1. Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check
step "clippy (native)"
cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step "native tests"
cargo test
step "benchmarks compile"
cargo bench --no-run
step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web
step "release build (trunk)"
trunk build --release
step "end-to-end test of dist/"
node tests/e2e/dashboard.mjs
node tests/e2e/import.mjs
node tests/e2e/filters.mjs
node tests/e2e/datasets.mjs
node tests/e2e/storage.mjs
node tests/e2e/surveys.mjs
node tests/e2e/exports.mjs
node tests/e2e/offline.mjs
node tests/e2e/a11y.mjs
node tests/e2e/themes.mjs
node tests/e2e/keyboard.mjs
