import { wallTimeMinutes } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { weekOfPlan } from "../summary";

/** Minutes from midnight to midnight. */
const MINUTES_PER_DAY = 1440;

/** A session's activities fill its stated length and end before midnight. */
export const activitySum = defineRule({
  code: "schedule/activity-sum",
  summary: "A session's activities add up to its stated end (when given) and the session ends by midnight.",
  defaultSeverity: "error",
  params: [],
  source: "Plan integrity: the activities are the session (77 Ill. Adm. Code 2060.421(d): service, intensity, duration)",
  check({ plan, derive }) {
    const findings: RuleFindingDraft[] = [];
    for (const summary of derive(weekOfPlan).sessions) {
      const session = plan.schedule.sessions[summary.sessionIndex]!;
      const path = ["schedule", "sessions", summary.sessionIndex];
      const start = wallTimeMinutes(session.start);
      if (session.end !== undefined) {
        const stated = wallTimeMinutes(session.end) - start;
        if (stated !== summary.minutes) {
          findings.push({
            path: [...path, "activities"],
            message: `The activities add up to ${summary.minutes} minutes; the session is stated to run ${stated} (${session.start} to ${session.end}).`,
            params: { actual: summary.minutes, required: stated },
          });
        }
      }
      if (start + summary.minutes > MINUTES_PER_DAY) {
        findings.push({
          path: [...path, "activities"],
          message: `The session runs past midnight (${session.start} plus ${summary.minutes} minutes).`,
          params: { actual: start + summary.minutes, max: MINUTES_PER_DAY },
        });
      }
    }
    return findings;
  },
});
