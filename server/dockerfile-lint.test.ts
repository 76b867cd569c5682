import { readFileSync } from "node:fs";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { describe, expect, it } from "vitest";
import { lintDockerfile } from "./dockerfile-lint";

const root = path.resolve(__dirname, "..");
const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
const engines = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).engines.node as string;
const minimumNode = (/^>=(\d+)\.(\d+)\.(\d+)$/.exec(engines)?.slice(1) ?? []).map(Number) as [number, number, number];

const lint = (text: string) => lintDockerfile(text, minimumNode);

/** The runtime stage's lines, for the assertions about what the image holds. */
function runtimeStage(): string[] {
  const instructions = DockerfileParser.parse(dockerfile).getInstructions();
  const start = instructions.findIndex(
    (i) => i.getKeyword() === "FROM" && /AS runtime$/.test(i.getArgumentsContent() ?? ""),
  );
  return instructions.slice(start + 1).map((i) => i.getTextContent());
}

describe("Dockerfile", () => {
  it("passes the linter", () => {
    expect(minimumNode).toHaveLength(3);
    expect(lint(dockerfile)).toEqual([]);
  });

  it("ships only the standalone folder, runs its server entry and checks /api/health", () => {
    const runtime = runtimeStage();
    expect(runtime.filter((line) => line.startsWith("COPY"))).toEqual([
      "COPY --from=build --chown=node:node /app/.next/standalone ./",
    ]);
    expect(runtime).toContain('CMD ["node", "console-server.js"]');
    expect(runtime.find((line) => line.startsWith("HEALTHCHECK"))).toContain("/api/health");
    expect(runtime.find((line) => line.startsWith("ENV"))).toMatch(
      /NEXT_TELEMETRY_DISABLED=1[\s\S]*HOSTNAME=0\.0\.0\.0/,
    );
  });

  it("builds what the npm scripts produce", () => {
    const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts as Record<string, string>;
    expect(dockerfile).toMatch(/^RUN [^\n]*\\\n\s+npm run build && npm run build:emulator$/m);
    expect(scripts["build:emulator"]).toContain("--outfile=dist/ccc-emulator.js");
    expect(dockerfile).toContain("COPY --from=build --chown=node:node /app/dist/ccc-emulator.js ./");
    expect(scripts.build).toContain("scripts/assemble-standalone.ts");
  });

  it("keeps build leftovers, local data and secrets out of the build context", () => {
    const ignored = readFileSync(path.join(root, ".dockerignore"), "utf8").split("\n");
    for (const entry of [".git", "node_modules", ".next", ".data", ".env", ".env*", "dist"]) {
      expect(ignored).toContain(entry);
    }
  });
});

describe("lintDockerfile", () => {
  it.each([
    [
      "a floating base image",
      ["NODE_IMAGE=node:20.20.2-bookworm-slim", "NODE_IMAGE=node:latest"],
      /ARG NODE_IMAGE must pin an exact/,
    ],
    [
      "a Node older than engines",
      ["NODE_IMAGE=node:20.20.2-bookworm-slim", "NODE_IMAGE=node:20.9.0-bookworm-slim"],
      /older than Node/,
    ],
    [
      "a stage from another image",
      ["WORKDIR /app\nCOPY package.json", "FROM debian:12.7 AS extra\nWORKDIR /app\nCOPY package.json"],
      /every stage starts from/,
    ],
    [
      "root in the runtime image",
      ["USER node\nVOLUME", "USER root\nVOLUME"],
      /stage runtime: must switch to a non-root/,
    ],
    [
      "a COPY without --chown",
      ["COPY --from=build --chown=node:node /app/.next", "COPY --from=build /app/.next"],
      /needs --chown/,
    ],
    ["ADD", ["COPY . .", "ADD . ."], /ADD \. \.: use COPY/],
    ["npm install", ["RUN npm ci --no-audit", "RUN npm install --no-audit"], /use npm ci/],
    ["a shell-form CMD", ['CMD ["node", "console-server.js"]', "CMD node console-server.js"], /exec \(JSON\) form/],
    [
      "no health check",
      ["HEALTHCHECK --interval=15s", "# HEALTHCHECK --interval=15s"],
      /stage runtime: needs one HEALTHCHECK/,
    ],
    ["a misspelt instruction", ["WORKDIR /app\nCOPY package.json", "WORKDIR /app\nCOPPY package.json"], /line \d+: /],
  ] as const)("reports %s", (_name, [from, to], problem) => {
    expect(dockerfile).toContain(from);
    const broken = dockerfile.replace(from, to);
    expect(lint(broken).join("\n")).toMatch(problem);
  });
});
