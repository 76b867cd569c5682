/**
 * A console user over plain HTTP, without a browser: signs in by posting the sign-in page's own form (React's
 * no-JavaScript form submission, hidden action fields included), reads pages with the session cookie, and calls
 * server actions by id with the `Next-Action` header as the browser's router does. Any instance may serve any
 * request: the form can come from one instance and be posted to another.
 */
import { type ActionAnswer, readActionAnswer } from "./flight";

/** Where a client appears to come from (X-Forwarded-For; the instances run with TRUST_PROXY=1). */
export interface ClientIdentity {
  forwardedFor: string;
}

export interface Session extends ClientIdentity {
  /** `name=value` of the session cookie. */
  cookie: string;
}

export type SignInAnswer = { ok: true; session: Session } | { ok: false; status: number; message: string };

const ENTITIES: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&lt;": "<", "&gt;": ">", "&#x27;": "'" };
const decodeHtml = (text: string) => text.replace(/&(?:quot|amp|lt|gt|#x27);/g, (entity) => ENTITIES[entity] ?? "");

/** The hidden inputs of the page's first form: React's action reference and state, plus the form's own. */
export function hiddenFormFields(html: string): [string, string][] {
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error("The page has no form");
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = input[0];
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) fields.push([decodeHtml(name), decodeHtml(/value="([^"]*)"/.exec(tag)?.[1] ?? "")]);
  }
  return fields;
}

/** The sign-in form's message after a refused attempt, as the page shows it. */
export function signInError(html: string): string | undefined {
  const text = /data-testid="sign-in-error"[^>]*>([^<]*)</.exec(html)?.[1];
  return text === undefined ? undefined : decodeHtml(text);
}

/**
 * Fetches the sign-in form from `formFrom` and posts it, filled in, to `postTo` (by default the same instance).
 * Success is the redirect with the session cookie; a refusal is the page again with its message.
 */
export async function signIn(
  account: { email: string; password: string },
  client: ClientIdentity,
  formFrom: string,
  postTo = formFrom,
): Promise<SignInAnswer> {
  const headers = { "x-forwarded-for": client.forwardedFor };
  const page = await fetch(`${formFrom}/sign-in`, { headers });
  if (!page.ok) throw new Error(`GET ${formFrom}/sign-in answered ${page.status}`);
  const form = new FormData();
  for (const [name, value] of hiddenFormFields(await page.text())) form.append(name, value);
  form.append("email", account.email);
  form.append("password", account.password);

  const answer = await fetch(`${postTo}/sign-in`, { method: "POST", body: form, headers, redirect: "manual" });
  const body = await answer.text();
  const cookie = answer.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .find((pair) => /^(__Secure-)?authjs\.session-token=/.test(pair));
  if (answer.status >= 300 && answer.status < 400 && cookie) {
    return { ok: true, session: { ...client, cookie } };
  }
  return { ok: false, status: answer.status, message: signInError(body) ?? `(no message; HTTP ${answer.status})` };
}

const sessionHeaders = (session: Session) => ({ cookie: session.cookie, "x-forwarded-for": session.forwardedFor });

/** GET a console page as the signed-in user (no redirects followed: a redirect to /sign-in is an answer too). */
export async function getPage(baseUrl: string, path: string, session: Session) {
  const response = await fetch(`${baseUrl}${path}`, { headers: sessionHeaders(session), redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

/** Calls a server action by id on `pagePath` of `baseUrl` and returns what it returned (decoded from Flight). */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  actionId: string,
  args: unknown[],
  session: Session,
): Promise<ActionAnswer> {
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: {
      ...sessionHeaders(session),
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`Action ${actionId} on ${baseUrl}${pagePath}: HTTP ${response.status}`);
  return readActionAnswer(body);
}
