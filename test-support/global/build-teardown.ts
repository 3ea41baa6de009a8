import { removePackage } from "./build";

export default async function globalTeardown(): Promise<void> {
  removePackage();
}
