import { wallTimeMinutes } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { weekOfPlan } from "../summary";

/** Minutes from midnight to midnight. */
const MINUTES_PER_DAY = 1440;

/** The messages: activities that do not fill the stated length (`required` minutes), or a session past midnight (`actual` minutes after the day began). */
const MESSAGES = {
  statedEnd: (p: { readonly actual: number; readonly required: number; readonly start: string; readonly end: string }) =>
    `The activities add up to ${p.actual} minutes; the session is stated to run ${p.required} (${p.start} to ${p.end}).`,
  pastMidnight: (p: { readonly actual: number; readonly max: number; readonly start: string; readonly minutes: number }) =>
    `The session runs past midnight (${p.start} plus ${p.minutes} minutes).`,
};

/** A session's activities fill its stated length and end before midnight. */
export const activitySum = defineRule({
  code: "schedule/activity-sum",
  summary: "A session's activities add up to its stated end (when given) and the session ends by midnight.",
  defaultSeverity: "error",
  params: [],
  source: "Plan integrity: the activities are the session (77 Ill. Adm. Code 2060.421(d): service, intensity, duration)",
  messages: MESSAGES,
  check({ plan, derive }) {
    const findings: RuleFindingDraft<typeof MESSAGES>[] = [];
    for (const summary of derive(weekOfPlan).sessions) {
      const session = plan.schedule.sessions[summary.sessionIndex]!;
      const path = ["schedule", "sessions", summary.sessionIndex];
      const start = wallTimeMinutes(session.start);
      if (session.end !== undefined) {
        const stated = wallTimeMinutes(session.end) - start;
        if (stated !== summary.minutes) {
          findings.push({
            path: [...path, "activities"],
            variant: "statedEnd",
            params: { actual: summary.minutes, required: stated, start: session.start, end: session.end },
          });
        }
      }
      if (start + summary.minutes > MINUTES_PER_DAY) {
        findings.push({
          path: [...path, "activities"],
          variant: "pastMidnight",
          params: { actual: start + summary.minutes, max: MINUTES_PER_DAY, start: session.start, minutes: summary.minutes },
        });
      }
    }
    return findings;
  },
});
