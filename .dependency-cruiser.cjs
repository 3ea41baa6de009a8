// Import rules of lib/, checked in `npm test` (__tests__/architecture.test.ts). Layers, from the
// floor up; a module may import its own layer or the ones below, never one above:
//   0 core       lib/core/        kernel: runtime adapter, diagnostics, errors, readers, engines
//   1 data       lib/catalog/, lib/props/   AWS document catalog, public prop types
//   2 task       lib/task/        canonical → reader/encode → types → normalize/render → validation → pipeline
//   3 constructs lib/maintenance-window-task.ts, lib/helpers/, lib/presets/
//   4 window     lib/window/
//   5 fleet      lib/fleet/       many stacks: one per account × Region (imports only core today)
//   6 surface    lib/aws/, lib/checks/, lib/cli/, lib/index.ts
// Only lib/core/runtime.ts imports the CDKTF runtime or the provider bindings: an edition for
// another runtime (cdktn) changes that one file.
const LAYERS = [
  { name: "core", path: "^lib/core/" },
  { name: "data", path: "^lib/(catalog|props)/" },
  { name: "task", path: "^lib/task/" },
  { name: "constructs", path: "^lib/(maintenance-window-task\\.ts$|helpers/|presets/)" },
  { name: "window", path: "^lib/window/" },
  { name: "fleet", path: "^lib/fleet/" },
  { name: "surface", path: "^lib/(aws/|checks/|cli/|index\\.ts$)" },
];

// Inside the task: each step imports only the steps before it.
const TASK_STEPS = [
  { name: "canonical", path: "^lib/task/canonical\\.ts$" },
  { name: "reader and encoding", path: "^lib/task/(reader|encode)\\.ts$" },
  { name: "task types", path: "^lib/task/types/" },
  { name: "normalize and render", path: "^lib/task/(normalize|render|from-terraform)\\.ts$" },
  { name: "validation", path: "^lib/task/validation/" },
  { name: "pipeline", path: "^lib/task/pipeline\\.ts$" },
];

function upwardRules(levels, what) {
  return levels.slice(0, -1).map((level, i) => ({
    name: `no-upward-${what.replace(/\W+/g, "-")}-${level.name.replace(/\W+/g, "-")}`,
    comment: `${level.name} must not import a ${what} above it (${levels.slice(i + 1).map((l) => l.name).join(", ")}).`,
    severity: "error",
    from: { path: level.path },
    to: { path: levels.slice(i + 1).map((l) => l.path) },
  }));
}

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import circle in lib/.",
      severity: "error",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "runtime-only-in-adapter",
      comment: "Only lib/core/runtime.ts imports cdktf or @cdktf/provider-aws (type imports included).",
      severity: "error",
      from: { path: "^lib/", pathNot: "^lib/core/runtime\\.ts$" },
      to: { path: "(^|/)node_modules/(cdktf|@cdktf/provider-aws)/" },
    },
    {
      name: "core-imports-only-core",
      comment: "lib/core/ is the floor: it imports nothing else of the library.",
      severity: "error",
      from: { path: "^lib/core/" },
      to: { path: "^lib/", pathNot: "^lib/core/" },
    },
    ...upwardRules(LAYERS, "layer"),
    ...upwardRules(TASK_STEPS, "task step"),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    // The repo's tsconfig when run from the root; the architecture test's fixtures have none.
    ...(require("node:fs").existsSync("tsconfig.json") ? { tsConfig: { fileName: "tsconfig.json" } } : {}),
    exclude: { path: "(^|/)(dist|cdktf\\.out|\\.docs-build)/" },
  },
};
