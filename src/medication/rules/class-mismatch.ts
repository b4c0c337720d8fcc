import { flatMap } from "../../core/arrays";
import type { MessageSet } from "../../core/messages";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { impliedProtocolClass, monitoredClasses, recordedClass } from "../formulary";
import { MEDICATION_CLASSES } from "../schema";

/** The stated class as a message may name it: a known class, or "unknown" for free text. */
function statedClass(medicationClass: string): string {
  const recorded = recordedClass(medicationClass);
  return (MEDICATION_CLASSES as readonly string[]).includes(recorded) ? recorded : "unknown";
}

/** The messages of the rule: medications count from 1, as a clinician counts them. */
const messages = {
  default: (p: { readonly medication: number; readonly stated: string; readonly implied: string; readonly monitored: string }) =>
    `Medication ${p.medication} is recorded as ${p.stated === "unknown" ? "a class iopkit does not know" : `class ${p.stated}`} but its name belongs to class ${p.implied}; it is ${p.monitored === p.implied ? "" : "still "}monitored as ${p.monitored}.`,
  both: (p: { readonly medication: number; readonly stated: string; readonly implied: string }) =>
    `Medication ${p.medication} is recorded as class ${p.stated} but its name belongs to class ${p.implied}; it is monitored as both.`,
} as const satisfies MessageSet;

/** A medication's name does not imply a monitored class other than the one stated. */
export const classMismatch = defineRule({
  code: "medication/class-mismatch",
  summary:
    "A medication whose name the formulary knows as a class with a monitoring protocol (clozapine, lithium, valproate, antipsychotic, antidepressant) is recorded with that class. When the implied class asks for more monitoring, it is the one monitored; when it asks for as much (an antidepressant recorded as an antipsychotic), both are.",
  defaultSeverity: "warning",
  params: [],
  source: "iopkit formulary (generic and US brand names); protocols per medication class",
  messages,
  check({ plan }) {
    return flatMap(plan.medications, (medication, index): RuleFindingDraft<typeof messages>[] => {
      const implied = impliedProtocolClass(medication);
      if (implied === undefined) return [];
      const stated = statedClass(medication.class);
      const path = ["medications", index, "class"];
      const monitored = monitoredClasses(medication);
      if (monitored.length > 1) return [{ path, variant: "both", params: { medication: index + 1, stated, implied } }];
      return [{ path, params: { medication: index + 1, stated, implied, monitored: monitored[0] === implied ? implied : stated } }];
    });
  },
});
