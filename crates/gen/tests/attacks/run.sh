#!/usr/bin/env bash
# Re-runs the size attacks of issue 18 at the issue's sizes against a release build, each on a fresh
# copy of the seed project in a temporary folder, and prints one table row per attack: wall time, CPU
# time (user + system), peak RSS (from /usr/bin/time -v) and how the build ended. The limit is 2 s and
# 500 MB, or a clear refusal. Not part of ./build.sh test (it takes a minute or two and its figures are
# wall times); run it by hand:
#
#   crates/gen/tests/attacks/run.sh            # every attack
#   crates/gen/tests/attacks/run.sh quoted     # the attacks whose name contains "quoted"
#
# DOSSIER=path/to/dossier picks the binary (default: target/release/dossier, built if missing).
set -eu  # no pipefail: `yes | head` ends `yes` by SIGPIPE

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
bin="${DOSSIER:-$repo/target/release/dossier}"
filter="${1:-}"
if [[ ! -x "$bin" ]]; then
    (cd "$repo" && cargo build --release -p dossier)
fi
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A fresh copy of the seed project: content/, site/ and dossier.toml.
fresh() {
    rm -rf "$work/p"
    mkdir -p "$work/p"
    cp -r "$repo/content" "$repo/site" "$repo/dossier.toml" "$work/p/"
}

# A source `attack` whose body is read from stdin.
source_from_stdin() {
    {
        printf '+++\ntitle = "Attack"\noutlet = "Attack Wire"\npublished = 2021-05-01\n+++\n'
        cat
    } >"$work/p/content/sources/attack.txt"
}

# Appends stdin to the briefing.
briefing_from_stdin() {
    cat >>"$work/p/content/briefing.md"
}

printf '%-34s %8s %8s %9s  %s\n' attack wall_s cpu_s peak_MB result
run() {
    local name="$1"
    shift
    [[ -z "$filter" || "$name" == *"$filter"* ]] || return 0
    fresh
    "$@"
    local size
    size=$(du -sb "$work/p/content" | cut -f1)
    local status=0
    /usr/bin/time -v -o "$work/time" "$bin" build --root "$work/p" --quiet >"$work/out" 2>&1 || status=$?
    local wall cpu rss result
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")
    cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/time")
    if [[ $status -eq 0 ]]; then
        result="built ($((size / 1024)) KB of content)"
    else
        result="refused: $(grep -m1 -E 'error' "$work/out" | cut -c1-90)"
    fi
    printf '%-34s %8s %8s %9s  %s\n' "$name" "$wall" "$cpu" "$rss" "$result"
}

# Item 1: citations in one briefing paragraph.
claims() { { printf '\n'; seq 1 10000 | sed 's/.*/Claim & [@deadly-raid-global-reach]./' | tr '\n' ' '; printf '\n'; } | briefing_from_stdin; }
quoted_claims() {
    { printf '\n'; seq 1 30000 | sed 's/.*/Claim \& said “al-Qaeda” [@deadly-raid-global-reach]./' | tr '\n' ' '; printf '\n'; } | briefing_from_stdin
}
run "10k citations, one paragraph" claims
run "30k quoted claims, one paragraph" quoted_claims

# Item 2: quote extraction in one source.
quoted_lines() { seq 1 "$1" | sed 's/.*/"Quote number &," the spokesman said.\n/' | source_from_stdin; }
speakers() { seq 1 "$1" | sed 's/.*/"Quote number &," said Speaker&son Officer.\n/' | source_from_stdin; }
same_opening() { seq 1 "$1" | sed 's/.*/“We will not give up, not in year &,” the spokesman said.\n/' | source_from_stdin; }
run "50k quoted lines" quoted_lines 50000
run "100k quoted lines (6.6 MB)" quoted_lines 100000
run "100k quoted lines, 100k speakers" speakers 100000
run "100k quoted lines, same opening" same_opening 100000
unpaired() { { printf 'He said '; yes '“ab cd ' | head -n 200000 | tr -d '\n'; printf '\n'; } | source_from_stdin; }
mixed() { { printf 'He said '; yes 'said "ab” “cd" ' | head -n 100000 | tr -d '\n'; printf '\n'; } | source_from_stdin; }
run "200k unpaired marks" unpaired
run "200k mixed marks" mixed

# Item 3: quotation checking against one long paragraph.
words() { { printf 'The start '; yes 'word' | head -n "$1" | tr '\n' ' '; printf 'the end.\n'; } | source_from_stdin; }
ellipsis() {
    words "$1"
    printf '\nThe report says “The start word … word the end” [@attack].\n' | briefing_from_stdin
}
near_miss() {
    words 100000
    { printf '\nThe report says “'; yes 'wurd' | head -n 5000 | tr '\n' ' '; printf 'end” [@attack].\n'; } | briefing_from_stdin
}
run "ellipsis, 100k words" ellipsis 100000
run "ellipsis, 200k words (1.2 MB)" ellipsis 200000
run "5k-word near miss, 100k words" near_miss

# Item 4: heading ids.
notes_headings() { { printf '\n'; yes '## Notes' | head -n 10000 | sed 's/$/\n\nText.\n/'; } | briefing_from_stdin; }
id_headings() { { printf '\n'; yes '## H {#h}' | head -n 20000 | sed 's/$/\n\nText.\n/'; } | briefing_from_stdin; }
run "10k ## Notes headings" notes_headings
run "20k ## H {#h} headings" id_headings

# Found by the briefing fuzz target: thousands of citations in one sentence (no full stop), each of
# which looked up the whole sentence's wording again.
one_sentence() { { printf '\nThe claims '; yes 'and a claim about Ghazni [@deadly-raid-global-reach]' | head -n 10000 | tr '\n' ' '; printf 'end.\n'; } | briefing_from_stdin; }
run "10k citations, one sentence" one_sentence
