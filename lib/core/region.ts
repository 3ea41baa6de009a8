// A resource's own AWS Region (`Region` → `region`, hashicorp/aws provider ≥ 6), shared by the task,
// the window and its targets; each reports under its own codes. What is judged:
//  - the binding: one generated for hashicorp/aws 5.x has no `region` argument and would drop the
//    value (the resource would be created in the provider's Region): an error, token or not (the
//    value is still judged, so one synth shows every finding);
//  - the value: the provider plans any string (it only checks that the Region is in the provider's
//    partition) and treats "" as not set (the provider's Region). A string that is no Region name
//    (lowercase letters and hyphens, then a number: `us-east-1`, `us-gov-west-1`, `eusc-de-east-1`)
//    has no endpoint, so every API call of the apply fails: an error. "" is a warning.
// Tokens are never judged.
import { awsBinding, bindingHasResourceRegion } from "./runtime";
import { show, type DiagnosticSink } from "./diagnostics";
import { isToken } from "./tokens";

/**
 * The shape of every AWS Region name: the provider's own Region pattern for import ids
 * (`[a-z]{2}(?:-[a-z]+)+-\d{1,2}`), its first part widened to the four letters of `eusc-de-east-1`.
 */
export const REGION_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$/;

/** The codes one subject reports its Region findings under. */
export interface RegionCodes {
  readonly needsProvider6: string;
  readonly format: string;
  readonly empty: string;
}

/** The message of the binding error: what the app has, what Region needs, and the alternative. */
export function regionNeedsProvider6Message(what: string): string {
  const b = awsBinding();
  return (
    `Region needs the hashicorp/aws provider 6 or later (its per-resource region argument), but this app's binding is ${b.name} ${b.version}, ` +
    `generated for hashicorp/aws ${b.providerVersion}: it cannot write region, so the ${what} would silently be created in the provider's Region. ` +
    `Upgrade to @cdktf/provider-aws ≥ 21 (cdktf) or @cdktn/provider-aws ≥ 23 (CDK Terrain), both on hashicorp/aws 6; ` +
    `or remove Region and pass provider: an AwsProvider with an alias and region set to that Region.`
  );
}

/** Checks a read Region (a string, a token or undefined). */
export function checkRegion(region: unknown, path: string, what: string, codes: RegionCodes, sink: DiagnosticSink): void {
  if (region === undefined) return;
  if (!bindingHasResourceRegion()) sink.error(codes.needsProvider6, path, regionNeedsProvider6Message(what));
  if (typeof region !== "string" || isToken(region)) return;
  if (region === "") {
    return sink.warning(codes.empty, path, `An empty Region is not set: the provider creates the ${what} in its own Region. Remove Region, or name a Region such as "eu-west-1".`);
  }
  if (!REGION_PATTERN.test(region)) {
    sink.error(
      codes.format,
      path,
      `${show(region)} is not an AWS Region name: the provider plans it, but it has no endpoint and every API call of the apply fails. ` +
        'Allowed: lowercase letters and hyphens, then a number, e.g. "us-east-1", "eu-central-1", "us-gov-west-1".',
    );
  }
}

/** The message of the window-region warning (a target or task not in its window's Region). */
export function regionDiffersMessage(what: string, region: string, windowRegion: string): string {
  return (
    `The ${what} is in Region ${show(region)}, its window in ${show(windowRegion)}: SSM looks the window up in the ${what}'s Region and does not find it ` +
    `(DoesNotExistException at apply). Use the window's Region (leave Region out: addTarget and addTask use the window's), or create a window in ${show(region)}.`
  );
}
