/**
 * The demo's accounts (CONSOLE_DEMO=1 only, which `npm run demo` runs on loopback). Fixed, published passwords
 * are acceptable there and nowhere else: outside demo mode nothing is seeded. No imports, so scripts/demo.ts can
 * print them without loading the database or argon2.
 */
import type { Role } from "./roles";

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  /** Apps granted; defaults to the apps the console is configured for. */
  sdkAppIds?: readonly number[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@demo.local", password: "demo-admin-2026", displayName: "Demo Admin", role: "admin" },
  {
    email: "supervisor@demo.local",
    password: "demo-supervisor-2026",
    displayName: "Demo Supervisor",
    role: "supervisor",
  },
  { email: "viewer@demo.local", password: "demo-viewer-2026", displayName: "Demo Viewer", role: "viewer" },
];
