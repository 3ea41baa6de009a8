// The example app: `npm start` deploys it (to the local AWS endpoint by default), `cdktf synth` writes cdktf.out/.
import { App } from "cdktf";
import { configureBackend } from "./examples/backend";
import { ExampleStack } from "./examples/example-stack";
import { providerConfigFromEnv } from "./examples/provider-config";

const STACK_ID = "maintenance-window-tasks";

const app = new App();
const stack = new ExampleStack(app, STACK_ID, { provider: providerConfigFromEnv(process.env) });
configureBackend(stack, STACK_ID, process.env);
app.synth();
