/**
 * Security probes against the production server, every guarded action and route called directly (not through the
 * UI): with no cookie, a forged, an expired and a tampered one, a disabled user's still-valid cookie, as a viewer for
 * every write, and as a supervisor of one app naming the other. Every refusal: no CCC request (emulator arrivals).
 * The same calls with the same inputs as the vitest tables (lib/actions/testing, lib/api/testing).
 */
import type { APIRequestContext, Browser, PlaywrightWorkerArgs } from "@playwright/test";
import { APP_A, APP_B } from "@/lib/actions/testing/refusal-inputs";
import { consoleControl } from "../support/console-control";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { signIn } from "../support/sign-in";
import { APP_URL } from "../support/urls";
import { E2E_USERS, storageStatePath } from "../support/users";
import {
  callEveryAction,
  callEveryRoute,
  expectAllRefused,
  expectAllRoutes,
  expectNoCccRequest,
  seedIds,
} from "./probes";
import { claimsOf, cookieHeader, SESSION_COOKIE, sealCookie, storedSessionCookie, tamper } from "./session-cookies";

const WRONG_SECRET = "not-the-console-secret-0123456789abcdefghijklm";

/** A request context sending exactly this session cookie (or none). */
function withCookie(playwright: PlaywrightWorkerArgs["playwright"], value: string | null): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: APP_URL, extraHTTPHeaders: cookieHeader(value) });
}

/** Signs `account` in through the form in a fresh browser context and returns its session cookie. */
async function signedInCookie(browser: Browser, account: { email: string; password: string }, landing?: RegExp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, landing);
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value;
  await context.close();
  if (!cookie) throw new Error(`no session cookie after signing in as ${account.email}`);
  return cookie;
}

/** Every action refused as signed out, every route 401, a page sent to the sign-in page: and no CCC request. */
async function expectTreatedAsSignedOut(request: APIRequestContext, emulator: Parameters<typeof seedIds>[0]) {
  const ids = await seedIds(emulator, APP_A);
  await expectNoCccRequest(emulator, async () => {
    expectAllRefused(await callEveryAction(request), "unauthenticated");
    expectAllRoutes(await callEveryRoute(request, APP_A, ids), 401, "unauthenticated");
    const page = await request.get("/campaigns/predictive", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toContain("/sign-in");
  });
}

test.describe("a session cookie that is not a valid session", () => {
  const VARIANTS: Record<string, () => Promise<string | null>> = {
    "no cookie": async () => null,
    "a forged cookie (sealed with another secret)": async () =>
      sealCookie(await claimsOf(storedSessionCookie("admin")), { secret: WRONG_SECRET }),
    "an expired cookie (right secret, expired an hour ago)": async () =>
      sealCookie(await claimsOf(storedSessionCookie("admin")), { expiresInSeconds: -3600 }),
    "a tampered cookie (one character of the ciphertext changed)": async () => tamper(storedSessionCookie("admin")),
    "a made-up value": async () => "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..AAAA.BBBB.CCCC",
  };

  for (const [label, cookieOf] of Object.entries(VARIANTS)) {
    test(`${label} is treated as signed out`, async ({ playwright, emulator }) => {
      const request = await withCookie(playwright, await cookieOf());
      await expectTreatedAsSignedOut(request, emulator);
      await request.dispose();
    });
  }

  test("the control: the same claims sealed with the right secret and a future expiry are a session", async ({
    playwright,
    emulator,
  }) => {
    const request = await withCookie(playwright, await sealCookie(await claimsOf(storedSessionCookie("admin"))));
    const ids = await seedIds(emulator, APP_A);
    const answers = await callEveryRoute(request, APP_A, ids);
    for (const [key, answer] of Object.entries(answers)) expect(answer.status, key).toBe(200);
    await request.dispose();
  });
});

test.describe("a disabled user's cookie, still within its lifetime", () => {
  test.afterEach(async () => consoleControl.setDisabled(E2E_USERS.disposable.email, false));

  test("is treated as signed out from the next request on", async ({ browser, playwright, emulator }) => {
    const cookie = await signedInCookie(browser, E2E_USERS.disposable);
    const request = await withCookie(playwright, cookie);
    // Before: a session (the control).
    expect((await request.get(`/api/apps/${APP_A}/numbers`)).status()).toBe(200);
    await consoleControl.setDisabled(E2E_USERS.disposable.email, true);
    // The cookie still decrypts (the proxy lets the page through); the server's check refuses it.
    expect(await claimsOf(cookie)).toMatchObject({ sub: expect.any(String) });
    await expectTreatedAsSignedOut(request, emulator);
    await request.dispose();
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("is refused every write action, before CCC", async ({ page, emulator }) => {
    await expectNoCccRequest(emulator, async () => {
      // All but those every role may call (one's own preferences).
      const writes = (inputs: { deniedRole: string | null }) => inputs.deniedRole !== null;
      expectAllRefused(await callEveryAction(page.request, "input", writes), "forbidden");
    });
  });
});

test.describe("a supervisor of one app", () => {
  let cookie: string;
  let request: APIRequestContext;
  test.beforeAll(async ({ browser }) => {
    cookie = await signedInCookie(browser, E2E_USERS.oneApp);
  });
  test.beforeEach(async ({ playwright }) => {
    request = await withCookie(playwright, cookie);
  });
  test.afterEach(async () => request.dispose());

  test("naming the other app's SdkAppId is refused by every action and route, before CCC", async ({ emulator }) => {
    const idsB = await seedIds(emulator, APP_B);
    await expectNoCccRequest(emulator, async () => {
      // Those a supervisor may call; the admin-only ones are refused by role first (the viewer probe above).
      const supervisors = (inputs: { allowedRole: string }) => inputs.allowedRole === "supervisor";
      expectAllRefused(await callEveryAction(request, "foreignInput", supervisors), "forbidden_app");
      expectAllRoutes(await callEveryRoute(request, APP_B, idsB), 403, "forbidden_app");
    });
  });

  test("naming its own app with the other app's campaigns changes and reads nothing of the other app", async ({
    emulator,
  }) => {
    const idsB = await seedIds(emulator, APP_B);
    const appB = async () => JSON.stringify((await emulator.state()).apps.find((a) => a.SdkAppId === APP_B));
    const before = await appB();
    const answers = await callEveryRoute(request, APP_A, idsB);
    for (const key of Object.keys(answers).filter((k) => k.includes("[campaignId]"))) {
      expect(answers[key]?.status, key).not.toBe(200);
      expect(Object.keys(answers[key]?.body as object), key).toEqual(expect.arrayContaining(["formError"]));
    }
    for (const [name, campaignId] of [
      ["abortPredictiveCampaignAction", idsB.predictive],
      ["pausePredictiveCampaignAction", idsB.predictive],
      ["abortAgentCruiseCampaignAction", idsB.cruise],
    ] as const) {
      const response = await postAction(request, "/campaigns/predictive", actionId(name) ?? "", [
        { sdkAppId: APP_A, campaignId },
      ]);
      const body = await response.text();
      expect(body, name).toContain('"serverError"');
      expect(body, name).not.toContain('"data"');
    }
    expect(await appB()).toBe(before);
  });
});
