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
