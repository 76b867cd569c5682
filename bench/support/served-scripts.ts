/**
 * Cross-check for bench/weight.ts: the scripts Chromium fetches from the running production console by the load
 * event (<script src> tags and Turbopack's chunk loads) for the campaign forms (signed in) and the sign-in page,
 * compared with the set read from the build's manifests.
 */
import { formUrls, launchChromium, signedInPage } from "./console-pages";
import { startConsoleServers } from "./console-servers";

interface RouteScripts {
  route: string;
  scripts: string[];
}

export interface HtmlCheck {
  ok: boolean;
  routes: Array<{ route: string; onlyFetched: string[]; onlyInManifest: string[] }>;
}

/** Compares the served HTML of `/sign-in` and each form route with `routes`' manifest sets. */
export async function checkAgainstHtml(routes: readonly RouteScripts[], formRoutes: readonly string[]) {
  const servers = await startConsoleServers();
  const browser = await launchChromium();
  try {
    const { cruise, edit } = await formUrls(servers.emulatorUrl);
    const signIn = await (await browser.newContext({ baseURL: servers.appUrl })).newPage();
    const page = await signedInPage(browser, servers.appUrl);
    const urls: Record<string, string> = { "/sign-in": "/sign-in", [formRoutes[0] ?? ""]: cruise };
    urls[formRoutes[1] ?? ""] = edit;
    const result: HtmlCheck = { ok: true, routes: [] };
    for (const [route, url] of Object.entries(urls)) {
      const tab = route === "/sign-in" ? signIn : page;
      await tab.goto(url);
      await tab.waitForLoadState("load");
      const served = await tab.evaluate(() => {
        const tags = [...document.querySelectorAll<HTMLScriptElement>("script[src]")]
          .filter((s) => !s.noModule)
          .map((s) => s.src);
        const fetched = performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .filter((name) => name.endsWith(".js"));
        return [...new Set([...tags, ...fetched])].map((src) => new URL(src).pathname.replace(/^\/_next\//, ""));
      });
      const manifest = routes.find((r) => r.route === route)?.scripts ?? [];
      const onlyFetched = served.filter((s) => !manifest.includes(s));
      const onlyInManifest = manifest.filter((s) => !served.includes(s));
      // The manifest set is an upper bound (see bench/weight.ts): only a script it lacks makes the figure wrong.
      if (onlyFetched.length > 0) result.ok = false;
      result.routes.push({ route, onlyFetched, onlyInManifest });
    }
    return result;
  } finally {
    await browser.close();
    servers.stop();
  }
}
