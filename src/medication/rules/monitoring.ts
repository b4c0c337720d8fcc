import { antipsychoticMetabolic } from "../protocols/antipsychotic-metabolic";
import { clozapineAnc } from "../protocols/clozapine-anc";
import { lithiumLevel } from "../protocols/lithium-level";
import { valproateLabs } from "../protocols/valproate-labs";
import { overdueRule } from "./overdue";

/** Antipsychotic metabolic labs are on record by their due day. */
export const monitoringAntipsychotic = overdueRule("medication/monitoring-antipsychotic", "metabolic lab", antipsychoticMetabolic, ["metabolicSchedule", "psychiatricEveryWeeks"]);

/** Lithium levels are on record by their due day. */
export const monitoringLithium = overdueRule("medication/monitoring-lithium", "lithium level", lithiumLevel, ["lithiumLevelAfterChangeDays", "lithiumLevelEveryDays"]);

/** Clozapine ANCs are on record by their due day. */
export const monitoringClozapine = overdueRule("medication/monitoring-clozapine", "ANC", clozapineAnc, ["clozapineAnc"]);

/** Valproate labs are on record by their due day. */
export const monitoringValproate = overdueRule("medication/monitoring-valproate", "valproate lab", valproateLabs, ["valproateLabsEveryDays"]);
