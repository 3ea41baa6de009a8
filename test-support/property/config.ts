// Seed and size of the property-based suite.
//
// CI (the default, `npm test`): a fixed seed and a few thousand inputs in total, so a run is
// reproducible and stays within a couple of minutes on 2 cores. `npm run test:property` sets
// PROPERTY_PROFILE=long: ten times the inputs and, unless PROPERTY_SEED is given, jest's seed
// (`npm run test:property -- --seed=1234`; random when not given), printed for replaying.
//
// PROPERTY_SEED=<int>  the seed of every property (each property derives its own from it)
// PROPERTY_RUNS=<int>  the number of inputs of every property (overrides the profile)
//
// The jest projects unit-aws6 and unit-cdktn (the unit files on the other bindings) set
// PROPERTY_RUNS=60 for their own files unless it is given (test-support/binding-guard.js).

/** The seed CI uses. Any change of it is a change of the tested inputs. */
export const CI_SEED = 20251111;

export type Profile = "ci" | "long";

export function profile(): Profile {
  return process.env.PROPERTY_PROFILE === "long" ? "long" : "ci";
}

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** The suite's seed: PROPERTY_SEED, else jest's --seed in the long profile, else the CI seed. */
export function baseSeed(): number {
  const fromEnv = intFromEnv("PROPERTY_SEED");
  if (fromEnv !== undefined) return fromEnv;
  // jest injects `jest` into every module it loads; getSeed() is --seed, or random without it.
  if (profile() === "long" && typeof jest !== "undefined") return jest.getSeed();
  return CI_SEED;
}

/** A property's own seed: the suite's seed mixed with the property's name (FNV-1a), as an int32. */
export function seedFor(name: string): number {
  let h = 0x811c9dc5 ^ baseSeed();
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h | 0;
}

/** How many inputs a property generates: PROPERTY_RUNS, else its CI count (×10 in the long profile). */
export function runsFor(ciRuns: number): number {
  return intFromEnv("PROPERTY_RUNS") ?? (profile() === "long" ? ciRuns * 10 : ciRuns);
}

/** Jest timeout for a property test: generous in the long profile, where inputs are 10× more. */
export function timeoutMs(): number {
  return profile() === "long" ? 60 * 60 * 1000 : 150_000;
}

/** How many terraform rounds a failing terraform-backed property may spend on shrinking. */
export function shrinkRounds(): number {
  return intFromEnv("PROPERTY_SHRINK_ROUNDS") ?? (profile() === "long" ? 40 : 12);
}

/** Time fast-check may spend replaying and shrinking one failing property per round. */
export function shrinkTimeMs(): number {
  return intFromEnv("PROPERTY_SHRINK_MS") ?? (profile() === "long" ? 300_000 : 20_000);
}
