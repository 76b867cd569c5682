/**
 * The zh-CN catalogue, one file per feature area so each area's strings live (and change) apart. Top-level keys are
 * next-intl namespaces; lib/i18n/messages.test.ts refuses a namespace defined in two areas.
 */
import callees from "./callees.json";
import core from "./core.json";
import cruise from "./cruise.json";
import predictive from "./predictive.json";
import results from "./results.json";
import sso from "./sso.json";
import ui from "./ui.json";

export const areas = { core, callees, cruise, predictive, results, sso, ui };

const messages = { ...core, ...callees, ...cruise, ...predictive, ...results, ...sso, ...ui };
export default messages;
