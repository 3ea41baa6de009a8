// `${` and `%{` start a Terraform template sequence; `$${` and `%%{` are their escapes. cdktf writes
// literal strings as they are, so "echo ${HOME}" would be read by Terraform as a reference to HOME.
// A marker is escaped only by the same marker: "%${x}" and "$%{x}" each hold a real sequence.
// Used by the task's and the window's rules alike.
const TEMPLATE_SEQUENCE = /(?<!\$)\$\{|(?<!%)%\{/;

/** The first unescaped template sequence in a literal string, or undefined. */
export function firstTemplateSequence(value: string): "${" | "%{" | undefined {
  const m = TEMPLATE_SEQUENCE.exec(value);
  return m ? (m[0] as "${" | "%{") : undefined;
}

/**
 * The message for a literal holding a template sequence. `shown` is the value as it may be shown
 * (quoted, or a "not shown: sensitive" phrase).
 */
export function templateSequenceMessage(shown: string, seq: "${" | "%{"): string {
  const marker = seq[0];
  return (
    `${shown} contains "${seq}", which Terraform reads as ${marker === "$" ? "an interpolation" : "a template directive"}. ` +
    `Write "${marker}${seq}" for a literal "${seq}", or wrap the string in Fn.rawString(...).`
  );
}
