/** Reading the sign-in page the way the HTTP clients do; the markup is what Next 16 renders for the form. */
import { describe, expect, it } from "vitest";
import { hiddenFormFields, signInError } from "./console-http";

const page = `<html><body><form action="" encType="multipart/form-data" method="POST">
<input type="hidden" name="$ACTION_REF_1"/>
<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;6004bd76&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
<input type="hidden" name="$ACTION_1:1" value="[{&quot;status&quot;:&quot;invalid&quot;,&quot;email&quot;:&quot;a&amp;b@x.local&quot;}]"/>
<input type="hidden" name="callbackUrl" value="/campaigns/predictive"/>
<div aria-live="assertive"><p id="sign-in-error" data-testid="sign-in-error" class="mb-4">The e-mail or password is incorrect, or the account can&#x27;t sign in.</p></div>
<input id="email" type="email" name="email" value="a&amp;b@x.local"/>
<input id="password" type="password" name="password"/>
</form><form><input type="hidden" name="other" value="1"/></form></body></html>`;

describe("the sign-in page", () => {
  it("yields the first form's hidden fields, decoded, in order, and nothing the user types", () => {
    expect(hiddenFormFields(page)).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"6004bd76","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"status":"invalid","email":"a&b@x.local"}]'],
      ["callbackUrl", "/campaigns/predictive"],
    ]);
  });

  it("yields the refusal message as shown, or nothing when there is none", () => {
    expect(signInError(page)).toBe("The e-mail or password is incorrect, or the account can't sign in.");
    expect(signInError("<form></form>")).toBeUndefined();
    expect(() => hiddenFormFields("<p>no form</p>")).toThrow("The page has no form");
  });
});
