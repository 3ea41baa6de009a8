// Cold import of one module in a fresh process: node <build>/bench/import-probe.js <module|-> 
// Prints the require() time, the process's peak RSS and how many modules were loaded. "-" loads
// nothing (node's own baseline). Started by bench/run.ts; nothing else is loaded before the require.
import { performance } from "node:perf_hooks";

const target = process.argv[2];
const bootMs = performance.now();
const before = Object.keys(require.cache).length;
const t = performance.now();
const cpu = process.cpuUsage();
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (target && target !== "-") require(target);
const requireMs = performance.now() - t;
const requireCpu = process.cpuUsage(cpu);
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    target,
    bootMs,
    requireMs,
    requireCpuMs: (requireCpu.user + requireCpu.system) / 1000,
    modules: Object.keys(require.cache).length - before,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    maxRssKb: usage.maxRSS,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  }) + "\n",
);
