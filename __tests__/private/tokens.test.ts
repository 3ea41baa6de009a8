import { Fn, Lazy, TerraformIterator, TerraformVariable, Token } from "cdktf";
import { isToken } from "../../lib/core/tokens";
import { newStack } from "../../test-support/synth";

// isToken is a fast path in front of cdktf's Token.isUnresolved: it must give the same answers.
const stack = newStack();
const variable = new TerraformVariable(stack, "v", { type: "any" });
const VALUES: [string, unknown][] = [
  ["plain string", "AWS-RunShellScript"],
  ["string with ${ but no token", "echo ${HOME}"],
  ["string token", variable.stringValue],
  ["string with an embedded token", `prefix-${variable.stringValue}-suffix`],
  ["number", 42],
  ["negative number", -1],
  ["number token", variable.numberValue],
  ["NaN", Number.NaN],
  ["list token", variable.listValue],
  ["plain list of one", ["a"]],
  ["plain list", ["a", "b"]],
  ["empty list", []],
  ["list of one number token", [variable.numberValue]],
  ["map token", Token.asStringMap(variable.value)],
  ["IResolvable", variable.value],
  ["Lazy", Lazy.stringValue({ produce: () => "x" })],
  ["Fn result", Fn.jsonencode({ a: 1 })],
  ["iterator value", TerraformIterator.fromList(["a"]).value],
  ["plain object", { Key: "InstanceIds", Values: ["i-1"] }],
  ["empty object", {}],
  ["null", null],
  ["undefined", undefined],
  ["boolean", true],
];

test.each(VALUES)("%s: same answer as Token.isUnresolved", (_, value) => {
  expect(isToken(value)).toBe(value !== undefined && value !== null && Token.isUnresolved(value));
});
