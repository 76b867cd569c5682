/// <reference lib="webworker" />
/**
 * The callee worker: normalization and file reading off the main thread. Created by `useCalleeWorker` with
 * `new Worker(new URL("./callee.worker.ts", import.meta.url), { type: "module" })`, which Next bundles.
 */
import { createCalleeWorkerHandler } from "./handler";
import { type CalleeWorkerRequest, responseTransferables } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

const handle = createCalleeWorkerHandler((response) => self.postMessage(response, responseTransferables(response)));
self.addEventListener("message", (event: MessageEvent<CalleeWorkerRequest>) => void handle(event.data));
