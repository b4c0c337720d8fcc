import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";
import type { Weekday } from "../../core/calendar";

/** At most one program session per weekday. */
export const oneSessionPerDay = defineRule({
  code: "schedule/one-session-per-day",
  summary: "The schedule has at most one program session per weekday.",
  defaultSeverity: "error",
  params: [],
  source: "IOP per-diem billing: one program day per date (S9480, H0015; Medicare condition code 92 per diem)",
  messages: {
    default: (p: { readonly day: Weekday; readonly firstSession: number }, words) =>
      `A session on ${words.weekday(p.day)} is already scheduled (${words.place(["sessions", p.firstSession])}).`,
  },
  check({ plan }) {
    const firstOnDay = new Map<Weekday, number>();
    return flatMap(plan.schedule.sessions, (session, index) => {
      const first = firstOnDay.get(session.day);
      if (first === undefined) {
        firstOnDay.set(session.day, index);
        return [];
      }
      return [{ path: ["schedule", "sessions", index, "day"], params: { day: session.day, firstSession: first } }];
    });
  },
});
