// The runtime binding the running jest project is on (jest.config.js, `globals.MWT_BINDING`; checked
// by test-support/binding-guard.js). A test whose expected value differs between bindings branches
// on this explicitly, never skips.
export interface Binding {
  /** The jest project: `unit`, `unit-aws6` or `unit-cdktn`. */
  name: string;
  runtime: "cdktf" | "cdktn";
  runtimeVersion: string;
  provider: "@cdktf/provider-aws" | "@cdktn/provider-aws";
  providerVersion: string;
  /** The hashicorp/aws major version the provider binding is generated from. */
  aws: 5 | 6;
  /** The variants' PROPERTY_RUNS default. */
  propertyRuns?: number;
}

const DEFAULT: Binding = { name: "default", runtime: "cdktf", runtimeVersion: "", provider: "@cdktf/provider-aws", providerVersion: "", aws: 5 };

/** The running project's binding; outside a unit project (terraform, e2e, build), the default install. */
export const BINDING: Binding = (globalThis as { MWT_BINDING?: Binding }).MWT_BINDING ?? DEFAULT;
