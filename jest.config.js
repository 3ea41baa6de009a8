// Four projects, run by 2 workers (this machine has 2 cores; jest's default would be 1):
//  - `unit`: pure functions and synthesized JSON; no terraform, no build, no subprocess-heavy work.
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

module.exports = {
  maxWorkers: 2,
  // Longest files first, so none starts last (only the start order; files are order-independent).
  testSequencer: "<rootDir>/test-support/sequencer.js",
  // After jest's own summary: each project's share of the time and the wall time (no assertion).
  reporters: ["default", "<rootDir>/test-support/timing-reporter.js"],
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/__tests__/terraform/", "/__tests__/e2e/", ...BUILD],
    },
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
