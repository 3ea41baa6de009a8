// Six projects, run by 2 workers (this machine has 2 cores; jest's default would be 1):
//  - `unit`: pure functions and synthesized JSON; no terraform, no build, no subprocess-heavy work.
//  - `unit-aws6`, `unit-cdktn`: the unit files again, on the other supported bindings (below).
//  - `build`: tests of the built and packed package (./dist, the tarball, typedoc). The package is
//    built and packed ONCE by the project's globalSetup (test-support/global/build.ts); no test
//    builds or packs by itself.
//  - `terraform`: the real terraform binary and the hashicorp/aws 5.100.0 provider from the
//    machine's mirror (~600 MB per terraform process: at most 2 at once, one per worker).
//  - `e2e`: against ONE local AWS endpoint per run, started by the project's globalSetup
//    (test-support/global/e2e-setup.ts) and shared by every file (test-support/shared-aws.ts); each
//    file isolates itself by its own resource names and directories, in any order.
// Type-checking is `npm run typecheck`; jest only transpiles.
const transform = { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] };
const common = {
  testEnvironment: "node",
  transform,
  roots: ["<rootDir>/__tests__"],
  setupFilesAfterEnv: ["<rootDir>/test-support/setup-jest.js"],
};
// The build project's files (wherever they live): they need the package built by its globalSetup.
const BUILD = [
  "<rootDir>/__tests__/api-docs.test.ts",
  "<rootDir>/__tests__/package.test.ts",
  "<rootDir>/__tests__/terraform/consumer.test.ts",
  "<rootDir>/__tests__/terraform/facade.test.ts",
];

// The bindings the unit suite runs on. `unit` is the default install (cdktf 0.21 and
// @cdktf/provider-aws 20.x, hashicorp/aws 5.x). The variants swap the runtime by moduleNameMapper,
// exactly as the cdktn edition's build rewrites the package's module specifiers: only the runtime
// (`cdktf`, `cdktf/...`) and the provider bindings (`@cdktf/provider-aws`, `.../lib/...`), never
// another @cdktf package (@cdktf/hcl2json stays). The mapping applies to every module jest loads
// (lib/core/runtime.ts, the tests, test-support), not to a subprocess a test starts (those run the
// default install). Every unit project asserts that it got its binding (test-support/binding-guard.js
// and __tests__/binding.test.ts, from `globals.MWT_BINDING`), so a mapping that silently does not
// apply fails every file of the project. A test whose expected value differs on a binding branches
// on test-support/binding.ts, never skips.
const dev = require("./package.json").devDependencies;
const BINDINGS = {
  unit: { runtime: "cdktf", runtimeVersion: dev.cdktf, provider: "@cdktf/provider-aws", providerVersion: dev["@cdktf/provider-aws"], aws: 5 },
  // @cdktf/provider-aws 21.x (hashicorp/aws 6.x) on cdktf: installed as the npm alias @cdktf/provider-aws-21.
  "unit-aws6": {
    runtime: "cdktf",
    runtimeVersion: dev.cdktf,
    provider: "@cdktf/provider-aws",
    providerVersion: dev["@cdktf/provider-aws-21"].replace(/^npm:@cdktf\/provider-aws@/, ""),
    aws: 6,
    moduleNameMapper: { "^@cdktf/provider-aws(/.*)?$": "@cdktf/provider-aws-21$1" },
  },
  // CDK Terrain: cdktn with @cdktn/provider-aws (hashicorp/aws 6.x).
  "unit-cdktn": {
    runtime: "cdktn",
    runtimeVersion: dev.cdktn,
    provider: "@cdktn/provider-aws",
    providerVersion: dev["@cdktn/provider-aws"],
    aws: 6,
    moduleNameMapper: { "^cdktf$": "cdktn", "^cdktf/(.*)$": "cdktn/$1", "^@cdktf/provider-aws(/.*)?$": "@cdktn/provider-aws$1" },
  },
};
// Unit files the variants leave out: they never load the runtime in jest's module registry, so a
// second and third run proves nothing about the binding.
//  - architecture: dependency-cruiser and jscpd over lib/'s source text (subprocesses);
//  - imports, window/imports: what a fresh node process (no mapper) loads from the default install;
//  - catalog/aws-documents, window/schedule, property/oracles, bench/chart: import nothing that reaches the
//    runtime (the document catalog, the schedule parser, the property suite's own oracles);
//  - window/aws-model, validation/aws-model-conformance: the limits against botocore's model
//    (python3 subprocesses); they load lib/ only for its tables, not to synthesize.
// docs.test.ts runs in the variants (every README/help block synthesizes on the binding) but
// type-checks the blocks only in `unit`: tsc resolves `cdktf` itself, the mapper does not reach it.
// Subprocesses some files start (check-cli, cli-import, app-report) run the default install.
// (api-docs, which runs typedoc, is a build-project file.)
const NOT_IN_VARIANTS = [
  "<rootDir>/__tests__/architecture.test.ts",
  "<rootDir>/__tests__/imports.test.ts",
  "<rootDir>/__tests__/window/imports.test.ts",
  "<rootDir>/__tests__/catalog/aws-documents.test.ts",
  "<rootDir>/__tests__/window/schedule.test.ts",
  "<rootDir>/__tests__/property/oracles.test.ts",
  "<rootDir>/__tests__/window/aws-model.test.ts",
  "<rootDir>/__tests__/validation/aws-model-conformance.test.ts",
  "<rootDir>/__tests__/bench/chart.test.ts",
];
// The property-based suites run fewer inputs in the variants (PROPERTY_RUNS, unless given; the
// always-judged examples still run): they prove the runtime works; the rules are proven by `unit`.
const VARIANT_PROPERTY_RUNS = 60;

function unitProject(name) {
  const { moduleNameMapper, ...binding } = BINDINGS[name];
  const variant = moduleNameMapper !== undefined;
  return {
    ...common,
    displayName: name,
    testMatch: ["**/*.test.ts"],
    testPathIgnorePatterns: ["/__tests__/terraform/", "/__tests__/e2e/", ...BUILD, ...(variant ? NOT_IN_VARIANTS : [])],
    ...(variant ? { moduleNameMapper } : {}),
    globals: { MWT_BINDING: { name, ...binding, ...(variant ? { propertyRuns: VARIANT_PROPERTY_RUNS } : {}) } },
    setupFiles: ["<rootDir>/test-support/binding-guard.js"],
  };
}

module.exports = {
  maxWorkers: 2,
  // Longest files first, so none starts last (only the start order; files are order-independent).
  testSequencer: "<rootDir>/test-support/sequencer.js",
  // After jest's own summary: each project's share of the time and the wall time (no assertion).
  reporters: ["default", "<rootDir>/test-support/timing-reporter.js"],
  projects: [
    unitProject("unit"),
    unitProject("unit-aws6"),
    unitProject("unit-cdktn"),
    {
      ...common,
      displayName: "build",
      testMatch: BUILD,
      globalSetup: "<rootDir>/test-support/global/build.ts",
      globalTeardown: "<rootDir>/test-support/global/build-teardown.ts",
    },
    {
      ...common,
      displayName: "terraform",
      testMatch: ["**/__tests__/terraform/**/*.test.ts"],
      testPathIgnorePatterns: BUILD,
    },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["**/__tests__/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test-support/global/e2e-setup.ts",
      globalTeardown: "<rootDir>/test-support/global/e2e-teardown.ts",
    },
  ],
};
