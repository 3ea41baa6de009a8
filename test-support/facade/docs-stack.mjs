// The `stack` a docs-page example runs against (see run-docs-examples.mjs): the same setup as the
// docs fixture (test-support/docs-fixture.ts), a stack with an AWS provider in us-east-1. `stack` is
// a live binding: each example module imports it after `reset()` made a fresh app and stack.
import { Testing, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";

export let app;
export let stack;

export function reset() {
  app = Testing.app();
  stack = new TerraformStack(app, "docs");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  return { app, stack };
}
