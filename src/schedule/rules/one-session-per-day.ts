import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { Weekday } from "../../core/calendar";

/** At most one program session per weekday. */
export const oneSessionPerDay = defineRule({
  code: "schedule/one-session-per-day",
  summary: "The schedule has at most one program session per weekday.",
  defaultSeverity: "error",
  params: [],
  source: "IOP per-diem billing: one program day per date (S9480, H0015; Medicare condition code 92 per diem)",
  check({ plan }) {
    const findings: RuleFindingDraft[] = [];
    const firstOnDay = new Map<Weekday, number>();
    plan.schedule.sessions.forEach((session, index) => {
      const first = firstOnDay.get(session.day);
      if (first === undefined) {
        firstOnDay.set(session.day, index);
        return;
      }
      findings.push({
        path: ["schedule", "sessions", index, "day"],
        message: `A session on ${session.day} is already scheduled (session ${first}).`,
        params: { day: session.day, firstSession: first },
      });
    });
    return findings;
  },
});
