// Every error the library throws shares one base class, exported from the root, and is recognised
// across two copies of the package (a marker in the global symbol registry, as aws-cdk-lib does).
import { Testing, TerraformStack } from "cdktf";
import * as path from "node:path";
import {
  FAIL_FAST_CONTEXT,
  MaintenanceWindowConfigError,
  MaintenanceWindowDiagnosticsError,
  MaintenanceWindowError,
  MaintenanceWindowTask,
  MaintenanceWindowTaskValidationError,
  MaintenanceWindowValidationError,
  MaintenanceWindow,
  TaskTargets,
  Documents,
} from "../lib";
import { scoped } from "../lib/aws/control";
import { UsageError } from "../lib/cli/args";
import { LocalEndpointError } from "../lib/cli/local";
import { newStack } from "../test-support/synth";

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

test("each kind of error the library throws is a MaintenanceWindowError, by instanceof and by the marker", () => {
  const failFastStack = new TerraformStack(Testing.app({ context: { [FAIL_FAST_CONTEXT]: true } }), "s");
  const errors = [
    thrown(() => new MaintenanceWindowTask(failFastStack, "T", { WindowId: "x", TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND" })),
    thrown(() => new MaintenanceWindow(failFastStack, "W", { Name: "a b", Schedule: "rate(7 days)", Duration: 2, Cutoff: 1 })),
    thrown(() => TaskTargets.instances([])),
    thrown(() => Documents.runShellScript({ commands: [] })),
    thrown(() => scoped("not a scope" as never)),
    new UsageError("unknown option", "usage"),
    new LocalEndpointError("port in use"),
  ];
  expect(errors.map((e) => (e as Error).constructor.name)).toEqual([
    "MaintenanceWindowTaskValidationError",
    "MaintenanceWindowValidationError",
    "MaintenanceWindowConfigError",
    "PresetValidationError",
    "MaintenanceWindowConfigError",
    "UsageError",
    "LocalEndpointError",
  ]);
  for (const e of errors) {
    expect(e).toBeInstanceOf(MaintenanceWindowError);
    expect(MaintenanceWindowError.isMaintenanceWindowError(e)).toBe(true);
  }
  expect(errors[0]).toBeInstanceOf(MaintenanceWindowTaskValidationError);
  expect(errors[1]).toBeInstanceOf(MaintenanceWindowValidationError);
  expect(errors.slice(0, 2).every((e) => MaintenanceWindowDiagnosticsError.isDiagnosticsError(e))).toBe(true);
  expect(errors.slice(2).some((e) => MaintenanceWindowDiagnosticsError.isDiagnosticsError(e))).toBe(false);
  expect(errors[2]).toBeInstanceOf(MaintenanceWindowConfigError);
});

test("other errors are not ours", () => {
  expect(MaintenanceWindowError.isMaintenanceWindowError(new Error("x"))).toBe(false);
  expect(MaintenanceWindowError.isMaintenanceWindowError({ name: "MaintenanceWindowError" })).toBe(false);
  expect(MaintenanceWindowError.isMaintenanceWindowError(null)).toBe(false);
});

test("an error from a second copy of the package is recognised by the marker, not by instanceof", () => {
  let copy: typeof import("../lib/core/errors") | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second, isolated copy of the module
    copy = require(path.join(__dirname, "..", "lib", "core", "errors")) as typeof import("../lib/core/errors");
  });
  const foreign = new copy!.MaintenanceWindowConfigError("Code", "path", "message");
  expect(foreign).not.toBeInstanceOf(MaintenanceWindowError);
  expect(MaintenanceWindowError.isMaintenanceWindowError(foreign)).toBe(true);
});

test("a stack without fail-fast reports at synth with the same base class", () => {
  const stack = newStack({ failFast: false });
  new MaintenanceWindowTask(stack, "T", { WindowId: "x", TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND" });
  const e = thrown(() => Testing.fullSynth(stack));
  expect(MaintenanceWindowError.isMaintenanceWindowError(e)).toBe(true);
});

test("lib/ throws no plain Error, TypeError or RangeError (only the library's own classes)", () => {
  const fs = jest.requireActual<typeof import("node:fs")>("node:fs");
  const files = (fs.readdirSync(path.join(__dirname, "..", "lib"), { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  const plain = files.flatMap((f) =>
    fs
      .readFileSync(path.join(__dirname, "..", "lib", f), "utf8")
      .split("\n")
      .map((line, i) => ({ where: `lib/${f}:${i + 1}`, line }))
      .filter(({ line }) => /throw new (Error|TypeError|RangeError|SyntaxError)\(/.test(line)),
  );
  expect(files.length).toBeGreaterThan(50);
  expect(plain.map((p) => p.where)).toEqual([]);
});
