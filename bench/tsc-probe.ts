export {}; // a module, not a global script
// Runs tsc in this process (node <build>/bench/tsc-probe.js <tsc.js> <tsc args...>) and, when tsc
// exits, reports the process's CPU time and peak RSS on stderr as one `BENCH {...}` line — the
// user+system CPU time is steadier than wall time when other processes share the machine.
const [tscJs, ...args] = process.argv.slice(2);
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`BENCH ${JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS })}\n`);
});
// tsc reads its arguments from process.argv.slice(2).
process.argv = [process.argv[0], tscJs, ...args];
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(tscJs);
