/**
 * The zh-CN catalogue, one file per feature area so each area's strings live (and change) apart. Top-level keys are
 * next-intl namespaces; lib/i18n/messages.test.ts refuses a namespace defined in two areas.
 */
import callees from "./callees.json";
import campaignFields from "./campaign-fields.json";
import core from "./core.json";
import cruise from "./cruise.json";
import errors from "./errors.json";
import monitor from "./monitor.json";
import predictive from "./predictive.json";
import results from "./results.json";
import sso from "./sso.json";
import ui from "./ui.json";

export const areas = { core, callees, campaignFields, cruise, errors, monitor, predictive, results, sso, ui };

const messages = {
  ...core,
  ...callees,
  ...campaignFields,
  ...cruise,
  ...errors,
  ...monitor,
  ...predictive,
  ...results,
  ...sso,
  ...ui,
};
export default messages;
