/**
 * The en catalogue, one file per feature area so each area's strings live (and change) apart. Top-level keys are
 * next-intl namespaces; lib/i18n/messages.test.ts refuses a namespace defined in two areas.
 */
import audit from "./audit.json";
import callableHours from "./callable-hours.json";
import calleeData from "./callee-data.json";
import callees from "./callees.json";
import campaignFields from "./campaign-fields.json";
import core from "./core.json";
import cruise from "./cruise.json";
import doNotCall from "./do-not-call.json";
import errors from "./errors.json";
import monitor from "./monitor.json";
import planning from "./planning.json";
import predictive from "./predictive.json";
import results from "./results.json";
import schedule from "./schedule.json";
import sso from "./sso.json";
import ui from "./ui.json";

export const areas = {
  audit,
  core,
  callableHours,
  calleeData,
  callees,
  campaignFields,
  cruise,
  doNotCall,
  errors,
  monitor,
  planning,
  predictive,
  results,
  schedule,
  sso,
  ui,
};

const messages = {
  ...audit,
  ...core,
  ...callableHours,
  ...calleeData,
  ...callees,
  ...campaignFields,
  ...cruise,
  ...doNotCall,
  ...errors,
  ...monitor,
  ...planning,
  ...predictive,
  ...results,
  ...schedule,
  ...sso,
  ...ui,
};
export default messages;
