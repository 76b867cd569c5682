/**
 * Optional JSON state file so a demo survives a restart. Writes are debounced and atomic (temp file + rename), so a
 * crash mid-write leaves the previous file intact.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { type EmulatorState, parseEmulatorState } from "./schema";

/** Reads and validates a state or seed file; undefined when it does not exist. */
export function loadStateFile(file: string): EmulatorState | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseEmulatorState(json);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export class StateFileWriter {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly snapshot: () => EmulatorState,
    private readonly debounceMs = 200,
    private readonly onError: (error: Error) => void = (error) => console.error(error),
  ) {}

  /** Schedules a write; a burst of changes makes one write. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.enqueueWrite();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Writes now if a write is scheduled, and waits for every write to finish. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.enqueueWrite();
    }
    await this.writing;
  }

  private enqueueWrite(): void {
    const json = JSON.stringify(this.snapshot());
    this.writing = this.writing.then(() => this.write(json)).catch((error: Error) => this.onError(error));
  }

  private async write(json: string): Promise<void> {
    await mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, json, "utf8");
    await rename(temp, this.file);
  }
}
