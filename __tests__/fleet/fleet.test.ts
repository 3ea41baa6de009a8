// MaintenanceWindowFleet: one stack per account × Region with its own provider and state key, and
// the fleet's own checks (exact code sets), which join the app-wide report with every stack's tasks.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import {
  MaintenanceWindow,
  MaintenanceWindowDiagnosticsError,
  MaintenanceWindowError,
  MaintenanceWindowFleet,
  MaintenanceWindowTask,
  type FleetStackContext,
  type FleetTarget,
  type MaintenanceWindowFleetProps,
} from "../../lib";
import { planFleet } from "../../lib/fleet/plan";
import { OPT_IN_REGIONS, knownRegions } from "../../lib/fleet/regions";

const TARGETS: FleetTarget[] = ["111111111111", "222222222222"].flatMap((account) =>
  ["us-east-1", "eu-west-1", "ap-southeast-2"].map((region) => ({ account, region, roleArn: `arn:aws:iam::${account}:role/mw-deploy` })),
);

function weeklyWindow(stack: TerraformStack): void {
  const window = new MaintenanceWindow(stack, "Weekly", { Name: "weekly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1, AllowUnassociatedTargets: true });
  window.addTask("Restart", { TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: 1 });
}

const codesOf = (props: Partial<MaintenanceWindowFleetProps>) =>
  planFleet("fleet", { targets: TARGETS, build: () => undefined, ...props }, () => false)
    .sink.diagnostics.map((d) => `${d.level} ${d.code} ${d.path}`)
    .sort();

function synthDir(app: App): string {
  app.synth();
  return app.outdir;
}

describe("stacks", () => {
  test("one stack per target: name, provider (Region, role, allowed account), its own state key with a lock file", () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "mwt-fleet-unit-")) });
    const seen: FleetStackContext[] = [];
    const fleet = new MaintenanceWindowFleet(app, "patching", {
      targets: TARGETS,
      stateBackend: { bucket: "acme-terraform-state", region: "eu-west-1" },
      build: (stack, target) => {
        seen.push(target);
        weeklyWindow(stack);
      },
    });
    const out = synthDir(app);
    const names = TARGETS.map((t) => `patching-${t.account}-${t.region}`);
    expect(fleet.stacks.map((s) => s.stackName)).toEqual(names);
    expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual([...names].sort());
    expect(seen.map((c) => [c.stackName, c.stateKey, c.provider === fleet.stackFor(c.account, c.region)?.provider])).toEqual(
      TARGETS.map((t) => [`patching-${t.account}-${t.region}`, `patching/${t.account}/${t.region}/terraform.tfstate`, true]),
    );
    for (const t of TARGETS) {
      const json = JSON.parse(fs.readFileSync(path.join(out, "stacks", `patching-${t.account}-${t.region}`, "cdk.tf.json"), "utf8"));
      expect(json.provider.aws).toEqual([{ region: t.region, allowed_account_ids: [t.account], assume_role: [{ role_arn: t.roleArn }] }]);
      expect(json.terraform.backend).toEqual({ s3: { bucket: "acme-terraform-state", region: "eu-west-1", key: `patching/${t.account}/${t.region}/terraform.tfstate`, encrypt: true, use_lockfile: true } });
      expect(Object.keys(json.resource).sort()).toEqual(["aws_ssm_maintenance_window", "aws_ssm_maintenance_window_task"]);
    }
  });

  test("backend options: key prefix, DynamoDB table (with its deprecation warning), state role, extra settings; provider options per target", () => {
    const app = Testing.app();
    const fleet = new MaintenanceWindowFleet(app, "mw", {
      targets: [{ account: "012345678901", region: "us-east-1", externalId: "x-1", roleArn: "arn:aws:iam::012345678901:role/d" }],
      stateBackend: { bucket: "state", region: "us-east-1", keyPrefix: "platform/mw", dynamodbTable: "locks", useLockfile: false, roleArn: "arn:aws:iam::999999999999:role/state", encrypt: false, options: { usePathStyle: true } },
      providerOptions: (t) => ({ defaultTags: [{ tags: { account: t.account } }] }),
      build: weeklyWindow,
    });
    const json = JSON.parse(Testing.synth(fleet.stacks[0].stack));
    expect(json.terraform.backend.s3).toEqual({
      bucket: "state",
      region: "us-east-1",
      key: "platform/mw/012345678901/us-east-1/terraform.tfstate",
      encrypt: false,
      dynamodb_table: "locks",
      assume_role: { role_arn: "arn:aws:iam::999999999999:role/state" },
      use_path_style: true,
    });
    expect(json.provider.aws[0]).toEqual({
      region: "us-east-1",
      allowed_account_ids: ["012345678901"],
      assume_role: [{ role_arn: "arn:aws:iam::012345678901:role/d", external_id: "x-1" }],
      default_tags: [{ tags: { account: "012345678901" } }],
    });
    expect(fleet.warnings.map((w) => w.code)).toEqual(["FleetStateLockTableDeprecated"]);
  });

  test("without a state backend each stack keeps local state; a custom stackName is used", () => {
    const app = Testing.app();
    const fleet = new MaintenanceWindowFleet(app, "mw", { targets: TARGETS.slice(0, 2), stackName: (t) => `mw_${t.region}`, build: weeklyWindow });
    expect(fleet.stacks.map((s) => [s.stackName, s.stateKey])).toEqual([
      ["mw_us-east-1", undefined],
      ["mw_eu-west-1", undefined],
    ]);
    expect(JSON.parse(Testing.synth(fleet.stacks[0].stack)).terraform.backend).toBeUndefined();
  });

  test("any set of distinct valid targets: no diagnostics, distinct valid stack names and state keys", () => {
    const regions = knownRegions().filter((r) => !OPT_IN_REGIONS.has(r));
    const target = fc.record({ account: fc.stringMatching(/^\d{12}$/), region: fc.constantFrom(...regions) });
    fc.assert(
      fc.property(fc.uniqueArray(target, { minLength: 1, maxLength: 12, selector: (t) => `${t.account} ${t.region}` }), (targets) => {
        const plan = planFleet("fleet", { targets, build: () => undefined, stateBackend: { bucket: "state-bucket", region: "us-east-1" } }, () => false);
        expect(plan.sink.diagnostics).toEqual([]);
        expect(new Set(plan.stacks.map((s) => s.stackName)).size).toBe(targets.length);
        expect(new Set(plan.stacks.map((s) => s.stateKey)).size).toBe(targets.length);
        for (const s of plan.stacks) expect(s.stackName).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
      }),
      { numRuns: 100 },
    );
  });
});

describe("checks", () => {
  test("targets: account, Region (format, unknown, opt-in not enabled), role (format, other account, other partition), duplicates", () => {
    const targets = [
      { account: 111111111111 as unknown as string, region: "us-east-1" },
      { account: "2222", region: "us-east-1" },
      { account: "333333333333", region: "US-EAST-1" },
      { account: "333333333333", region: "us-east-9" },
      { account: "333333333333", region: "af-south-1" },
      { account: "444444444444", region: "eu-west-1", roleArn: "arn:aws:iam::444444444444:user/ci" },
      { account: "444444444444", region: "us-east-1", roleArn: "arn:aws:iam::555555555555:role/d" },
      { account: "444444444444", region: "us-gov-west-1", roleArn: "arn:aws:iam::444444444444:role/d" },
      { account: "444444444444", region: "us-east-1" },
    ];
    expect(codesOf({ targets })).toEqual(
      [
        "error FleetAccountFormat targets[0].account",
        "error FleetAccountFormat targets[1].account",
        "error FleetRegionFormat targets[2].region",
        "error FleetRegionUnknown targets[3].region",
        "error FleetRegionNotEnabled targets[4].region",
        "error FleetRoleArnFormat targets[5].roleArn",
        "error FleetRoleAccount targets[6].roleArn",
        "error FleetRolePartition targets[7].roleArn",
        "error FleetDuplicateTarget targets[8]",
      ].sort(),
    );
  });

  test("an enabled opt-in Region, a Region newer than the table with skipRegionValidation, and tokens are accepted", () => {
    expect(codesOf({ targets: [{ account: "333333333333", region: "af-south-1" }], enabledOptInRegions: ["af-south-1"] })).toEqual([]);
    expect(planFleet("f", { targets: [{ account: "333333333333", region: "xx-east-7" }], build: () => undefined }, () => true).sink.diagnostics).toEqual([]);
    expect(codesOf({ targets: [{ account: "${var.account}", region: "${var.region}", roleArn: "${var.role}" }] })).toEqual([]);
  });

  test("fleet props: no targets, stack names, backend bucket and key prefix, no locking", () => {
    expect(codesOf({ targets: [] })).toEqual(["error FleetNoTargets targets"]);
    expect(codesOf({ stackName: () => "same" })).toEqual(
      [1, 2, 3, 4, 5].map((i) => `error FleetDuplicateStackName targets[${i}] (stackName)`),
    );
    expect(codesOf({ targets: TARGETS.slice(0, 1), stackName: () => "bad name" })).toEqual(["error FleetStackNameFormat targets[0] (stackName)"]);
    expect(codesOf({ stateBackend: { bucket: "Bad_Bucket", region: "east", keyPrefix: "/mw/" } })).toEqual(
      ["error FleetStateBucketFormat stateBackend.bucket", "error FleetRegionFormat stateBackend.region", "error FleetStateKeyPrefix stateBackend.keyPrefix"].sort(),
    );
    expect(codesOf({ stateBackend: { bucket: "state", region: "us-east-1", useLockfile: false } })).toEqual(["warning FleetStateNotLocked stateBackend.useLockfile"]);
  });

  test("messages name the value, what is allowed and the fix", () => {
    const [account, optIn, role] = planFleet(
      "f",
      {
        targets: [
          { account: 12 as unknown as string, region: "us-east-1" },
          { account: "333333333333", region: "eu-south-2" },
          { account: "444444444444", region: "us-east-1", roleArn: "arn:aws:iam::555555555555:role/d" },
        ],
        build: () => undefined,
      },
      () => false,
    ).sink.diagnostics;
    expect(account.message).toMatch(/^12 is not an AWS account id: allowed are exactly 12 digits as a string.*Write it as a string/);
    expect(optIn.message).toMatch(/"eu-south-2" is an opt-in Region.*enable-region.*enabledOptInRegions/);
    expect(role.message).toMatch(/in account 555555555555, the target is account 444444444444.*allowed_account_ids/);
  });

  test("fleet errors and every stack's task errors make one app-wide report; a stack of the fleet cannot be written on its own", () => {
    const app = Testing.app();
    const fleet = new MaintenanceWindowFleet(app, "mw", {
      targets: [
        { account: "111111111111", region: "us-east-1" },
        { account: "111111111111", region: "mars-1" },
        { account: "111111111111", region: "us-east-1" },
      ],
      build: (stack, target) => {
        const window = new MaintenanceWindow(stack, "Weekly", { Name: "weekly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1, AllowUnassociatedTargets: true });
        new MaintenanceWindowTask(stack, "Task", { WindowId: window.id, TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: target.region === "us-east-1" ? -1 : 1 });
      },
    });
    expect(fleet.stacks.map((s) => s.stackName)).toEqual(["mw-111111111111-us-east-1", "mw-111111111111-mars-1"]);
    let error: unknown;
    try {
      app.synth();
    } catch (e) {
      error = e;
    }
    expect(MaintenanceWindowDiagnosticsError.isDiagnosticsError(error)).toBe(true);
    const report = error as MaintenanceWindowDiagnosticsError;
    expect(report.constructs.map((c) => [c.constructPath, c.diagnostics.map((d) => d.code)])).toEqual([
      ["mw", ["FleetRegionFormat", "FleetDuplicateTarget"]],
      ["mw-111111111111-us-east-1/Task", ["PriorityRange"]],
    ]);
    // The stacks are the App's own children: the fleet adds no construct outside a stack.
    expect(app.node.children.map((c) => c.node.id)).toEqual(["mw-111111111111-us-east-1", "mw-111111111111-mars-1"]);
    expect(() => Testing.synth(fleet.stacks[1].stack)).toThrow(/FleetRegionFormat/);
  });

  test("misuse: a fleet inside a stack, no build function, a stack name another stack has, a build that throws", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "outer");
    expect(() => new MaintenanceWindowFleet(stack, "mw", { targets: TARGETS, build: weeklyWindow })).toThrow(
      '[FleetScope] outer/mw: A fleet creates stacks, so its scope is the App; a stack cannot hold stacks, and outer is a stack: new MaintenanceWindowFleet(app, "mw", ...).',
    );
    const inner = new Construct(stack, "inner");
    expect(() => new MaintenanceWindowFleet(inner, "mw", { targets: TARGETS, build: weeklyWindow })).toThrow(/\[FleetScope\] outer\/inner\/mw: .* outer\/inner is inside stack outer:/);
    expect(() => new MaintenanceWindowFleet(app, "nobuild", { targets: TARGETS } as unknown as MaintenanceWindowFleetProps)).toThrow(/\[FleetBuild\]/);

    const failing = Testing.app();
    const cause = new Error("no AMI for this region");
    let thrown: unknown;
    try {
      new MaintenanceWindowFleet(failing, "mw", {
        targets: TARGETS,
        build: (_s, t) => {
          if (t.region === "eu-west-1") throw cause;
        },
      });
    } catch (e) {
      thrown = e;
    }
    expect(MaintenanceWindowError.isMaintenanceWindowError(thrown)).toBe(true);
    expect((thrown as Error).message).toBe("[FleetBuildFailed] targets[1]: build threw for account 111111111111 in eu-west-1 (stack mw-111111111111-eu-west-1): no AMI for this region");
    expect((thrown as Error & { cause?: unknown }).cause).toBe(cause);

    const clash = Testing.app();
    new TerraformStack(clash, "mw-111111111111-us-east-1");
    const fleet = new MaintenanceWindowFleet(clash, "mw", { targets: TARGETS.slice(0, 2).map((t) => ({ ...t, roleArn: undefined })), build: weeklyWindow });
    expect(fleet.stacks.map((s) => s.stackName)).toEqual(["mw-111111111111-eu-west-1"]);
    expect(() => clash.synth()).toThrow(/\[FleetDuplicateStackName\] targets\[0\] \(stackName\): stackName returned "mw-111111111111-us-east-1" and the app has a construct of that name already/);
  });

  test("a fleet with errors and no stack at all still fails the app's synth with the report", () => {
    const app = Testing.app();
    new MaintenanceWindowFleet(app, "mw", { targets: [], build: weeklyWindow });
    expect(() => app.synth()).toThrow(/\[FleetNoTargets\] targets: \[\] has no targets/);
  });

  test("acknowledged warnings are left out", () => {
    const fleet = new MaintenanceWindowFleet(Testing.app(), "mw", {
      targets: TARGETS.slice(0, 1),
      stateBackend: { bucket: "state", region: "us-east-1", dynamodbTable: "locks" },
      acknowledgeWarnings: ["FleetStateLockTableDeprecated"],
      build: weeklyWindow,
    });
    expect(fleet.warnings).toEqual([]);
  });
});

describe("help/fleets.md", () => {
  test("documents every code the fleet reports or throws, with its level, and no other", () => {
    const dir = path.join(__dirname, "../../lib/fleet");
    const source = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
    const reported = new Map<string, string>();
    for (const m of source.matchAll(/sink\.(error|warning)\(\s*"(Fleet\w+)"/g)) reported.set(m[2], m[1]);
    const thrown = [...source.matchAll(/MaintenanceWindowConfigError\(\s*"(Fleet\w+)"/g)].map((m) => m[1]);
    const help = fs.readFileSync(path.join(__dirname, "../../help/fleets.md"), "utf8");
    const table = new Map<string, string>();
    for (const row of help.split("\n").filter((l) => /^\| `Fleet/.test(l))) {
      const [codes, level] = row.split("|").slice(1, 3).map((c) => c.trim());
      for (const code of codes.match(/Fleet\w+/g) ?? []) table.set(code, level);
    }
    expect(Object.fromEntries([...table].sort())).toEqual(Object.fromEntries([...reported].sort()));
    for (const code of thrown) expect(help).toContain(`(\`${code}\``);
    expect(thrown.length).toBeGreaterThan(2);
  });
});

describe("examples/fleet", () => {
  test("the fleet's six stacks and the one-stack variant hold the same windows, targets and tasks", async () => {
    const { fleetApp, singleStackApp, FLEET_TARGETS } = await import("../../examples/fleet/fleet-app");
    const options = { hour: 2, stateBucket: "state-bucket", stateRegion: "us-east-1", local: false };
    const fleet = fleetApp(Testing.app(), options);
    const single = JSON.parse(Testing.synth(singleStackApp(Testing.app(), options)));
    const bodies = (json: { resource: Record<string, Record<string, Record<string, unknown>>> }) =>
      Object.entries(json.resource)
        .flatMap(([type, byName]) => Object.values(byName).map((r) => JSON.stringify({ type, ...r, provider: undefined, window_id: undefined, targets: undefined, "//": undefined })))
        .sort();
    const fromFleet = fleet.stacks.flatMap((s) => bodies(JSON.parse(Testing.synth(s.stack)))).sort();
    expect(fromFleet).toHaveLength(3 * FLEET_TARGETS.length);
    expect(bodies(single)).toEqual(fromFleet);
    expect(single.provider.aws.map((p: { alias: string; region: string; allowed_account_ids: string[] }) => [p.alias, p.region, p.allowed_account_ids])).toEqual(
      FLEET_TARGETS.map((t) => [`a${t.account}_${t.region.replace(/-/g, "_")}`, t.region, [t.account]]),
    );
  });
});
