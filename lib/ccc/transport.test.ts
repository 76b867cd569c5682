import { describe, expect, it } from "vitest";
import { signTc3 } from "./sign";
import { testConfig } from "./testing/ccc-test-server";
import { CCC_CONTENT_TYPE, prepareRequest } from "./transport";

describe("prepareRequest", () => {
  it.each([
    ["https://ccc.tencentcloudapi.com", "https://ccc.tencentcloudapi.com/", "ccc.tencentcloudapi.com"],
    ["https://ccc.tencentcloudapi.com:443/", "https://ccc.tencentcloudapi.com/", "ccc.tencentcloudapi.com"],
    ["https://CCC.intl.TencentCloudAPI.com", "https://ccc.intl.tencentcloudapi.com/", "ccc.intl.tencentcloudapi.com"],
    ["http://127.0.0.1:8787", "http://127.0.0.1:8787/", "127.0.0.1:8787"],
    ["http://localhost:8787/some/path?x=1", "http://localhost:8787/", "localhost:8787"],
  ])("%s → POST %s with Host %s, signed as sent", (endpoint, url, host) => {
    const config = testConfig(endpoint);
    const body = JSON.stringify({ SdkAppId: 1400000001 });
    const prepared = prepareRequest(config, "DescribeNumbers", body, 1_900_000_000);
    expect(prepared.url).toBe(url);
    expect(prepared.body).toBe(body);
    expect(prepared.headers).toEqual({
      Authorization: expect.any(String),
      "Content-Type": "application/json",
      Host: host,
      "X-TC-Action": "DescribeNumbers",
      "X-TC-Version": "2020-02-10",
      "X-TC-Timestamp": "1900000000",
    });
    const expected = signTc3({
      secretId: config.secretId,
      secretKey: config.secretKey,
      service: "ccc",
      timestamp: 1_900_000_000,
      signedHeaders: { "content-type": CCC_CONTENT_TYPE, host, "x-tc-action": "DescribeNumbers" },
      payload: body,
    });
    expect(prepared.headers.Authorization).toBe(expected.authorization);
  });
});
