/**
 * Security probes on how requests are accepted, against the production server: a cross-origin server action POST,
 * an oversized action body, the session cookie's flags (plain http, and https behind a TLS-terminating proxy), and
 * sign-in throttling that answers an unknown account exactly as it answers a real one.
 */
import type { Page } from "@playwright/test";
import { APP_A, cruiseInput } from "@/lib/actions/testing/refusal-inputs";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/callees/wire";
import { consoleControl } from "../support/console-control";
import { expect, test } from "../support/fixtures";
import { actionId, postAction } from "../support/server-actions";
import { submitSignIn } from "../support/sign-in";
import { E2E_USERS, storageStatePath } from "../support/users";
import { expectNoCccRequest, seedIds } from "./probes";

test.describe("as a supervisor", () => {
  test.use({ storageState: storageStatePath("supervisor") });

  test("a cross-origin action POST is refused before the action runs", async ({ page, emulator }) => {
    const { predictive } = await seedIds(emulator, APP_A);
    const status = async () => (await emulator.predictiveCampaign(APP_A, predictive)).Status;
    const before = await status();
    await expectNoCccRequest(emulator, async () => {
      for (const origin of ["http://evil.example", "null"]) {
        const response = await postAction(
          page.request,
          "/campaigns/predictive",
          actionId("abortPredictiveCampaignAction") ?? "",
          [{ sdkAppId: APP_A, campaignId: predictive }],
          { headers: { Origin: origin } },
        );
        expect(response.status(), origin).toBe(403);
        expect(await response.json(), origin).toMatchObject({ formError: { code: "forbidden_origin" } });
      }
    });
    expect(await status()).toBe(before);
  });

  test("an action body over the configured limit is refused before the action runs", async ({ page, emulator }) => {
    const cruiseCount = async () =>
      (await emulator.state()).apps.find((a) => a.SdkAppId === APP_A)?.cruiseCampaigns.length;
    const before = await cruiseCount();
    // One MiB over the limit, in the one field that is meant to be large.
    const callees = "+8613800000001\n".repeat(Math.ceil((ACTION_BODY_LIMIT_BYTES + 1024 * 1024) / 15));
    const body = JSON.stringify([{ ...cruiseInput(APP_A, crypto.randomUUID()), callees }]);
    expect(body.length).toBeGreaterThan(ACTION_BODY_LIMIT_BYTES);
    await expectNoCccRequest(emulator, async () => {
      const id = actionId("createAgentCruiseCampaignAction") ?? "";
      const response = await postAction(page.request, "/campaigns/cruise/new", id, [], { body });
      expect(response.status()).toBe(413);
    });
    expect(await cruiseCount()).toBe(before);
  });
});

/** The Set-Cookie header of the session cookie, from signing in through the form. */
async function sessionSetCookie(page: Page): Promise<string> {
  const seen: string[] = [];
  page.on("response", async (response) => {
    for (const header of await response.headersArray()) {
      if (header.name.toLowerCase() === "set-cookie" && /authjs\.session-token=/.test(header.value)) {
        seen.push(header.value);
      }
    }
  });
  await page.goto("/sign-in");
  await submitSignIn(page, E2E_USERS.viewer);
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  return seen[0] ?? "";
}

test.describe("the session cookie", () => {
  test("over plain http (loopback): HttpOnly, SameSite=Lax, Path=/, no Secure", async ({ page }) => {
    const cookie = await sessionSetCookie(page);
    expect(cookie).toMatch(/^authjs\.session-token=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  test.describe("behind a TLS-terminating proxy (X-Forwarded-Proto: https)", () => {
    test.use({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });

    test("is __Secure- prefixed, Secure, HttpOnly and SameSite=Lax", async ({ page }) => {
      const cookie = await sessionSetCookie(page);
      expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    });
  });
});

test.describe("sign-in throttling", () => {
  test.afterEach(async () => consoleControl.resetThrottle());

  /** Five wrong passwords for `email` from its own address, then a sixth attempt: the message each time. */
  async function throttleMessages(page: Page, email: string): Promise<string[]> {
    await page.goto("/sign-in");
    const error = page.getByTestId("sign-in-error");
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      await submitSignIn(page, { email, password: `wrong password ${attempt}` });
      await expect(error).toBeVisible();
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
      messages.push(((await error.textContent()) ?? "").replace(/\d+/g, "#"));
    }
    return messages;
  }

  test("an unknown account gets exactly the answers a real one gets, throttled message included", async ({
    browser,
  }) => {
    const answers: string[][] = [];
    for (const [address, email] of [
      ["198.51.100.31", E2E_USERS.throttled.email],
      ["198.51.100.32", `nobody-${Date.now()}@e2e.local`],
    ] as const) {
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
      answers.push(await throttleMessages(await context.newPage(), email));
      await context.close();
    }
    const [real, unknown] = answers;
    expect(real?.[5]).toMatch(/^Too many failed sign-ins\. Try again in # seconds?\.$/);
    expect(unknown).toEqual(real);
  });
});
