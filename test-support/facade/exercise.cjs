// What every import style of `<package>/aws/control` must be able to do, given the bindings that
// style produced (see contract.mjs, contract.cjs and the TypeScript apps of
// __tests__/terraform/facade.test.ts, which check the same things with types). Returns a JSON-able
// report that the test compares across styles.
const { Testing, TerraformStack } = require("cdktf");

const props = (priority) => ({ WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: priority });

/**
 * @param {string} style how the bindings were imported
 * @param {{ AWS: any, SSM: any, scoped: any, MaintenanceWindowTask: Function }} bindings
 *   AWS: the default import; SSM, scoped: the named imports; MaintenanceWindowTask: the root package's class
 */
async function exercise(style, { AWS, SSM, scoped, MaintenanceWindowTask }) {
  const report = {
    style,
    defaultHasSSM: typeof AWS?.SSM?.MaintenanceWindowTask === "function",
    defaultHasScoped: typeof AWS?.scoped === "function",
    namedSSMIsDefaults: SSM !== undefined && SSM === AWS?.SSM,
    namedScopedIsDefaults: typeof scoped === "function" && scoped === AWS?.scoped,
  };
  const stack = new TerraformStack(Testing.app(), "facade");
  const created = {};
  const attempt = async (id, create) => {
    try {
      const returned = create(id);
      const awaited = await returned;
      created[id] = {
        construct: returned instanceof MaintenanceWindowTask,
        inStack: returned.node.scope === stack,
        thenable: typeof returned.then === "function",
        awaitGivesIt: awaited === returned,
      };
    } catch (e) {
      created[id] = { error: `${e.name}: ${e.message}` };
    }
  };
  await attempt("viaDefault", (id) => AWS.SSM.MaintenanceWindowTask(stack, id, props(1)));
  await attempt("viaNamed", (id) => SSM.MaintenanceWindowTask(stack, id, props(2)));
  await attempt("viaScoped", (id) => scoped(stack).SSM.MaintenanceWindowTask(id, props(3)));
  await attempt("viaDefaultScoped", (id) => AWS.scoped(stack).SSM.MaintenanceWindowTask(id, props(4)));
  report.created = created;
  const resources = JSON.parse(Testing.synth(stack)).resource?.aws_ssm_maintenance_window_task ?? {};
  report.synthesized = Object.fromEntries(Object.entries(resources).map(([id, r]) => [id, r.priority]));
  return report;
}

module.exports = { exercise };
