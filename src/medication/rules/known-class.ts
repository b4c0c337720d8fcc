import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";
import { effectiveClass } from "../formulary";
import { MEDICATION_CLASSES } from "../schema";

/** A medication's effective class is one iopkit knows; others get only the routine cadence. */
export const knownClass = defineRule({
  code: "medication/known-class",
  summary:
    "Each medication's class (the stated class, or the class its name implies when that asks for more monitoring) is one iopkit monitors; another class gets the routine psychiatric cadence and review after changes only.",
  defaultSeverity: "info",
  params: [],
  source: "iopkit medication classes (MEDICATION_CLASSES) and formulary",
  messages: {
    default: () => "This medication class is not one iopkit monitors; only the routine cadence and reviews after changes apply.",
  },
  check({ plan }) {
    return flatMap(plan.medications, (medication, index) =>
      (MEDICATION_CLASSES as readonly string[]).includes(effectiveClass(medication)) ? [] : [{ path: ["medications", index, "class"], params: { allowed: MEDICATION_CLASSES.join("|") } }],
    );
  },
});
