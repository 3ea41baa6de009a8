// Reads an account's maintenance windows, their tags, targets and tasks through the SSM port
// (./ssm.ts). Every Describe call follows NextToken to the last page: AWS answers in pages (10 by
// default), and an import that stopped at the first would plan the rest of the account as gone.
// DescribeMaintenanceWindowTasks has no invocation parameters, so each task is read again with
// GetMaintenanceWindowTask; DescribeMaintenanceWindows has no AllowUnassociatedTargets, so each
// window is read with GetMaintenanceWindow.
import { explainError, ImportError, type LiveTarget, type LiveTask, type LiveWindow, type SsmAction, type SsmApi, type SsmCalls } from "./ssm";

export interface LiveWindowState {
  readonly window: LiveWindow & { readonly WindowId: string };
  readonly tags: Readonly<Record<string, string>>;
  readonly targets: readonly LiveTarget[];
  readonly tasks: readonly LiveTask[];
}

export interface ReadOptions {
  readonly region: string;
  /** Only these windows (ids); all of the account's otherwise. */
  readonly windowIds?: readonly string[];
  /** Progress lines (stderr). */
  readonly progress?: (line: string) => void;
}

/** Safety net against a service that keeps answering the same NextToken. */
const MAX_PAGES = 10_000;

async function call<A extends SsmAction>(api: SsmApi, region: string, action: A, input: SsmCalls[A]["input"]): Promise<SsmCalls[A]["output"]> {
  try {
    return await api.call(action, input);
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    const windowId = (input as { WindowId?: string }).WindowId;
    if (name === "DoesNotExistException" && windowId) {
      throw new ImportError(`window ${windowId} does not exist in region ${region} (ssm:${action}). Check --window and --region.`);
    }
    throw explainError(error, action, region);
  }
}

/** Every item of a paginated Describe call, in the order AWS lists them. */
export async function readAllPages<A extends SsmAction, Item>(
  api: SsmApi,
  region: string,
  action: A,
  input: SsmCalls[A]["input"],
  items: (page: SsmCalls[A]["output"]) => readonly Item[] | undefined,
): Promise<Item[]> {
  const out: Item[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await call(api, region, action, { ...input, ...(token ? { NextToken: token } : {}) });
    out.push(...(items(answer) ?? []));
    token = (answer as { NextToken?: string }).NextToken;
    if (!token) return out;
  }
  throw new ImportError(`ssm:${action} kept answering a NextToken after ${MAX_PAGES} pages; stopped.`);
}

/** Reads the windows (sorted by name, then id, so that the generated file is stable). */
export async function readAccount(api: SsmApi, options: ReadOptions): Promise<LiveWindowState[]> {
  const { region } = options;
  const progress = options.progress ?? (() => {});
  const ids = options.windowIds?.length
    ? [...new Set(options.windowIds)]
    : (await readAllPages(api, region, "DescribeMaintenanceWindows", {}, (p) => p.WindowIdentities)).map((w) => w.WindowId).filter((id): id is string => !!id);
  const out: LiveWindowState[] = [];
  for (let i = 0; i < ids.length; i++) {
    const WindowId = ids[i];
    progress(`reading window ${i + 1}/${ids.length} (${WindowId}) ...`);
    const window = { ...(await call(api, region, "GetMaintenanceWindow", { WindowId })), WindowId };
    const tagList = (await call(api, region, "ListTagsForResource", { ResourceType: "MaintenanceWindow", ResourceId: WindowId })).TagList ?? [];
    const tags: Record<string, string> = {};
    for (const t of tagList) if (t.Key !== undefined) tags[t.Key] = t.Value ?? "";
    const targets = await readAllPages(api, region, "DescribeMaintenanceWindowTargets", { WindowId }, (p) => p.Targets);
    const taskIds = (await readAllPages(api, region, "DescribeMaintenanceWindowTasks", { WindowId }, (p) => p.Tasks)).map((t) => t.WindowTaskId).filter((id): id is string => !!id);
    const tasks: LiveTask[] = [];
    for (const WindowTaskId of taskIds) tasks.push({ ...(await call(api, region, "GetMaintenanceWindowTask", { WindowId, WindowTaskId })), WindowTaskId });
    out.push({ window, tags, targets, tasks });
  }
  progress(`read ${out.length} window${out.length === 1 ? "" : "s"}, ${out.reduce((n, w) => n + w.targets.length, 0)} targets, ${out.reduce((n, w) => n + w.tasks.length, 0)} tasks`);
  return out.sort((a, b) => compare(a.window.Name ?? "", b.window.Name ?? "") || compare(a.window.WindowId, b.window.WindowId));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
