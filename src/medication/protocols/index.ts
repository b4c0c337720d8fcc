import { antidepressantYoung } from "./antidepressant-young";
import { antipsychoticMetabolic } from "./antipsychotic-metabolic";
import { clozapineAnc } from "./clozapine-anc";
import { lithiumLevel } from "./lithium-level";
import { reviewAfterChange } from "./review-after-change";
import { routinePsychiatric } from "./routine-psychiatric";
import { valproateLabs } from "./valproate-labs";

/** The psychiatric review cadences every medication gets, in report order. */
export const REVIEW_PROTOCOLS = [routinePsychiatric, reviewAfterChange] as const;

/** The monitoring protocols of particular medication classes or ages, in report order. */
export const MONITORING_PROTOCOLS = [antidepressantYoung, antipsychoticMetabolic, lithiumLevel, clozapineAnc, valproateLabs] as const;

/** Every protocol, in report order: the review cadences, then the monitoring protocols. */
export const PROTOCOLS = [...REVIEW_PROTOCOLS, ...MONITORING_PROTOCOLS] as const;
