/**
 * Lints the Dockerfile without Docker or hadolint (neither runs here; docs/decisions.md): the syntax checks of
 * dockerfile-utils (the VS Code Docker extension's validator), plus the hadolint-style rules that matter for this
 * image, each returned as one readable problem.
 */
import { DockerfileParser, type Instruction } from "dockerfile-ast";
import { validate } from "dockerfile-utils";

/** Stages that end up as images someone runs; the last one is what `docker build .` builds. */
const RUNNABLE_STAGES = ["emulator", "runtime"] as const;
/** An exact version with its Debian release, optionally a digest: never `latest`, never a floating major. */
const PINNED_NODE_IMAGE = /^node:(\d+)\.(\d+)\.(\d+)-(bookworm|trixie)-slim(@sha256:[0-9a-f]{64})?$/;

interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The instruction's text after its keyword, flags included (getArgumentsContent leaves COPY's flags out). */
const args = (instruction: Instruction) => instruction.getTextContent().slice(instruction.getKeyword().length).trim();

function stagesOf(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === "FROM") {
      const name = /\bAS\s+(\S+)\s*$/i.exec(args(instruction))?.[1] ?? `#${stages.length}`;
      stages.push({ name, instructions: [] });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const byKeyword = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.getKeyword() === keyword);

function baseImageProblems(instructions: Instruction[], minimumNode: [number, number, number]): string[] {
  const problems: string[] = [];
  const imageArg = instructions.find((i) => i.getKeyword() === "ARG" && args(i).startsWith("NODE_IMAGE="));
  const image = imageArg ? args(imageArg).slice("NODE_IMAGE=".length) : "";
  const pinned = PINNED_NODE_IMAGE.exec(image);
  if (!pinned) problems.push(`ARG NODE_IMAGE must pin an exact node:X.Y.Z-<debian>-slim image, got "${image}"`);
  else if (compareVersions(pinned.slice(1, 4).map(Number), minimumNode) < 0) {
    problems.push(`${image} is older than Node ${minimumNode.join(".")} (package.json engines)`);
  }
  for (const from of instructions.filter((i) => i.getKeyword() === "FROM")) {
    if (!/^\$\{NODE_IMAGE\} AS \S+$/.test(args(from))) {
      problems.push(`FROM ${args(from)}: every stage starts from NODE_IMAGE`);
    }
  }
  return problems;
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function runnableStageProblems(stage: Stage): string[] {
  const problems: string[] = [];
  const user = byKeyword(stage, "USER").at(-1);
  if (!user || ["root", "0"].includes(args(user).split(":")[0] ?? "")) {
    problems.push(`stage ${stage.name}: must switch to a non-root USER`);
  }
  const cmd = byKeyword(stage, "CMD").at(-1);
  if (!cmd || !args(cmd).trim().startsWith("["))
    problems.push(`stage ${stage.name}: CMD must use the exec (JSON) form`);
  if (user && cmd && stage.instructions.indexOf(user) > stage.instructions.indexOf(cmd)) {
    problems.push(`stage ${stage.name}: USER must come before CMD`);
  }
  if (byKeyword(stage, "HEALTHCHECK").length !== 1) problems.push(`stage ${stage.name}: needs one HEALTHCHECK`);
  for (const copy of byKeyword(stage, "COPY")) {
    if (!/--chown=node:node\b/.test(args(copy))) problems.push(`stage ${stage.name}: COPY ${args(copy)} needs --chown`);
  }
  return problems;
}

/** Everything wrong with `text` as this project's Dockerfile; empty when it passes. */
export function lintDockerfile(text: string, minimumNode: [number, number, number]): string[] {
  const problems = validate(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  const instructions = DockerfileParser.parse(text).getInstructions();
  problems.push(...baseImageProblems(instructions, minimumNode));
  for (const instruction of instructions) {
    if (instruction.getKeyword() === "ADD") problems.push(`ADD ${args(instruction)}: use COPY`);
    if (instruction.getKeyword() === "RUN" && /\bnpm (install|i)\b/.test(args(instruction))) {
      problems.push(`RUN ${args(instruction)}: use npm ci (the lock file) in images`);
    }
  }
  const stages = stagesOf(instructions);
  if (stages.at(-1)?.name !== "runtime") problems.push("the last stage must be runtime (what `docker build .` builds)");
  for (const name of RUNNABLE_STAGES) {
    const stage = stages.find((candidate) => candidate.name === name);
    if (!stage) problems.push(`stage ${name} is missing`);
    else problems.push(...runnableStageProblems(stage));
  }
  return problems;
}
