/** Next.js calls register() once per server start, before any request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerOrExit } = await import("./lib/startup");
  await startServerOrExit();
}
