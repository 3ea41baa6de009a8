// Planted secrets: a unique marker in the sensitive fields (Payload, Input, ClientContext, Run Command
// and Automation parameter values, TaskParameters values, Description) — valid, too long, not JSON,
// holding a template sequence, of the wrong type, inside objects (keys too), lists and Maps — in
// inputs that are otherwise invalid in any other way (a single-constraint mutation, a hostile value
// elsewhere) or not at all. No diagnostic message or path, and no thrown text, may contain it.
import * as fc from "fast-check";
import { TASK_TYPES, validTask, type Props, type TaskType } from "./arbitraries";
import { buildHostileProps, HOSTILE_KINDS, positionsFor, type HostileKind } from "./hostile";
import { applyMutation, FIELD_DEFS, type Mutation } from "./mutations";
import { cloneProps, resolvePath, setAt, type Seg } from "./paths";

export type SensitiveField = "Description" | "Payload" | "Input" | "ClientContext" | "RunCommandParameter" | "AutomationParameter" | "TaskParameter";

const FORMS: Record<SensitiveField, readonly string[]> = {
  Description: ["valid", "tooLong", "tooManyBytes", "template", "list", "object", "map", "boxed"],
  Payload: ["jsonText", "notJson", "tooLong", "object", "objectKey", "templateText", "templateObject", "list", "map", "cyclic", "bigint", "deep", "nested", "date"],
  Input: ["jsonText", "notJson", "tooLong", "object", "objectKey", "templateText", "templateObject", "list", "map", "cyclic", "bigint", "deep", "nested"],
  ClientContext: ["valid", "tooLong", "template", "list", "object"],
  RunCommandParameter: ["valid", "template", "string", "mixed", "objectInList", "hole", "nested", "null", "map"],
  AutomationParameter: ["valid", "tooLong", "emptyAndSecret", "tooMany", "string", "template", "number"],
  TaskParameter: ["valid", "tooLong", "string", "noWrapper", "template", "withInvocation"],
};

const FIELDS_BY_TYPE: Record<TaskType, SensitiveField[]> = {
  RUN_COMMAND: ["Description", "RunCommandParameter", "TaskParameter"],
  AUTOMATION: ["Description", "AutomationParameter", "TaskParameter"],
  LAMBDA: ["Description", "Payload", "ClientContext"],
  STEP_FUNCTIONS: ["Description", "Input"],
};

export interface Plant {
  readonly field: SensitiveField;
  readonly form: string;
}

export interface SecretInput {
  readonly type: TaskType;
  readonly base: Props;
  readonly marker: string;
  readonly plants: readonly Plant[];
  readonly extra: { readonly kind: "none" } | { readonly kind: "mutation"; readonly mutation: Mutation } | { readonly kind: "hostile"; readonly position: readonly Seg[]; readonly hostile: HostileKind };
}

const plant = (type: TaskType) =>
  fc.constantFrom(...FIELDS_BY_TYPE[type]).chain((field) => fc.constantFrom(...FORMS[field]).map((form): Plant => ({ field, form })));

export const secretInput: fc.Arbitrary<SecretInput> = fc.oneof(
  ...TASK_TYPES.map((type) => {
    const mutations = FIELD_DEFS.filter((d) => d.types.includes(type)).flatMap((d) => d.breakers.map(([op, value]): Mutation => ({ field: d.field, op, segs: d.segs, value, pre: d.pre })));
    const positions = positionsFor(type).filter((p) => !["Payload", "Input", "ClientContext", "Parameters", "TaskParameters", "Description"].some((s) => p.includes(s)));
    const extra = fc.oneof(
      fc.constant({ kind: "none" as const }),
      fc.constantFrom(...mutations).map((mutation) => ({ kind: "mutation" as const, mutation })),
      fc.tuple(fc.constantFrom(...positions), fc.constantFrom(...HOSTILE_KINDS)).map(([position, hostile]) => ({ kind: "hostile" as const, position, hostile })),
    );
    return fc
      .tuple(validTask(type), fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 10, maxLength: 10 }), fc.array(plant(type), { minLength: 1, maxLength: 3 }), extra)
      .map(([base, id, plants, x]): SecretInput => ({ type, base, marker: `ZQX${id}QXZ`, plants, extra: x }));
  }),
);

/** A sensitive value of a form, made of the marker (so any echo of any part of it shows the marker). */
function secretValue(field: SensitiveField, form: string, m: string): unknown {
  const many = (n: number) => m.repeat(n);
  switch (form) {
    case "valid":
      return field === "RunCommandParameter" || field === "AutomationParameter" ? [m] : field === "TaskParameter" ? { Values: [m] } : m;
    case "tooLong":
      if (field === "Payload" || field === "Input") return JSON.stringify({ t: many(300) });
      if (field === "AutomationParameter") return [many(40)];
      if (field === "TaskParameter") return { Values: [many(20)] };
      return field === "ClientContext" ? many(600) : many(10);
    case "tooManyBytes":
      return `${m}${"é".repeat(60)}`;
    case "template":
      if (field === "RunCommandParameter" || field === "AutomationParameter") return [`${m}\${x}${m}`];
      if (field === "TaskParameter") return { Values: [`${m}\${x}`] };
      return `${m}\${x}${m}`;
    case "list":
      return [m];
    case "object":
      return field === "Payload" || field === "Input" ? { t: m } : { t: m };
    case "map":
      return field === "RunCommandParameter" ? new Map([[m, [m]]]) : new Map([[m, m]]);
    case "boxed":
      return new String(m);
    case "jsonText":
      return JSON.stringify({ t: m });
    case "notJson":
      return `${m}{`;
    case "objectKey":
      return { [m]: 1 };
    case "templateText":
      return JSON.stringify({ t: `\${${m}}` });
    case "templateObject":
      return { t: `%{${m}}` };
    case "cyclic": {
      const o: Record<string, unknown> = { t: m };
      o.self = o;
      return o;
    }
    case "bigint":
      return { t: m, n: BigInt(1) };
    case "deep": {
      let o: Record<string, unknown> = { t: m };
      for (let i = 0; i < 3000; i++) o = { [m]: o };
      return o;
    }
    case "nested":
      return field === "RunCommandParameter" ? [[m]] : { a: { b: [m, { c: m }] } };
    case "date":
      return { t: m, d: new Date(0) };
    case "string":
      return field === "TaskParameter" ? { Values: m } : m;
    case "mixed":
      return [m, 5];
    case "objectInList":
      return [{ s: m }];
    case "hole": {
      const l = [undefined, m];
      delete l[0];
      return l;
    }
    case "null":
      return [m, null];
    case "emptyAndSecret":
      return ["", m];
    case "tooMany":
      return Array.from({ length: 51 }, () => m);
    case "number":
      return [m, 7];
    case "noWrapper":
      return [m];
    case "withInvocation":
      return { Values: [m] };
  }
  throw new Error(`unknown secret form ${form}`);
}

/** Where a sensitive field lives (placeholders resolved by paths.ts). */
function fieldPath(field: SensitiveField, index: number): Seg[] {
  switch (field) {
    case "Description":
      return ["Description"];
    case "Payload":
      return ["$TIP", "$BLOCK", "Payload"];
    case "Input":
      return ["$TIP", "$BLOCK", "Input"];
    case "ClientContext":
      return ["$TIP", "$BLOCK", "ClientContext"];
    case "RunCommandParameter":
    case "AutomationParameter":
      return ["$TIP", "$BLOCK", "Parameters", `secret${index}`];
    case "TaskParameter":
      return ["TaskParameters", `secret${index}`];
  }
}

export function buildSecretProps(input: SecretInput): unknown {
  let props: unknown;
  if (input.extra.kind === "mutation") props = applyMutation(input.base, input.type, input.extra.mutation);
  else if (input.extra.kind === "hostile") props = buildHostileProps({ type: input.type, base: input.base, position: input.extra.position, kind: input.extra.hostile }).props;
  else props = cloneProps(input.base);
  let plantable: boolean;
  try {
    plantable = typeof props === "object" && props !== null && !Array.isArray(props) && Object.isExtensible(props);
  } catch {
    plantable = false; // a revoked proxy
  }
  // The hostile value replaced, froze or revoked the props themselves: plant into a fresh copy.
  if (!plantable) props = cloneProps(input.base);
  const p = props as Props;
  input.plants.forEach((pl, i) => {
    try {
      if (pl.field === "TaskParameter" && pl.form === "withInvocation") {
        // TaskParameters next to invocation parameters (DeprecatedFieldConflict).
        resolvePath(p, input.type, ["$TIP", "$BLOCK"]);
      } else if (pl.field === "TaskParameter" && input.type === "RUN_COMMAND") {
        delete p.TaskInvocationParameters;
      }
      const path = resolvePath(p, input.type, fieldPath(pl.field, i));
      setAt(p, path, secretValue(pl.field, pl.form, input.marker));
    } catch {
      // A hostile value sits on the way (a frozen, proxied or revoked container): plant the next one.
    }
  });
  return p;
}
