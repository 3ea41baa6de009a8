import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "cdktf.out/", "coverage/", "**/*.d.ts", ".local-aws/", "local-aws/smoke/", "docs/api/", ".docs-build/", ".tmp-*/", ".architecture-fixture-*/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The provider index costs seconds and hundreds of MB to load: deep imports only.
      "no-restricted-imports": ["error", { paths: [{ name: "@cdktf/provider-aws", message: "Import the resource by deep path: @cdktf/provider-aws/lib/<resource>." }] }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", jest: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
