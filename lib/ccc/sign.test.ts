import { createHash } from "node:crypto";
import fc from "fast-check";
import Sign from "tencentcloud-sdk-nodejs/tencentcloud/common/sign";
import { describe, expect, it } from "vitest";
import { canonicalRequest, parseTc3Authorization, signTc3, Tc3SigningKeys, tc3Date } from "./sign";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

// Published vector (shared/ccc-api/README.md). The \u sequences are literal backslash text, hence String.raw.
const VECTOR = {
  secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
  secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
  service: "cvm",
  timestamp: 1551113065,
  payload: String.raw`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`,
  signedHeaders: { "content-type": "application/json; charset=utf-8", host: "cvm.tencentcloudapi.com" },
};

describe("published TC3 vectors", () => {
  it("body hash, canonical request hash and signature (content-type;host)", () => {
    expect(sha256(VECTOR.payload)).toBe("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
    const signed = signTc3(VECTOR);
    expect(sha256(signed.canonicalRequest)).toBe("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
    expect(signed.signature).toBe("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    expect(signed.credentialScope).toBe("2019-02-25/cvm/tc3_request");
    expect(signed.authorization).toBe(
      "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, " +
        "SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
    );
  });

  it("the x-tc-action variant with a key of 32 '*'", () => {
    const signed = signTc3({
      ...VECTOR,
      secretKey: "*".repeat(32),
      signedHeaders: { ...VECTOR.signedHeaders, "x-tc-action": "DescribeInstances" },
    });
    expect(signed.canonicalRequest).toContain("\nx-tc-action:describeinstances\n");
    expect(signed.signedHeaderNames).toBe("content-type;host;x-tc-action");
    expect(sha256(signed.canonicalRequest)).toBe("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
    expect(signed.signature).toBe("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
  });

  it("canonical headers are sorted, lower-cased and trimmed whatever the input order", () => {
    const { canonical, signedHeaderNames } = canonicalRequest(
      { "X-TC-Action": " CreateX ", Host: "ccc.tencentcloudapi.com", "Content-Type": "application/json" },
      "{}",
    );
    expect(signedHeaderNames).toBe("content-type;host;x-tc-action");
    expect(canonical.split("\n").slice(3, 6)).toEqual([
      "content-type:application/json",
      "host:ccc.tencentcloudapi.com",
      "x-tc-action:createx",
    ]);
  });

  it("round-trips through parseTc3Authorization and rejects malformed headers", () => {
    expect(parseTc3Authorization(signTc3(VECTOR).authorization)).toEqual({
      secretId: VECTOR.secretId,
      date: "2019-02-25",
      service: "cvm",
      signedHeaderNames: ["content-type", "host"],
      signature: "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
    });
    expect(parseTc3Authorization("TC3-HMAC-SHA256 Credential=x")).toBeNull();
  });
});

// ---- Differential test against the official SDK's signer -------------------------------------------------------

const ODD_NUMBERS = [
  -0,
  0,
  1e21,
  -1e21,
  1e-7,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 63),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  0.1,
];

// Lone surrogates are not valid UTF-16 text: both signers must still agree on how they become UTF-8 bytes.
const oddText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom("\ud800", "\udfff", "a", "é", "😀", "\u0000", "\\", '"', "\u2028"),
    maxLength: 20,
  }),
);

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    oddText,
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constantFrom(...ODD_NUMBERS),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.maxSafeInteger(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 6 }),
    fc.dictionary(fc.string({ unit: "binary", maxLength: 12 }), tie("value"), { maxKeys: 6 }),
  ),
})).value;

// Large lists are built directly: generating (and shrinking) 10^4 arbitraries per run would make the test slow.
const hugeArray = fc
  .tuple(fc.integer({ min: 1_000, max: 30_000 }), fc.string({ unit: "grapheme", maxLength: 8 }))
  .map(([length, tag]) => Array.from({ length }, (_, i) => (i % 3 === 0 ? `+86138${i}${tag}` : i * 7919)));

const payloadObject = fc.record(
  {
    SdkAppId: fc.integer({ min: 1, max: 2 ** 31 }),
    Name: oddText,
    Callees: fc.oneof(fc.constant([]), fc.array(fc.string({ unit: "grapheme" }), { maxLength: 30 }), hugeArray),
    Nested: jsonValue,
    Number: fc.constantFrom(...ODD_NUMBERS),
  },
  { requiredKeys: ["SdkAppId"] },
);

const DAY = 86_400;
const timestamp = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800 }), // 1970 … 2100
  // Both sides of a UTC midnight, where the credential scope's date changes.
  fc.tuple(fc.integer({ min: 0, max: 47_000 }), fc.constantFrom(-1, 0, 1)).map(([d, o]) => Math.max(0, d * DAY + o)),
  // New Year and leap days.
  fc
    .tuple(fc.integer({ min: 1971, max: 2099 }), fc.constantFrom([0, 1], [1, 29], [2, 1]), fc.constantFrom(-1, 0, 1))
    .map(([year, [month, day], o]) => Date.UTC(year, month ?? 0, day ?? 1) / 1000 + o),
);

const host = fc.oneof(fc.constant("ccc.tencentcloudapi.com"), fc.constant("ccc.intl.tencentcloudapi.com"), fc.domain());

const signInput = fc.record({
  secretId: fc.oneof(
    fc.stringMatching(/^AKID[A-Za-z0-9]{0,40}$/),
    fc.string({ unit: "grapheme-ascii", maxLength: 64 }),
  ),
  secretKey: oddText,
  service: fc.oneof(fc.constant("ccc"), fc.stringMatching(/^[a-z][a-z0-9]{1,11}$/)),
  timestamp,
  host,
  port: fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }),
  contentType: fc.constantFrom("application/json", "application/json; charset=utf-8"),
  payload: payloadObject.map((value) => JSON.stringify(value)),
});
type SignInput = typeof signInput extends fc.Arbitrary<infer T> ? T : never;

/** The official SDK's Authorization header: sign3's return value is what its HTTP layer sends as-is. */
function sdkAuthorization(input: SignInput, payload: Buffer = Buffer.from(input.payload, "utf8")): string {
  const url = `https://${input.host}${input.port === undefined ? "" : `:${input.port}`}/`;
  return Sign.sign3({
    method: "POST",
    url,
    payload,
    timestamp: input.timestamp,
    service: input.service,
    secretId: input.secretId,
    secretKey: input.secretKey,
    multipart: false,
    boundary: "",
    headers: { "Content-Type": input.contentType },
  });
}

/** Ours, given what sign3 signs: content-type and the URL's hostname (sign3 drops the port). */
function ourAuthorization(input: SignInput, keys?: Tc3SigningKeys): string {
  return signTc3(
    {
      secretId: input.secretId,
      secretKey: input.secretKey,
      service: input.service,
      timestamp: input.timestamp,
      signedHeaders: { "content-type": input.contentType, host: new URL(`https://${input.host}/`).hostname },
      payload: input.payload,
    },
    keys,
  ).authorization;
}

describe("signTc3 is byte-identical to the official SDK's Sign.sign3", () => {
  it("for 1,000 generated requests", () => {
    fc.assert(
      fc.property(signInput, (input) => {
        expect(ourAuthorization(input)).toBe(sdkAuthorization(input));
      }),
      { numRuns: 1_000 },
    );
  });

  it("also with one long-lived Tc3SigningKeys across keys, services and dates (the client's and emulator's memo)", () => {
    const keys = new Tc3SigningKeys();
    // Each input reuses a few earlier keys, services and days, so hits, misses and evictions all happen.
    const reused = fc.tuple(signInput, fc.nat(), fc.constantFrom(-DAY, -1, 0, 1, DAY));
    const earlier: SignInput[] = [];
    fc.assert(
      fc.property(reused, ([fresh, pick, shift]) => {
        const base = earlier.length > 0 && pick % 3 !== 0 ? (earlier[pick % earlier.length] as SignInput) : fresh;
        const input = { ...fresh, secretKey: base.secretKey, service: base.service, timestamp: base.timestamp + shift };
        if (input.timestamp < 0) return;
        earlier.push(input);
        expect(ourAuthorization(input, keys)).toBe(sdkAuthorization(input));
      }),
      { numRuns: 1_000 },
    );
  });

  it("and the comparison can fail: one flipped body byte, a changed key or a moved timestamp differ", () => {
    fc.assert(
      fc.property(signInput, fc.nat(), fc.integer({ min: 1, max: 255 }), (input, at, mask) => {
        const flipped = Buffer.from(input.payload, "utf8");
        const index = at % flipped.length;
        flipped[index] = (flipped[index] ?? 0) ^ mask;
        const ours = ourAuthorization(input);
        expect(sdkAuthorization(input, flipped)).not.toBe(ours);
        expect(sdkAuthorization({ ...input, secretKey: `${input.secretKey}x` })).not.toBe(ours);
        expect(sdkAuthorization({ ...input, timestamp: input.timestamp + DAY })).not.toBe(ours);
      }),
      { numRuns: 200 },
    );
  });

  it("tc3Date agrees with the SDK's UTC date for every generated timestamp", () => {
    fc.assert(
      fc.property(timestamp, (ts) => {
        const d = new Date(ts * 1000);
        const sdk = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
        expect(tc3Date(ts)).toBe(sdk);
      }),
      { numRuns: 1_000 },
    );
  });
});
