/** URLs of one predictive campaign's pages. */
export function predictiveCampaignHref({
  sdkAppId,
  campaignId,
}: {
  sdkAppId: number | string;
  campaignId: number | string;
}) {
  return `/campaigns/predictive/${sdkAppId}/${campaignId}`;
}

export function predictiveEditHref(ref: { sdkAppId: number | string; campaignId: number | string }) {
  return `${predictiveCampaignHref(ref)}/edit`;
}

/** The create page in an app; with `from`, a clone of that campaign. */
export function predictiveNewHref(sdkAppId: number | string, from?: number | string) {
  return `/campaigns/predictive/new?app=${sdkAppId}${from === undefined ? "" : `&from=${from}`}`;
}
