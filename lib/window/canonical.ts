// What the window's rules read: window and window target props after reading (./read.ts). Every
// value has the right JS type, is a token, or is undefined; paths are kept where a value sits in a
// list or map, so diagnostics name it in the user's spelling.
import type { IResolvable, TerraformMetaArguments } from "../core/runtime";
import type { MaintenanceWindowOptions, MaintenanceWindowProps, MaintenanceWindowTargetProps } from "./window-props";

/** The meta-arguments a window or window target accepts (count and forEach are refused). */
export type WindowMeta = Pick<TerraformMetaArguments, "dependsOn" | "provider" | "lifecycle">;

/** A tag with where it came from (`Tags[0]` for the list form, `Tags.<key>` for the map form). */
export interface CanonicalTag {
  readonly path: string;
  readonly Key?: string;
  readonly Value?: string;
}

/** A props type's AWS fields, each optional (a missing required one was reported), without the options. */
type AwsFields<Props, Rewritten extends keyof Props> = Partial<Omit<Props, Rewritten | keyof MaintenanceWindowOptions>>;

/** Window props after reading: the props' own types, tags as a list. */
export interface CanonicalWindow extends AwsFields<MaintenanceWindowProps, "Tags"> {
  /** Literal tags, or a token standing for the whole map. */
  readonly Tags?: CanonicalTag[] | IResolvable;
  readonly acknowledgeWarnings: string[];
  readonly meta: WindowMeta;
}

/** One selector of a window target, with its path (`Targets[0]`). */
export interface CanonicalSelector {
  readonly path: string;
  readonly Key?: string;
  readonly Values?: string[];
}

/** Window target props after reading: any string for ResourceType (the rules judge it), selectors with their paths. */
export interface CanonicalWindowTarget extends AwsFields<MaintenanceWindowTargetProps, "ResourceType" | "Targets"> {
  readonly ResourceType?: string;
  readonly Targets?: CanonicalSelector[] | IResolvable;
  readonly acknowledgeWarnings: string[];
  readonly meta: WindowMeta;
}

/** What `addTask` checks of a task against its window (the task checks the rest itself). */
export interface CanonicalTaskOfWindow {
  readonly window: CanonicalWindow;
  /** The task's literal `Targets[i].Key` values, with their paths; none when Targets is a token. */
  readonly targetKeys: readonly { readonly path: string; readonly Key: unknown }[];
  /** The task's `Region` as given (the task reads and judges it itself). */
  readonly region?: unknown;
}

/** What `addTarget` checks of a target against its window (the target checks the rest itself). */
export interface CanonicalTargetOfWindow {
  readonly window: CanonicalWindow;
  readonly target: CanonicalWindowTarget;
}
