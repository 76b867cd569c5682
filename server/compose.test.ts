/**
 * compose.yaml cannot be run here (no Docker), so it is parsed and checked for what staging depends on: the
 * services find each other, start in order, share the emulator's credentials, take secrets only from .env, and
 * give the console's graceful shutdown the time it needs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { CLOSE_GRACE_MS } from "./shutdown";

const root = path.resolve(__dirname, "..");
const text = readFileSync(path.join(root, "compose.yaml"), "utf8");
const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");

interface Service {
  image?: string;
  build?: { context: string; target: string };
  environment: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  volumes?: string[];
}

function parseCompose(): { services: Record<string, Service>; volumes: Record<string, unknown> } {
  // Compose resolves `<<` merge keys (YAML 1.1), which YAML 1.2 parsers only do when asked.
  const document = parseDocument(text, { merge: true, prettyErrors: true });
  expect(document.errors.map(String)).toEqual([]);
  expect(document.warnings.map(String)).toEqual([]);
  return document.toJS();
}

const compose = parseCompose();
const service = (name: string): Service => {
  const found = compose.services[name];
  if (!found) throw new Error(`compose.yaml has no service ${name}`);
  return found;
};

describe("compose.yaml (staging)", () => {
  it("runs the console image, the emulator image and PostgreSQL", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["console", "emulator", "postgres"]);
    expect(service("console").build).toEqual({ context: ".", target: "runtime" });
    expect(service("emulator").build).toEqual({ context: ".", target: "emulator" });
    expect(service("postgres").image).toMatch(/^postgres:\d+\.\d+-bookworm$/);
    for (const target of ["runtime", "emulator"])
      expect(dockerfile).toMatch(new RegExp(`^FROM \\S+ AS ${target}$`, "m"));
  });

  it("starts the console after healthy dependencies, which it reaches by service name", () => {
    const console = service("console");
    expect(console.depends_on).toEqual({
      postgres: { condition: "service_healthy" },
      emulator: { condition: "service_healthy" },
    });
    expect(service("postgres").healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(dockerfile).toMatch(/HEALTHCHECK[^\n]*\\\n[^\n]*\/__admin\/health/);
    const emulatorPort = /^EXPOSE (\d+)$/m.exec(dockerfile.slice(dockerfile.indexOf("AS emulator")))?.[1];
    expect(console.environment.CCC_ENDPOINT).toBe(`http://emulator:${emulatorPort}`);
    expect(new URL(console.environment.DATABASE_URL ?? "").host).toBe("postgres:5432");
  });

  it("gives console and emulator the same CCC credentials and apps", () => {
    const names = ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "CCC_SDK_APP_ID"];
    const pick = (env: Record<string, string>) => names.map((name) => env[name]);
    expect(pick(service("console").environment).every(Boolean)).toBe(true);
    expect(pick(service("console").environment)).toEqual(pick(service("emulator").environment));
  });

  it("takes secrets only from .env, each listed in .env.staging.example", () => {
    const required = [...text.matchAll(/\$\{(\w+):\?/g)].map((match) => match[1]);
    expect(required.sort()).toEqual(["AUTH_SECRET", "CCC_EMULATOR_ADMIN_TOKEN", "POSTGRES_PASSWORD"]);
    const example = readFileSync(path.join(root, ".env.staging.example"), "utf8");
    for (const name of new Set([...text.matchAll(/\$\{(\w+)/g)].map((match) => match[1]))) {
      expect(example).toMatch(new RegExp(`^${name}=`, "m"));
    }
    expect(example).toMatch(/^AUTH_SECRET=$/m);
  });

  it("lets the console drain for SHUTDOWN_TIMEOUT_MS and close before Docker's SIGKILL", () => {
    const console = service("console");
    const graceMs = Number(/^(\d+)s$/.exec(console.stop_grace_period ?? "")?.[1]) * 1000;
    expect(graceMs).toBeGreaterThanOrEqual(Number(console.environment.SHUTDOWN_TIMEOUT_MS) + CLOSE_GRACE_MS);
  });

  it("keeps data on named volumes", () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(["emulator-state", "postgres-data"]);
    expect(service("postgres").volumes).toEqual(["postgres-data:/var/lib/postgresql/data"]);
    expect(service("emulator").volumes).toEqual(["emulator-state:/state"]);
    expect(service("emulator").environment.CCC_EMULATOR_STATE_FILE).toBe("/state/emulator.json");
  });
});
