import { NextResponse } from "next/server";
import { refusal } from "@/lib/actions/action-error";
import { withRoute } from "@/lib/api/guard";
import { canAccessApp } from "@/lib/auth/roles";
import { isCccError } from "@/lib/ccc/errors";
import { getCccClient } from "@/lib/ccc/server";
import { listAllNumbers } from "./list-numbers";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** A positive integer path segment, or undefined. */
function parseSdkAppId(value: string | string[] | undefined): number | undefined {
  if (typeof value !== "string" || !/^[1-9]\d{0,15}$/.test(value)) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * The app's caller numbers (all DescribeNumbers pages) for the campaign forms' caller select. Readable by every
 * role that can read campaigns (viewers see the numbers on campaign pages too); app scope as everywhere.
 */
export const GET = withRoute({ permission: "campaign:read" }, async (_request, { user, params }) => {
  const sdkAppId = parseSdkAppId((await params).sdkAppId);
  if (sdkAppId === undefined) return NextResponse.json(refusal("invalid_input"), { status: 400 });
  if (!canAccessApp(user, sdkAppId)) return NextResponse.json(refusal("forbidden_app"), { status: 403 });
  try {
    const body = await listAllNumbers(getCccClient(), sdkAppId);
    return NextResponse.json(body, { headers: NO_STORE });
  } catch (error) {
    if (!isCccError(error)) throw error;
    return NextResponse.json(
      { formError: { code: error.code, message: "CCC refused the request." }, requestId: error.requestId },
      {
        status: 502,
        headers: NO_STORE,
      },
    );
  }
});
