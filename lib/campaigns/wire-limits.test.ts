/** The forms' ranges are the wire schemas' ranges: each bound is accepted by both and one step past by neither. */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZCreateAgentCruiseDialingCampaignRequest } from "@/lib/ccc/actions/agent-cruise";
import { ZUpdatePredictiveDialingCampaignRequest } from "@/lib/ccc/actions/predictive";
import { ZCruiseCampaignFields } from "./cruise/create-schema";
import { ZPredictiveUpdateFields } from "./predictive/update-schema";
import { maxLengthOf, rangeOf } from "./wire-limits";

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

function expectSameRange(form: z.ZodType, wire: z.ZodType, range: { min: number; max: number }) {
  for (const value of [range.min, range.max]) expect([ok(form, value), ok(wire, value)]).toEqual([true, true]);
  for (const value of [range.min - 1, range.max + 1])
    expect([ok(form, value), ok(wire, value)]).toEqual([false, false]);
}

describe("predictive edit form ↔ UpdatePredictiveDialingCampaign", () => {
  const form = ZPredictiveUpdateFields.shape;
  const wire = ZUpdatePredictiveDialingCampaignRequest.shape;
  it.each([
    ["priority", "Priority"],
    ["expectedAbandonRate", "ExpectedAbandonRate"],
    ["retryInterval", "RetryInterval"],
    ["retryTimes", "RetryTimes"],
  ] as const)("%s has %s's range", (formField, wireField) => {
    const schema = wire[wireField];
    const range = rangeOf("unwrap" in schema ? schema.unwrap() : schema);
    expectSameRange(form[formField], wire[wireField], range);
  });
});

describe("cruise create form ↔ CreateAgentCruiseDialingCampaign", () => {
  const form = ZCruiseCampaignFields.shape;
  const wire = ZCreateAgentCruiseDialingCampaignRequest.shape;
  it("concurrency has ConcurrencyNumber's range", () => {
    expectSameRange(form.concurrencyNumber, wire.ConcurrencyNumber, rangeOf(wire.ConcurrencyNumber));
  });
  it("the UUI has UUI's maximum length", () => {
    const max = maxLengthOf(wire.UUI.unwrap());
    expect([ok(form.uui, "x".repeat(max)), ok(wire.UUI, "x".repeat(max))]).toEqual([true, true]);
    expect([ok(form.uui, "x".repeat(max + 1)), ok(wire.UUI, "x".repeat(max + 1))]).toEqual([false, false]);
  });
});
