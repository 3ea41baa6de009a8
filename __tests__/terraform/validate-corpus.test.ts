// Conformance with Terraform: a corpus of bad inputs is rendered WITHOUT our validation into raw
// aws_ssm_maintenance_window_task resources and run through the real provider's `terraform
// validate` in one batch. Every input terraform rejects, our validator must reject first.
import { normalize } from "../../lib/task/normalize";
import { renderTask } from "../../lib/task/render";
import { validateMaintenanceWindowTask } from "../../lib";
import { automationBase, ROLE_ARN, runCommandBase, TOPIC_ARN, withRunCommand } from "../../test-support/fixtures";
import { assertTerraform, removeDir, validateStack } from "../../test-support/terraform";

const many = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i));

/** [name, props] — each expected to be rejected by terraform validate. */
const BAD: [string, Record<string, unknown>][] = [
  ["task_type_enum", { ...automationBase, TaskType: "SHELL" }],
  ["priority_negative", { ...automationBase, Priority: -1 }],
  ["max_concurrency_zero", { ...runCommandBase, MaxConcurrency: "0" }],
  ["max_concurrency_percent", { ...runCommandBase, MaxConcurrency: "101%" }],
  ["max_errors_leading_zero", { ...runCommandBase, MaxErrors: "01" }],
  ["name_space", { ...automationBase, Name: "my task" }],
  ["name_short", { ...automationBase, Name: "ab" }],
  ["description_long", { ...automationBase, Description: "d".repeat(129) }],
  ["service_role_not_arn", { ...automationBase, ServiceRoleArn: "MaintenanceRole" }],
  ["service_role_bad_account", { ...automationBase, ServiceRoleArn: "arn:aws:iam::12345:role/x" }],
  ["cutoff_enum", { ...automationBase, CutoffBehavior: "STOP" }],
  ["targets_six", { ...runCommandBase, Targets: many(6, () => runCommandBase.Targets[0]) }],
  ["target_values_51", { ...runCommandBase, Targets: [{ Key: "InstanceIds", Values: many(51, (i) => `i-${String(i).padStart(17, "0")}`) }] }],
  ["comment_long", withRunCommand({ Comment: "c".repeat(101) })],
  ["document_hash_type_enum", withRunCommand({ DocumentHashType: "MD5" })],
  ["document_version_format", withRunCommand({ DocumentVersion: "latest" })],
  ["timeout_low", withRunCommand({ TimeoutSeconds: 29 })],
  ["timeout_high", withRunCommand({ TimeoutSeconds: 2592001 })],
  ["notification_arn_not_arn", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: "topic" } })],
  ["notification_events_enum", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["Sometimes"] } })],
  ["notification_type_enum", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationType: "Email" } })],
  ["run_command_role_not_arn", withRunCommand({ ServiceRoleArn: "publisher" })],
];

/** Valid controls: terraform must accept them, so a failure above is about the bad value. */
const GOOD: [string, Record<string, unknown>][] = [
  ["good_run_command", withRunCommand({ Comment: "c".repeat(100), TimeoutSeconds: 30, DocumentVersion: "$LATEST", ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["All"], NotificationType: "Command" } })],
  ["good_automation", { ...automationBase, Priority: 0, Name: "abc", Description: "d".repeat(128), CutoffBehavior: "CANCEL_TASK", ServiceRoleArn: ROLE_ARN }],
  ["good_limits", { ...runCommandBase, MaxConcurrency: "100%", MaxErrors: "0%", Targets: many(5, () => ({ Key: "InstanceIds", Values: many(50, (i) => `i-${String(i).padStart(17, "0")}`) })) }],
];

/** Raw resource JSON for props, bypassing our validation (snake_case as Terraform JSON wants it). */
function rawResource(props: Record<string, unknown>): Record<string, unknown> {
  const config = renderTask(normalize(props).task);
  const snake = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(snake);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(/[A-Z0-9]+/g, (m) => `_${m.toLowerCase()}`).replace("s_3", "s3"), snake(x)]));
    }
    return v;
  };
  return snake(config) as Record<string, unknown>;
}

test("every input terraform validate rejects, our validator rejects first", () => {
  assertTerraform();
  const resources = Object.fromEntries([...BAD, ...GOOD].map(([name, props]) => [name, rawResource(props)]));
  const stack = {
    terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } } },
    provider: { aws: [{ region: "us-east-1" }] },
    resource: { aws_ssm_maintenance_window_task: resources },
  };
  const result = validateStack(JSON.stringify(stack));
  const rejected = new Set(
    result.diagnostics
      .filter((d) => d.severity === "error")
      // Schema errors carry an address; block-count errors only a snippet context.
      .map((d) => /aws_ssm_maintenance_window_task\.([a-z0-9_]+)/.exec(d.address || d.snippet?.context || "")?.[1] ?? "?"),
  );
  removeDir(result.dir);

  // Terraform rejects exactly the bad inputs (proves each corpus entry really is bad for terraform).
  expect([...rejected].sort()).toEqual(BAD.map(([name]) => name).sort());
  // ... and our validator reports an error for each of them, before terraform ever runs.
  for (const [name, props] of BAD) {
    const errors = validateMaintenanceWindowTask(props).filter((d) => d.level === "error");
    expect({ name, errors: errors.length > 0 }).toEqual({ name, errors: true });
  }
  for (const [name, props] of GOOD) {
    expect({ name, diagnostics: validateMaintenanceWindowTask(props) }).toEqual({ name, diagnostics: [] });
  }
});
