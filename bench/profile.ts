// Summarizes a V8 .cpuprofile (node --cpu-prof): self and inclusive ("total") time per function,
// time per package, and the inclusive time of this library's entry points. Used by bench/run.ts on
// mode (a) at the largest N; also runnable alone:  node <build>/bench/profile.js <file.cpuprofile> [buildRoot]
import * as fs from "node:fs";
import * as path from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  /** `file:function` (file relative to the repo / node_modules; JS line numbers of the compiled file). */
  name: string;
  area: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Inclusive time of chosen functions (by `file:function` key), in the order asked. */
  focus: { label: string; name: string; totalMs: number; selfMs: number }[];
  byArea: { area: string; selfMs: number; share: number }[];
  topSelf: FunctionTime[];
  topLibTotal: FunctionTime[];
  topLibSelf: FunctionTime[];
}

/** Which package (or part of ours) a script URL belongs to. */
function areaOf(url: string, buildRoot: string): string {
  if (!url) return "(v8: gc/native/idle)";
  const file = url.replace(/^file:\/\//, "");
  if (buildRoot && file.startsWith(buildRoot)) {
    const rel = path.relative(buildRoot, file);
    return rel.startsWith("lib" + path.sep) ? "lib/ (this library)" : rel.startsWith("bench" + path.sep) ? "bench/ (harness)" : rel;
  }
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (m) return m[1];
  if (url.startsWith("node:")) return "node core";
  return "other";
}

function shortFile(url: string, buildRoot: string): string {
  const file = url.replace(/^file:\/\//, "");
  if (buildRoot && file.startsWith(buildRoot)) return path.relative(buildRoot, file).replace(/\.js$/, ".ts");
  const i = file.lastIndexOf("node_modules/");
  return i >= 0 ? file.slice(i + "node_modules/".length) : file || "(native)";
}

export function summarizeProfile(file: string, buildRoot: string, top = 15, focus: { label: string; name: string }[] = []): ProfileSummary {
  const prof = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of prof.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const keyOf = (n: ProfileNode) => {
    const f = n.callFrame;
    const fn = f.functionName || "(anonymous)";
    if (!f.url) return `${fn}`;
    return `${shortFile(f.url, buildRoot)}:${fn}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const area = new Map<string, string>();
  const areaSelf = new Map<string, number>();
  let totalUs = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i] ?? 0;
    totalUs += dt;
    let node = byId.get(prof.samples[i]);
    if (!node) continue;
    const k = keyOf(node);
    self.set(k, (self.get(k) ?? 0) + dt);
    const a = node.callFrame.functionName === "(garbage collector)" ? "(v8: gc)" : areaOf(node.callFrame.url, buildRoot);
    areaSelf.set(a, (areaSelf.get(a) ?? 0) + dt);
    // Inclusive time: each function once per sampled stack (recursion is not double counted).
    const seen = new Set<string>();
    while (node) {
      const key = keyOf(node);
      if (!seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + dt);
        if (!area.has(key)) area.set(key, areaOf(node.callFrame.url, buildRoot));
      }
      const p = parent.get(node.id);
      node = p === undefined ? undefined : byId.get(p);
    }
  }
  const ms = (us: number) => us / 1000;
  const rows: FunctionTime[] = [...total.keys()].map((name) => ({
    name,
    area: area.get(name) ?? "",
    selfMs: ms(self.get(name) ?? 0),
    totalMs: ms(total.get(name) ?? 0),
  }));
  const isMeta = (r: FunctionTime) => /^\((root|program|idle)\)$/.test(r.name);
  const lib = rows.filter((r) => r.area === "lib/ (this library)");
  return {
    totalMs: ms(totalUs),
    focus: focus.map((f) => ({ ...f, totalMs: ms(total.get(f.name) ?? 0), selfMs: ms(self.get(f.name) ?? 0) })),
    byArea: [...areaSelf.entries()]
      .map(([a, us]) => ({ area: a, selfMs: ms(us), share: us / totalUs }))
      .sort((x, y) => y.selfMs - x.selfMs),
    topSelf: rows.filter((r) => !isMeta(r)).sort((x, y) => y.selfMs - x.selfMs).slice(0, top),
    topLibTotal: [...lib].sort((x, y) => y.totalMs - x.totalMs).slice(0, top),
    topLibSelf: [...lib].sort((x, y) => y.selfMs - x.selfMs).slice(0, top),
  };
}

if (require.main === module) {
  const [file, root] = process.argv.slice(2);
  const s = summarizeProfile(file, path.resolve(root ?? path.join(__dirname, "..")));
  const line = (r: FunctionTime) => `${r.selfMs.toFixed(0).padStart(7)} ${r.totalMs.toFixed(0).padStart(7)}  ${r.name}  [${r.area}]`;
  console.log(`total ${s.totalMs.toFixed(0)} ms`);
  for (const a of s.byArea) console.log(`${a.selfMs.toFixed(0).padStart(7)} ${(a.share * 100).toFixed(1).padStart(5)}%  ${a.area}`);
  console.log("\n   self   total  top self time");
  s.topSelf.forEach((r) => console.log(line(r)));
  console.log("\n   self   total  lib/ by total time");
  s.topLibTotal.forEach((r) => console.log(line(r)));
  console.log("\n   self   total  lib/ by self time");
  s.topLibSelf.forEach((r) => console.log(line(r)));
}
