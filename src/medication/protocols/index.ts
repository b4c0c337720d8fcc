import type { Protocol } from "../due";
import { antidepressantYoung } from "./antidepressant-young";
import { antipsychoticMetabolic } from "./antipsychotic-metabolic";
import { clozapineAnc } from "./clozapine-anc";
import { lithiumLevel } from "./lithium-level";
import { reviewAfterChange } from "./review-after-change";
import { routinePsychiatric } from "./routine-psychiatric";
import { valproateLabs } from "./valproate-labs";

/** Every monitoring protocol, in report order. */
export const PROTOCOLS: readonly Protocol[] = [
  routinePsychiatric,
  reviewAfterChange,
  antidepressantYoung,
  antipsychoticMetabolic,
  lithiumLevel,
  clozapineAnc,
  valproateLabs,
];
