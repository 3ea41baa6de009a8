// The façade from native ESM (Node; no TypeScript, no bundler): the default import, the named
// imports, a namespace import, and the file `aws/control.js` by path (as from a checkout, or a
// resolver without `exports` support). The test copies this folder into an app that installed the
// package. Prints one JSON report per style (see exercise.cjs).
import process from "node:process";
import AWS, { SSM, scoped } from "cdktf-ssm-maintenance-window-task/aws/control";
import * as namespace from "cdktf-ssm-maintenance-window-task/aws/control";
import { MaintenanceWindowTask } from "cdktf-ssm-maintenance-window-task";
import shim, { SSM as shimSSM, scoped as shimScoped } from "../node_modules/cdktf-ssm-maintenance-window-task/aws/control.js";
import { exercise } from "./exercise.cjs";

const reports = [
  await exercise("esm import", { AWS, SSM, scoped, MaintenanceWindowTask }),
  await exercise("esm namespace", { AWS: namespace.default, SSM: namespace.SSM, scoped: namespace.scoped, MaintenanceWindowTask }),
  await exercise("esm aws/control.js", { AWS: shim, SSM: shimSSM, scoped: shimScoped, MaintenanceWindowTask }),
];
process.stdout.write(JSON.stringify(reports));
