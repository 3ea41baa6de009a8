// The façade from plain CommonJS: `require("<package>/aws/control")` itself, its `.default` (what
// code compiled by TypeScript or a bundler reads), destructuring, and the file `aws/control.js` by
// path. The test copies this folder into an app that installed the package. Prints one JSON report
// per style (see exercise.cjs).
const path = require("node:path");
const { exercise } = require("./exercise.cjs");
const { MaintenanceWindowTask } = require("cdktf-ssm-maintenance-window-task");
const control = require("cdktf-ssm-maintenance-window-task/aws/control");
const { SSM, scoped } = require("cdktf-ssm-maintenance-window-task/aws/control");
const shim = require(path.join(__dirname, "..", "node_modules", "cdktf-ssm-maintenance-window-task", "aws", "control.js"));

(async () => {
  const reports = [
    await exercise("require()", { AWS: control, SSM: control.SSM, scoped: control.scoped, MaintenanceWindowTask }),
    await exercise("require().default", { AWS: control.default, SSM, scoped, MaintenanceWindowTask }),
    await exercise("require(aws/control.js)", { AWS: shim.default, SSM: shim.SSM, scoped: shim.scoped, MaintenanceWindowTask }),
  ];
  process.stdout.write(JSON.stringify(reports));
})().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
