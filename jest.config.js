// Two projects: `unit` (pure functions and synthesized JSON; no terraform) and `terraform` (the real
// terraform binary and the hashicorp/aws 5.100.0 provider from the machine's mirror; slower, batched).
// Type-checking is `npm run typecheck`; jest only transpiles.
const transform = { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] };

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      roots: ["<rootDir>/__tests__"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/__tests__/terraform/", "/__tests__/e2e/"],
      setupFilesAfterEnv: ["<rootDir>/test-support/setup-jest.js"],
    },
    {
      displayName: "terraform",
      testEnvironment: "node",
      transform,
      roots: ["<rootDir>/__tests__"],
      testMatch: ["**/__tests__/terraform/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test-support/setup-jest.js"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform,
      roots: ["<rootDir>/__tests__"],
      testMatch: ["**/__tests__/e2e/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test-support/setup-jest.js"],
    },
  ],
};
