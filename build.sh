#!/usr/bin/env bash
# dossier's one entry point.
#   ./build.sh            build the site into public/ (atomically) and print a one-line summary
#   ./build.sh test       run every test: format, lints, unit, integration, wasm32 check of core, site build
#   ./build.sh serve      build, then serve public/ on http://127.0.0.1:8000 (PORT=… to change)
# Installs what it needs (the wasm32 target) when missing; safe to run again.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    # rustup installs into ~/.cargo; a non-login shell may not have it on PATH yet.
    [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
  fi
  command -v cargo >/dev/null 2>&1 || { echo "cargo not found: install Rust with rustup (https://rustup.rs)" >&2; exit 1; }
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

build_site() {
  cargo build --release --quiet -p dossier
  ./target/release/dossier build "$@"
}

cmd=${1:-build}
[ $# -gt 0 ] && shift
case "$cmd" in
  build)
    ensure_rust
    build_site "$@"
    ;;
  test)
    ensure_rust
    ensure_wasm_target
    log "format"
    cargo fmt --all -- --check
    log "lints"
    cargo clippy --workspace --all-targets --quiet -- -D warnings
    log "unit and integration tests"
    cargo test --workspace
    log "dossier-core builds for the browser (wasm32)"
    cargo check --quiet -p dossier-core --target wasm32-unknown-unknown
    log "the site builds"
    build_site
    ;;
  serve)
    ensure_rust
    build_site
    port=${PORT:-8000}
    log "serving public/ on http://127.0.0.1:$port/ (Ctrl-C to stop)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory public
    ;;
  *)
    echo "usage: ./build.sh [build|test|serve]" >&2
    exit 2
    ;;
esac
