// The window pipeline, in one place: props → read → check → (render), for the window, a window
// target and addTask. The construct and validateMaintenanceWindow*() run it; nothing else chains
// the steps.
import { bindingHasResourceRegion } from "../core/runtime";
import { byLevel, DiagnosticSink, withoutAcknowledged, type Diagnostic } from "../core/diagnostics";
import type { CanonicalWindow, CanonicalWindowTarget } from "./canonical";
import { readTaskOfWindow, readWindow, readWindowTarget } from "./read";
import { renderWindow, renderWindowTarget } from "./render";
import { checkCanonicalTargetOfWindow, checkCanonicalTaskOfWindow, checkCanonicalWindow, checkCanonicalWindowTarget } from "./rules";

/** Read props and every finding about them, acknowledged warnings left out. */
export interface Checked<Canonical> {
  readonly props: Canonical;
  readonly diagnostics: Diagnostic[];
}

/** read → check, for window props. */
export function checkWindow(props: unknown): Checked<CanonicalWindow> {
  const sink = new DiagnosticSink();
  const window = readWindow(props, sink);
  checkCanonicalWindow(window, sink);
  return { props: window, diagnostics: withoutAcknowledged(sink.diagnostics, window.acknowledgeWarnings) };
}

/** read → check, for window target props. */
export function checkWindowTarget(props: unknown): Checked<CanonicalWindowTarget> {
  const sink = new DiagnosticSink();
  const target = readWindowTarget(props, sink);
  checkCanonicalWindowTarget(target, sink);
  return { props: target, diagnostics: withoutAcknowledged(sink.diagnostics, target.acknowledgeWarnings) };
}

/**
 * Checks maintenance window props without building anything (e.g. props kept in JSON or YAML).
 * Returns every finding; an empty list means Terraform and AWS will accept the props. Acknowledged
 * warnings (`acknowledgeWarnings`) are left out.
 */
export function validateMaintenanceWindow(props: unknown): Diagnostic[] {
  return checkWindow(props).diagnostics;
}

/** Checks window target props (`addTarget`'s) without building anything. */
export function validateMaintenanceWindowTarget(props: unknown): Diagnostic[] {
  return checkWindowTarget(props).diagnostics;
}

/** Checked props split by level, and the resource config when there are no errors. */
export interface Prepared<Canonical, Config> {
  readonly props: Canonical;
  /** The resource config; undefined when there are errors (nothing is rendered then). */
  readonly config?: Config;
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
}

function prepared<Canonical, Config>({ props, diagnostics }: Checked<Canonical>, render: (props: Canonical) => Config): Prepared<Canonical, Config> {
  const { errors, warnings } = byLevel(diagnostics);
  return { props, config: errors.length > 0 ? undefined : render(props), errors, warnings };
}

/** read → check → render, for window props. */
export function prepareWindow(props: unknown): Prepared<CanonicalWindow, ReturnType<typeof renderWindow>> {
  return prepared(checkWindow(props), renderWindow);
}

/**
 * read → check (alone and against its window) → render, for a target of `window` (whose id is
 * `windowId`); it uses the window's provider and Region unless its props name their own.
 */
export function prepareWindowTarget(props: unknown, windowId: string, window: CanonicalWindow): Prepared<CanonicalWindowTarget, ReturnType<typeof renderWindowTarget>> {
  const { props: target, diagnostics } = checkWindowTarget(props);
  const sink = new DiagnosticSink();
  checkCanonicalTargetOfWindow({ window, target }, sink);
  const all = [...diagnostics, ...withoutAcknowledged(sink.diagnostics, target.acknowledgeWarnings)];
  return prepared({ props: target, diagnostics: all }, (t) =>
    renderWindowTarget({ ...t, Region: t.Region ?? (bindingHasResourceRegion() ? window.Region : undefined), meta: { ...t.meta, provider: t.meta.provider ?? window.meta.provider } }, windowId),
  );
}

/** read → check, for task props given to `addTask`, against the window: its findings (the task checks itself). */
export function checkTaskOfWindow(window: CanonicalWindow, taskProps: unknown): Diagnostic[] {
  const sink = new DiagnosticSink();
  checkCanonicalTaskOfWindow(readTaskOfWindow(window, taskProps, sink), sink);
  return sink.diagnostics;
}
