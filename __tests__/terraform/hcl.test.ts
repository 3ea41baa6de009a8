// Users leaving CDKTF (archived upstream) take `cdktf synth --hcl`: the example app's HCL output
// must be valid Terraform that the real provider accepts.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { assertTerraform, removeDir, terraform } from "../../test-support/terraform";

jest.setTimeout(180_000);

test("cdktf synth --hcl of the example app passes terraform validate", () => {
  assertTerraform();
  const root = path.join(__dirname, "../..");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-hcl-"));
  execFileSync(path.join(root, "node_modules/.bin/cdktf"), ["synth", "--hcl", "--output", out], {
    cwd: root,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", LOCAL_AWS: "" },
    stdio: "pipe",
  });
  const stackDir = path.join(out, "stacks", "maintenance-window-tasks");
  const hcl = fs.readFileSync(path.join(stackDir, "cdk.tf"), "utf8");
  expect(hcl).toMatch(/resource "aws_ssm_maintenance_window_task" "window_basicMaintenanceTask_[0-9A-F]{8}"/);
  expect(hcl).toMatch(/task_invocation_parameters \{/);

  const init = terraform(stackDir, ["init", "-backend=false", "-input=false", "-no-color"]);
  expect(init.stderr).toBe("");
  const validate = terraform(stackDir, ["validate", "-json", "-no-color"]);
  const result = JSON.parse(validate.stdout);
  expect(result.diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([]);
  expect(result.valid).toBe(true);
  removeDir(out);
});
