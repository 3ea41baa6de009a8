// The only module of lib/ that imports the cdktf runtime (the L1 provider binding is imported in
// maintenance-window-task.ts, and types are imported with `import type`). cdktf is archived upstream;
// its community fork is cdktn. Switching is a rename here.
export { Annotations, Fn, Lazy, Token, TerraformCount, TerraformProvider, TerraformResource } from "cdktf";
export type { IResolvable, ITerraformDependable, TerraformMetaArguments, TerraformResourceLifecycle } from "cdktf";
// Token decoding for reference checks (lib/private/references.ts).
export { Tokenization } from "cdktf";
