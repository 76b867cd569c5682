/**
 * Next.js calls register() once per server start, before any request. lib/startup.ts validates the settings, opens the
 * database and, when an OTLP endpoint is configured, starts OpenTelemetry tracing (lib/observability/tracing.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerOrExit } = await import("./lib/startup");
  await startServerOrExit();
}
