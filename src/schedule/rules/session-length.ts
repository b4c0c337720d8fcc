import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { weekOfPlan } from "../summary";

/** Each session's length is within the policy's bounds, and ideally within its target band. */
export const sessionLength = defineRule({
  code: "schedule/session-length",
  summary:
    "Each session lasts between sessionMinutes.min and .max (otherwise at the rule's severity); outside the targetMin–targetMax band it is one step softer.",
  defaultSeverity: "error",
  params: ["sessionMinutes"],
  source: "Seed article (around three hours); TRICARE Policy Manual 6010.60-M ch.7 §3.16 (≥ 2 h a day); H0015 (≥ 3 h a day)",
  check({ params, derive }) {
    const { min, max, targetMin, targetMax } = params.sessionMinutes;
    const findings: RuleFindingDraft[] = [];
    for (const session of derive(weekOfPlan).sessions) {
      const actual = session.minutes;
      const path = ["schedule", "sessions", session.sessionIndex];
      if (actual < min || actual > max) {
        findings.push({ path, message: `This session lasts ${actual} minutes; the policy allows ${min} to ${max}.`, params: { actual, min, max } });
      } else if (actual < targetMin || actual > targetMax) {
        findings.push({
          path,
          message: `This session lasts ${actual} minutes, outside the usual ${targetMin} to ${targetMax}.`,
          params: { actual, min: targetMin, max: targetMax },
          advisory: true,
        });
      }
    }
    return findings;
  },
});
