#!/usr/bin/env bash
# Same-run A/B of two commits: construct + synth of N tasks in modes (a) MaintenanceWindowTask and
# (b) the raw resource, each commit's lib/ and bench/worker.ts compiled by the same tsc, run in
# interleaved rounds (old a, new a, old b, new b, ...) so that other load on the machine falls on
# both commits alike. `npm run bench` compares modes within one commit; this answers "did a change
# make the construct slower?" when the machine's speed varies between bench runs.
#
#   bench/compare-commits.sh <base-commit> [rounds=8] [N=1000]      # base vs the working tree
#
# Prints the median construct+synth wall and CPU time per commit and mode, and (a)/(b) per commit.
set -euo pipefail
base=${1:?usage: bench/compare-commits.sh <base-commit> [rounds] [N]}
rounds=${2:-8}
n=${3:-1000}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove --force "$work/base-tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$repo" worktree add --detach -q "$work/base-tree" "$base"
# SAME_BENCH=1: both sides run this tree's bench/ (worker and task mix), so only lib/ differs; by
# default each side runs its own commit's bench/, whose fixtures may differ from this one's.
if [[ "${SAME_BENCH:-0}" == "1" ]]; then
  rm -rf "$work/base-tree/bench" && cp -r "$repo/bench" "$work/base-tree/bench"
fi
declare -A tree=([base]="$work/base-tree" [new]="$repo")
for side in base new; do
  src=${tree[$side]}
  out="$work/$side"
  mkdir -p "$out"
  ln -s "$repo/node_modules" "$out/node_modules"
  cat > "$out/tsconfig.json" <<JSON
{ "extends": "$src/tsconfig.json",
  "compilerOptions": { "outDir": "$out/build", "rootDir": "$src", "noEmit": false, "declaration": false, "sourceMap": false,
                       "noCheck": true, "noUnusedLocals": false, "types": ["node"] },
  "include": [], "files": ["$src/lib/index.ts", "$src/bench/worker.ts"] }
JSON
  node "$repo/node_modules/typescript/lib/tsc.js" -p "$out/tsconfig.json"
done

results="$work/results.jsonl"
for round in $(seq 1 "$rounds"); do
  for run in base:a new:a base:b new:b; do
    side=${run%%:*} mode=${run##*:}
    outdir=$(mktemp -d -p "$work")
    line=$(node "$work/$side/build/bench/worker.js" synth "$mode" "$n" "$outdir" | tail -1)
    echo "{\"side\":\"$side\",\"mode\":\"$mode\",\"result\":$line}" >> "$results"
    rm -rf "$outdir"
    echo "round $round/$rounds: $side ($mode) done" >&2
  done
done

node - "$results" "$base" "$(git -C "$repo" rev-parse --short HEAD)" "$n" <<'JS'
const fs = require("node:fs");
const [file, base, head, n] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const rows = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const stat = (side, mode) => {
  const rs = rows.filter((r) => r.side === side && r.mode === mode).map((r) => r.result);
  return { runs: rs.length, wall: median(rs.map((r) => r.constructMs + r.synthMs)), cpu: median(rs.map((r) => r.constructCpuMs + r.synthCpuMs)) };
};
console.log(`construct + synth of N=${n} tasks, medians; base = ${base}, new = ${head} + working tree`);
console.log("side  mode  runs  wall ms  CPU ms");
for (const side of ["base", "new"]) for (const mode of ["a", "b"]) {
  const s = stat(side, mode);
  console.log(`${side.padEnd(5)} ${mode.padEnd(5)} ${String(s.runs).padStart(4)} ${s.wall.toFixed(0).padStart(8)} ${s.cpu.toFixed(0).padStart(7)}`);
}
for (const side of ["base", "new"]) {
  const a = stat(side, "a"), b = stat(side, "b");
  console.log(`${side}: (a)/(b) wall ${(a.wall / b.wall).toFixed(2)}x, CPU ${(a.cpu / b.cpu).toFixed(2)}x`);
}
const na = stat("new", "a"), ba = stat("base", "a");
console.log(`(a) new/base: wall ${(na.wall / ba.wall).toFixed(2)}x, CPU ${(na.cpu / ba.cpu).toFixed(2)}x`);
JS
