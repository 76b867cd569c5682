/**
 * The CCC SecretKey stays on the server: not in the production build's browser files (.next/static), and not in any
 * response body or header of a signed-in walk of every page (the pages, their client-side reads, the API answers),
 * nor any signature or Authorization value. The walk covers every app/**\/page.tsx: a new page fails the
 * enumeration check until it is added to PAGES. (The logs of a create run: lib/security/log-secrets.test.ts.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { APP_A } from "@/lib/actions/testing/refusal-inputs";
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";
import { expect, test } from "../support/fixtures";
import { E2E_AUTH_SECRET, storageStatePath } from "../support/users";

const ROOT = path.resolve(__dirname, "../..");
const SECRETS = [DEMO_CREDENTIALS.secretKey, E2E_AUTH_SECRET, process.env.TENCENTCLOUD_SECRET_KEY].filter(
  (s): s is string => typeof s === "string" && s.length >= 16,
);
/** Parts of a TC3 Authorization header: none may reach a browser. */
const SIGNATURE_MARKERS = ["TC3-HMAC-SHA256", "Credential=", "SignedHeaders=", "Signature="];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function leaksIn(text: string): string[] {
  return [
    ...SECRETS.filter((s) => text.includes(s)).map(() => "a secret"),
    ...SIGNATURE_MARKERS.filter((m) => text.includes(m)),
  ];
}

test("the production build's browser files hold no secret", () => {
  const staticDir = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "static");
  const files = filesUnder(staticDir);
  let bytes = 0;
  const leaking: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "latin1");
    bytes += statSync(file).size;
    if (SECRETS.some((s) => text.includes(s))) leaking.push(path.relative(staticDir, file));
  }
  console.log(`secrets: scanned ${files.length} files, ${bytes} bytes of .next/static`);
  expect(files.length).toBeGreaterThan(10);
  expect(leaking).toEqual([]);
});

/** Route patterns of every page, from the file system (route groups dropped). */
function pagePatterns(): string[] {
  const appDir = path.join(ROOT, "app");
  return filesUnder(appDir)
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.relative(appDir, path.dirname(file)).split(path.sep);
      return `/${segments.filter((s) => s !== "" && !/^\(.*\)$/.test(s)).join("/")}`;
    })
    .sort();
}

/** Page pattern → the address walked, for campaigns from the emulator's state. */
async function pages(ids: { cruise: number; predictive: number; pending: number }): Promise<Record<string, string>> {
  const cruise = `/campaigns/cruise/${APP_A}/${ids.cruise}`;
  return {
    "/": "/",
    "/sign-in": "/sign-in",
    "/admin/users": "/admin/users",
    "/audit": "/audit",
    "/campaigns/cruise": "/campaigns/cruise",
    "/campaigns/cruise/new": "/campaigns/cruise/new",
    "/campaigns/cruise/open": `/campaigns/cruise/open?app=${APP_A}&id=${ids.cruise}`,
    "/campaigns/cruise/[sdkAppId]/[campaignId]": cruise,
    "/campaigns/cruise/[sdkAppId]/[campaignId]/created": `${cruise}/created`,
    "/campaigns/cruise/[sdkAppId]/[campaignId]/results": `${cruise}/results`,
    "/campaigns/predictive": "/campaigns/predictive",
    "/campaigns/predictive/new": `/campaigns/predictive/new?app=${APP_A}&from=${ids.predictive}`,
    "/campaigns/predictive/[sdkAppId]/[campaignId]": `/campaigns/predictive/${APP_A}/${ids.predictive}`,
    "/campaigns/predictive/[sdkAppId]/[campaignId]/edit": `/campaigns/predictive/${APP_A}/${ids.pending}/edit`,
    "/campaigns/predictive/[sdkAppId]/[campaignId]/live": `/campaigns/predictive/${APP_A}/${ids.predictive}/live`,
    "/campaigns/predictive/[sdkAppId]/[campaignId]/results": `/campaigns/predictive/${APP_A}/${ids.predictive}/results`,
    "/campaigns/schedule": "/campaigns/schedule",
    "/do-not-call": "/do-not-call",
    "/settings": "/settings",
  };
}

/** Every response the page receives while `walk` runs: URL, status, headers and body. */
function recordResponses(page: Page) {
  const seen: { url: string; text: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    pending.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const redirect = response.status() >= 300 && response.status() < 400;
        const body = redirect ? "" : await response.text().catch(() => "");
        seen.push({ url: response.url(), text: `${headers}\n${body}` });
      })(),
    );
  });
  return { seen, settled: () => Promise.all(pending) };
}

test.describe("signed in as admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("no response of a walk of every page holds a secret or a signature", async ({ page, emulator }) => {
    // Two dozen pages, each waited on until its client-side reads settle: more than one page's default budget.
    test.setTimeout(120_000);
    const app = (await emulator.state()).apps.find((a) => a.SdkAppId === APP_A);
    const ids = {
      cruise: app?.cruiseCampaigns.find((c) => c.State === 1)?.CampaignId ?? 0,
      predictive: app?.predictiveCampaigns.find((c) => c.Status === 1)?.CampaignId ?? 0,
      pending: app?.predictiveCampaigns.find((c) => c.Status === 0)?.CampaignId ?? 0,
    };
    const walk = await pages(ids);
    expect(Object.keys(walk).sort(), "add new pages to the walk").toEqual(pagePatterns());

    const responses = recordResponses(page);
    for (const address of [...Object.values(walk), "/no-such-page"]) {
      await page.goto(address);
      // Client-side reads (campaign polls, pickers) answer after the page: let them arrive.
      await page.waitForLoadState("networkidle");
    }
    await responses.settled();
    const leaks = responses.seen.flatMap(({ url, text }) => leaksIn(text).map((what) => `${what} in ${url}`));
    console.log(`secrets: ${responses.seen.length} responses checked over ${Object.keys(walk).length + 1} pages`);
    expect(responses.seen.length).toBeGreaterThan(Object.keys(walk).length);
    expect(leaks).toEqual([]);
  });
});
