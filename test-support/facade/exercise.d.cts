// Types of exercise.cjs, for the TypeScript apps of __tests__/terraform/facade.test.ts.
export declare function exercise(
  style: string,
  bindings: { AWS: unknown; SSM: unknown; scoped: unknown; MaintenanceWindowTask: unknown },
): Promise<Record<string, unknown>>;
