// The fleet example app (cdktf.json in this directory): `cdktf deploy '*' --parallelism 3` deploys
// its six stacks. Settings from the environment:
//   FLEET_STATE_BUCKET (required), FLEET_STATE_REGION (default us-east-1), FLEET_HOUR (default 2),
//   FLEET_SINGLE_STACK=1 for the one-stack variant, LOCAL_AWS=1 for the local endpoint.
import { App } from "cdktf";
import { fleetApp, singleStackApp, type FleetAppOptions } from "./fleet-app";

const bucket = process.env.FLEET_STATE_BUCKET;
if (!bucket) throw new Error("Set FLEET_STATE_BUCKET to the S3 bucket that holds the fleet's Terraform state.");
const options: FleetAppOptions = {
  hour: Number(process.env.FLEET_HOUR ?? "2"),
  stateBucket: bucket,
  stateRegion: process.env.FLEET_STATE_REGION ?? "us-east-1",
  local: process.env.LOCAL_AWS === "1",
};
const app = new App();
if (process.env.FLEET_SINGLE_STACK === "1") singleStackApp(app, options);
else fleetApp(app, options);
app.synth();
