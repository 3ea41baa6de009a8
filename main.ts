// The example app: `npm start` deploys it (to the local AWS endpoint by default), `cdktf synth` writes cdktf.out/.
import { App } from "cdktf";
import { ExampleStack } from "./examples/example-stack";
import { providerConfigFromEnv } from "./examples/provider-config";

const app = new App();
new ExampleStack(app, "maintenance-window-tasks", { provider: providerConfigFromEnv(process.env) });
app.synth();
