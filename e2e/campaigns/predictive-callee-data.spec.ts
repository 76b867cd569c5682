/**
 * Per-callee data (CCC's CalleeAttributes) on the predictive edit form, through the real path: a CSV with extra
 * columns is mapped to UUI and variables in the browser, previewed, saved through the action, and read back from
 * the emulator; the data the console sent goes again with a kept list; a campaign made elsewhere gets the warning.
 */
import { expectNoSeriousA11yViolations } from "../support/axe";
import { createPredictiveCampaigns, setCalleeAttributesElsewhere } from "../support/ccc-seeder";
import { expect, test } from "../support/fixtures";
import { campaignWithStatus, openEditForm } from "./predictive-helpers";

const CSV = [
  "mobile,order,first name,name,note",
  "13800138001,A-1,x,Zhang,ignored",
  "13800138002,,y,Li,ignored",
  `13800138003,${"u".repeat(1025)},z,Wang,ignored`,
  "13800138004,,,,",
].join("\n");

test("a CSV's extra columns become each callee's UUI and variables, previewed, sent, and kept on the next save", async ({
  page,
  emulator,
}) => {
  const { sdkAppId, caller } = await campaignWithStatus(emulator, 0);
  const [campaignId = 0] = await createPredictiveCampaigns(emulator, sdkAppId, 1, "Data elsewhere");
  await openEditForm(page, sdkAppId, campaignId);
  // Made through CCC's API, never from here: the console cannot know its per-callee data.
  await expect(page.getByTestId("attributes-unknown")).toContainText("saving may clear it");

  await page.getByRole("tab", { name: "Upload file" }).click();
  await page
    .locator("#callees-file")
    .setInputFiles({ name: "data.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  const mapping = page.getByTestId("attribute-mapping");
  await expect(mapping).toBeVisible();
  // A header that cannot be a variable name is refused on its column, and nothing is handed to the form.
  await mapping.getByLabel("Column C: first name").selectOption({ label: "Variable “first name”" });
  await expect(mapping.getByRole("alert")).toContainText("“first name” cannot be a variable name");
  await mapping.getByLabel("Column C: first name").selectOption({ label: "Ignore" });
  await mapping.getByLabel("Column B: order").selectOption({ label: "UUI" });
  await mapping.getByLabel("Column D: name").selectOption({ label: "Variable “name”" });
  await expect(mapping.getByRole("alert")).toHaveCount(0);

  await expect(page.getByTestId("callee-valid")).toHaveText("3");
  await expect(page.getByTestId("callee-rejected")).toHaveText("1");
  // The row whose UUI is over the limit is rejected with the rule, at its spreadsheet row (the header is row 1).
  const rejects = page.getByTestId("callee-rejects");
  await expect(rejects.getByRole("row").nth(1)).toContainText("4");
  await expect(rejects).toContainText("UUI longer than 1,024 characters");
  const preview = page.getByTestId("attribute-preview");
  await expect(page.getByTestId("attribute-count")).toContainText("2 callees have their own data");
  await expect(preview.getByRole("row").nth(1)).toHaveText(/\+8613800138001\s*A-1\s*name=Zhang/);
  await expect(preview.getByRole("row").nth(2)).toHaveText(/\+8613800138002\s*name=Li/);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("checkbox", { name: caller }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();
  const expected = [
    { Callee: "+8613800138001", UUI: "A-1", Variables: [{ Key: "name", Value: "Zhang" }] },
    { Callee: "+8613800138002", Variables: [{ Key: "name", Value: "Li" }] },
  ];
  const saved = await emulator.predictiveCampaign(sdkAppId, campaignId);
  expect(saved.Callees).toEqual(["+8613800138001", "+8613800138002", "+8613800138004"]);
  expect(saved.CalleeAttributes).toEqual(expected);

  // The next edit knows what it sent: no warning, and keeping the list sends the same data again (replacing what
  // another tool set meanwhile, which CCC never shows the console).
  await setCalleeAttributesElsewhere(emulator, sdkAppId, campaignId, [{ Callee: "+8613800138004", UUI: "other" }]);
  await openEditForm(page, sdkAppId, campaignId);
  await expect(page.getByTestId("attributes-unknown")).toHaveCount(0);
  await expect(page.getByTestId("attributes-kept")).toContainText("The per-callee data of 2 callees");
  await expect(page.getByTestId("attribute-count")).toContainText("2 callees have their own data");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();
  expect((await emulator.predictiveCampaign(sdkAppId, campaignId)).CalleeAttributes).toEqual(expected);
});
