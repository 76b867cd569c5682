/**
 * A stand-in OpenTelemetry collector on a free loopback port, for tests: it accepts OTLP/HTTP posts (JSON, as the
 * console's exporter sends them) and keeps each request's path and body.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";

export interface OtlpCollector {
  url: string;
  received: { path: string; body: string }[];
  close(): Promise<void>;
}

export async function startOtlpCollector(): Promise<OtlpCollector> {
  const received: OtlpCollector["received"] = [];
  const server = createServer(async (req, res) => {
    received.push({ path: req.url ?? "", body: await text(req) });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
