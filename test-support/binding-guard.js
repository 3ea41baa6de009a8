// Every unit project's first setup file: the binding the project says it runs on (jest.config.js,
// `globals.MWT_BINDING`) is the one `cdktf` and `@cdktf/provider-aws` resolve to in this file's
// module registry. A moduleNameMapper that silently does not apply fails every file of the project
// here, before any test runs. Also gives the variants their smaller property runs.
const binding = globalThis.MWT_BINDING;
if (binding === undefined) throw new Error("binding-guard.js: jest.config.js gives this project no globals.MWT_BINDING");

function resolved(specifier) {
  const pkg = require(`${specifier}/package.json`);
  return { name: pkg.name, version: pkg.version, aws: pkg.cdktf?.provider?.version };
}

const runtime = resolved("cdktf");
const provider = resolved("@cdktf/provider-aws");
const problems = [];
if (runtime.name !== binding.runtime || runtime.version !== binding.runtimeVersion)
  problems.push(`"cdktf" resolves to ${runtime.name}@${runtime.version}, expected ${binding.runtime}@${binding.runtimeVersion}`);
if (provider.name !== binding.provider || provider.version !== binding.providerVersion)
  problems.push(`"@cdktf/provider-aws" resolves to ${provider.name}@${provider.version}, expected ${binding.provider}@${binding.providerVersion}`);
if (Number(String(provider.aws).split(".")[0]) !== binding.aws)
  problems.push(`the provider binding is for hashicorp/aws ${provider.aws}, expected ${binding.aws}.x`);
if (problems.length > 0) throw new Error(`jest project ${binding.name} does not run on its binding:\n  ${problems.join("\n  ")}`);

// jest gives each test file its own copy of process.env: this reaches only this project's files.
if (binding.propertyRuns !== undefined && (process.env.PROPERTY_RUNS ?? "").trim() === "") process.env.PROPERTY_RUNS = String(binding.propertyRuns);
