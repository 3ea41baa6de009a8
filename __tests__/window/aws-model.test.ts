// The window's limits are AWS's: every shape in lib/window/model.ts equals the committed extract of
// botocore's SSM model (./aws-model.json), the extract equals the live model where python3 with
// botocore is installed, and the props cover every member of the two API requests.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import model from "./aws-model.json";
import { WINDOW_SHAPES } from "../../lib/window/model";
import { validateMaintenanceWindow, validateMaintenanceWindowTarget } from "../../lib/window/validate";

type Shape = { type: string; pattern?: string; min?: number; max?: number; enum?: string[]; sensitive?: boolean };
const shapes = model.shapes as Record<string, Shape>;

test.each(Object.entries(WINDOW_SHAPES))("%s equals AWS's model", (name, shape) => {
  expect(shape).toEqual(shapes[name]);
});

test("every extracted shape is used", () => {
  expect(Object.keys(shapes).sort()).toEqual(Object.keys(WINDOW_SHAPES).sort());
});

test("the window props cover every CreateMaintenanceWindow member", () => {
  const members = Object.keys(model.requests.CreateMaintenanceWindowRequest.members);
  const unknown = validateMaintenanceWindow(Object.fromEntries(members.map((m) => [m, null]))).filter((d) => d.code === "WindowUnknownProperty");
  expect(unknown).toEqual([]);
});

test("the target props cover every RegisterTargetWithMaintenanceWindow member but WindowId, which addTarget sets", () => {
  const members = Object.keys(model.requests.RegisterTargetWithMaintenanceWindowRequest.members).filter((m) => m !== "WindowId");
  const unknown = validateMaintenanceWindowTarget(Object.fromEntries(members.map((m) => [m, null]))).filter((d) => d.code === "WindowUnknownProperty");
  expect(unknown).toEqual([]);
});

test("required props are AWS's required members (AllowUnassociatedTargets defaults to false)", () => {
  const required = (diagnostics: { code: string; path: string }[]) => diagnostics.filter((d) => d.code === "WindowRequiredProperty").map((d) => d.path);
  expect(required(validateMaintenanceWindow({}))).toEqual(model.requests.CreateMaintenanceWindowRequest.required.filter((m) => m !== "AllowUnassociatedTargets"));
  expect(required(validateMaintenanceWindowTarget({}))).toEqual(model.requests.RegisterTargetWithMaintenanceWindowRequest.required.filter((m) => m !== "WindowId"));
});

// The extract, regenerated from the installed botocore.
const EXTRACT = `
import json, sys, botocore.session
names = json.load(open(sys.argv[1]))["shapes"].keys()
m = botocore.session.get_session().get_service_model("ssm")
shapes = {}
for n in names:
    sh = m.shape_for(n)
    e = {"type": sh.type_name}
    for k in ("pattern", "min", "max", "sensitive"):
        if k in sh.metadata:
            e[k] = sh.metadata[k]
    if sh.type_name == "string" and getattr(sh, "enum", None):
        e["enum"] = list(sh.enum)
    shapes[n] = e
requests = {}
for op in ("CreateMaintenanceWindowRequest", "RegisterTargetWithMaintenanceWindowRequest"):
    sh = m.shape_for(op)
    requests[op] = {"required": list(sh.required_members), "members": {k: v.name for k, v in sh.members.items() if k != "ClientToken"}}
print(json.dumps({"requests": requests, "shapes": shapes}))
`;

const botocore = spawnSync("python3", ["-c", "import botocore"], { encoding: "utf8" });
const withBotocore = botocore.status === 0 ? test : test.skip;

withBotocore("the committed extract still equals botocore's live SSM model", () => {
  const r = spawnSync("python3", ["-c", EXTRACT, path.join(__dirname, "aws-model.json")], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  const live = JSON.parse(r.stdout);
  expect(live).toEqual({ requests: model.requests, shapes: model.shapes });
});
