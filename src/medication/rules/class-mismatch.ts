import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";
import { effectiveClass, impliedProtocolClass } from "../formulary";
import { MEDICATION_CLASSES } from "../schema";

/** The stated class as a message may name it: a known class, or "unknown" for free text. */
function statedClass(medicationClass: string): string {
  return (MEDICATION_CLASSES as readonly string[]).includes(medicationClass) ? medicationClass : "unknown";
}

/** A medication's name does not imply a monitored class other than the one stated. */
export const classMismatch = defineRule({
  code: "medication/class-mismatch",
  summary:
    "A medication whose name the formulary knows as a class with a monitoring protocol (clozapine, lithium, valproate, antipsychotic, antidepressant) is recorded with that class. When the implied class asks for more monitoring, it is the one monitored.",
  defaultSeverity: "warning",
  params: [],
  source: "iopkit formulary (generic and US brand names); protocols per medication class",
  messages: {
    default: (p: { readonly medication: number; readonly stated: string; readonly implied: string; readonly monitored: string }) =>
      `Medication ${p.medication} is recorded as ${p.stated === "unknown" ? "a class iopkit does not know" : `class ${p.stated}`} but its name belongs to class ${p.implied}; it is ${p.monitored === p.implied ? "" : "still "}monitored as ${p.monitored}.`,
  },
  check({ plan }) {
    return flatMap(plan.medications, (medication, index) => {
      const implied = impliedProtocolClass(medication);
      if (implied === undefined) return [];
      const stated = statedClass(medication.class);
      const monitored = effectiveClass(medication) === implied ? implied : stated;
      return [{ path: ["medications", index, "class"], params: { medication: index, stated, implied, monitored } }];
    });
  },
});
