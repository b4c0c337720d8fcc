import type { Rule } from "../../core/rule";
import { antipsychoticMetabolic } from "../protocols/antipsychotic-metabolic";
import { clozapineAnc } from "../protocols/clozapine-anc";
import { lithiumLevel } from "../protocols/lithium-level";
import { valproateLabs } from "../protocols/valproate-labs";
import { overdueFindings } from "./overdue";

/** Antipsychotic metabolic labs are on record by their due day. */
export const monitoringAntipsychotic: Rule = {
  code: "medication/monitoring-antipsychotic",
  area: "medication",
  summary: `No metabolic lab is overdue at asOf. ${antipsychoticMetabolic.summary}`,
  defaultSeverity: "error",
  params: ["metabolicSchedule", "psychiatricEveryWeeks"],
  source: antipsychoticMetabolic.source,
  needsAsOf: true,
  check: (ctx) => overdueFindings(ctx, "antipsychotic-metabolic"),
};

/** Lithium levels are on record by their due day. */
export const monitoringLithium: Rule = {
  code: "medication/monitoring-lithium",
  area: "medication",
  summary: `No lithium level is overdue at asOf. ${lithiumLevel.summary}`,
  defaultSeverity: "error",
  params: ["lithiumLevelAfterChangeDays", "lithiumLevelEveryDays"],
  source: lithiumLevel.source,
  needsAsOf: true,
  check: (ctx) => overdueFindings(ctx, "lithium-level"),
};

/** Clozapine ANCs are on record by their due day. */
export const monitoringClozapine: Rule = {
  code: "medication/monitoring-clozapine",
  area: "medication",
  summary: `No ANC is overdue at asOf. ${clozapineAnc.summary}`,
  defaultSeverity: "error",
  params: ["clozapineAnc"],
  source: clozapineAnc.source,
  needsAsOf: true,
  check: (ctx) => overdueFindings(ctx, "clozapine-anc"),
};

/** Valproate labs are on record by their due day. */
export const monitoringValproate: Rule = {
  code: "medication/monitoring-valproate",
  area: "medication",
  summary: `No valproate lab is overdue at asOf. ${valproateLabs.summary}`,
  defaultSeverity: "error",
  params: ["valproateLabsEveryDays"],
  source: valproateLabs.source,
  needsAsOf: true,
  check: (ctx) => overdueFindings(ctx, "valproate-labs"),
};
