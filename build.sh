#!/usr/bin/env bash
# dossier's one entry point.
#   ./build.sh            build the site into public/ (atomically) and print a one-line summary
#   ./build.sh test       run every test: format, lints, unit, integration, wasm32 check of core, site build
#   ./build.sh serve      dossier serve: build, serve on http://127.0.0.1:8000 (PORT=…), rebuild + reload on change
#   ./build.sh bench      print figures and write bench/RESULTS.md: build time and memory at 100 / 1,000 / 10,000
#                         synthetic sources, sizes, load / lookup / filter times in headless Chromium
#   ./build.sh fuzz       run each fuzz target of crates/gen/fuzz for FUZZ_SECONDS (default 60) on nightly
#                         (or only the targets named: frontmatter citations quotation quotes)
# Installs what it needs when missing (the wasm32 target, wasm-bindgen-cli at the Cargo.lock version, the
# npm tools in package-lock.json); safe to run again.
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

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
ensure_wasm_bindgen() {
  local want have
  want=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
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

# dossier-web → wasm32 → wasm-bindgen (--target web) → wasm-opt -Oz, into target/wasm-bundle/.
build_wasm() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_node_tools
  cargo build --quiet --profile wasm -p dossier-web --target wasm32-unknown-unknown
  local out=target/wasm-bundle
  rm -rf "$out.tmp" && mkdir -p "$out.tmp"
  wasm-bindgen --target web --no-typescript --out-dir "$out.tmp" \
    target/wasm32-unknown-unknown/wasm/dossier_web.wasm
  node_modules/.bin/wasm-opt -Oz "$out.tmp/dossier_web_bg.wasm" -o "$out.tmp/dossier_web_bg.wasm"
  rm -rf "$out" && mv "$out.tmp" "$out"
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

# Builds synthetic projects of each size (dossier-corpus, seed 1) and appends a Markdown table to $1:
# median wall time of several full builds, peak memory, pages, output and index sizes.
bench_builds() {
  local out=$1 n dir runs r t m mem median pages bytes
  ensure_gnu_time
  cargo build --release --quiet -p dossier -p dossier-corpus
  {
    echo "### Build: synthetic corpora (release build, $(nproc) cores)"
    echo
    echo "| sources | median build | runs | per source | peak memory | pages | output | index.bin raw / gzip | quotes.bin raw / gzip |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  } >>"$out"
  for n in ${BENCH_SIZES:-100 1000 10000}; do
    dir=target/bench/corpus-$n
    log "bench: $n sources"
    ./target/release/dossier-corpus --sources "$n" --seed 1 --out "$dir"
    runs=5
    [ "$n" -ge 10000 ] && runs=3
    local times=()
    mem=0
    for r in $(seq "$runs"); do
      /usr/bin/time -f "%e %M" -o target/bench/time.txt \
        ./target/release/dossier build --root "$dir" --wasm target/wasm-bundle --quiet
      read -r t m <target/bench/time.txt
      times+=("$t")
      [ "$m" -gt "$mem" ] && mem=$m
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
    pages=$(find "$dir/public" -name '*.html' | wc -l)
    bytes=$(du -sb "$dir/public" | cut -f1)
    printf '| %s | %s s | %s | %s ms | %s MB | %s | %s MB | %s / %s KB | %s / %s KB |\n' "$n" "$median" "$runs" \
      "$(awk -v t="$median" -v n="$n" 'BEGIN { printf "%.2f", t * 1000 / n }')" \
      "$(awk -v m="$mem" 'BEGIN { printf "%.0f", m / 1024 }')" "$pages" \
      "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" \
      "$(($(wc -c <"$dir/public/index.bin") / 1024))" "$(($(gzip -9 -c "$dir/public/index.bin" | wc -c) / 1024))" \
      "$(($(wc -c <"$dir/public/quotes.bin") / 1024))" "$(($(gzip -9 -c "$dir/public/quotes.bin" | wc -c) / 1024))" >>"$out"
  done
  echo >>"$out"
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

build_site() {
  build_wasm
  cargo build --release --quiet -p dossier
  ./target/release/dossier build --wasm target/wasm-bundle "$@"
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
    build_site --quiet
    ensure_chromium
    mkdir -p bench target/bench
    results=target/bench/RESULTS.md
    {
      echo "# dossier bench"
      echo
      echo "Written by \`./build.sh bench\` on $(nproc) cores ($(uname -m)); figures, not assertions."
      echo
    } >"$results"
    bench_builds "$results"
    BENCH_OUT=$results BENCH_LABEL="the seed site (5 sources), explore page" node tests/browser/bench.mjs
    big=$(ls -d target/bench/corpus-* | sort -t- -k2 -n | tail -1)
    BENCH_OUT=$results PUBLIC=$big/public BENCH_PAGE=sources/$(ls "$big/content/sources" | head -1 | sed 's/\.txt$//')/index.html \
      BENCH_LABEL="${big##*-} synthetic sources, one source page" \
      BENCH_QUERIES='["collect money", "give it to the Taliban", "the fighters train suicide bombers", "nobody stops them", "according to", "xyzzy nothing matches"]' \
      node tests/browser/bench.mjs
    log "bench: core hot paths (criterion)"
    {
      echo "### Hot paths (criterion, 200 synthetic sources; ns per iteration)"
      echo
      echo '```text'
      cargo bench --quiet -p dossier --bench hot_paths -- --warm-up-time 1 --measurement-time 3 \
        --output-format bencher 2>/dev/null | grep '^test '
      echo '```'
    } >>"$results"
    mv "$results" bench/RESULTS.md
    echo
    cat bench/RESULTS.md
    ;;
  serve)
    ensure_rust
    build_wasm
    cargo build --release --quiet -p dossier
    exec ./target/release/dossier serve --wasm target/wasm-bundle --port "${PORT:-8000}" "$@"
    ;;
  fuzz)
    ensure_rust
    ensure_cargo_fuzz
    targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=(frontmatter citations quotation quotes)
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
    echo "usage: ./build.sh [build|test|serve|bench|fuzz]" >&2
    exit 2
    ;;
esac
