import { defineRule, type RuleFindingDraft } from "../../core/rule";
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
  check({ plan }) {
    const findings: RuleFindingDraft[] = [];
    plan.medications.forEach((medication, index) => {
      const implied = impliedProtocolClass(medication);
      if (implied === undefined) return;
      const stated = statedClass(medication.class);
      const monitored = effectiveClass(medication) === implied ? `it is monitored as ${implied}` : `it is still monitored as ${stated}`;
      findings.push({
        path: ["medications", index, "class"],
        message: `Medication ${index} is recorded as ${stated === "unknown" ? "a class iopkit does not know" : `class ${stated}`} but its name belongs to class ${implied}; ${monitored}.`,
        params: { stated, implied },
      });
    });
    return findings;
  },
});
