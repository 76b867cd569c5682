/** The bundled CCC emulator in a process of its own, for benchmarks: the client under test does not share its CPU. */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export interface EmulatorProcess {
  url: string;
  port: number;
  child: ChildProcess;
}

/** Starts `emulator/main.ts` on a free port with extra CLI flags (e.g. ["--rate-limit", "0"]). */
export async function startEmulatorProcess(flags: readonly string[] = []): Promise<EmulatorProcess> {
  // Node itself with tsx's loader, not `npx tsx`: npx and tsx's CLI each add a process, and SIGTERM to the outer one
  // left the emulator running (and its stdout pipe kept this process from ever exiting).
  const child = spawn(process.execPath, ["--import", "tsx", "emulator/main.ts", "--port", "0", ...flags], {
    cwd: path.resolve(__dirname, "..", ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (match) resolve({ url: match[1] as string, port: Number(match[2]), child });
    });
    child.on("exit", (code) => reject(new Error(`emulator exited early (${code}): ${output}`)));
  });
}
