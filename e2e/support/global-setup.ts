import type { FullConfig } from "@playwright/test";
import { createEmulatorAdmin } from "@/emulator/admin-client";
import { assertLocal } from "./assert-local";
import { EMULATOR_URL } from "./urls";

/** Runs once before the tests: loopback only, and the CCC on the other end must be the emulator. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURLs = Object.fromEntries(
    config.projects.map((project) => [`${project.name} baseURL`, String(project.use.baseURL ?? "")]),
  );
  assertLocal({ ...baseURLs, E2E_EMULATOR_URL: EMULATOR_URL });
  // Only the emulator has an admin API: if this answers, tests cannot be touching a real CCC.
  const health = await createEmulatorAdmin(EMULATOR_URL).health();
  if (!health.ok) throw new Error(`e2e guard: ${EMULATOR_URL} is not a CCC emulator`);
}
