import { TZDate } from "@date-fns/tz";
import { addMinutes } from "date-fns";
import rrulePackage from "rrule";
import { iopkit } from "./package";

const { expandSchedule, parsePlan, templates } = iopkit;
import { measure, medianOf, type Section } from "./harness";

const { RRule, datetime } = rrulePackage;
const ZONE = "America/New_York";
const WEEKS = 12;
const SESSION_MINUTES = 180;
/** Twelve weeks of Monday-to-Friday sessions at 09:00 across the March DST change. */
const FIRST = { year: 2026, month: 2, day: 23 };

/** expandSchedule beside a plain UTC loop, rrule with tzid and a naive per-date TZDate loop. */
export async function scheduleBench(smoke: boolean): Promise<Section> {
  const built = templates.standardIop({
    id: "bench", participantId: "bench", admitted: "2026-02-23", days: ["mon", "tue", "wed", "thu", "fri"],
    start: "09:00", timeZone: ZONE, ageGroup: "adult", diagnoses: [{ code: "F33.1" }], weeks: WEEKS,
  });
  if (!built.success) throw new Error("bench plan must build");
  const plan = parsePlan({ ...built.data, schedule: { sessions: built.data.schedule.sessions } });
  const to = "2026-05-17";
  const sessionCount = WEEKS * 5;
  const expanded = expandSchedule(plan, { to });
  if (!expanded.success || expanded.data.sessions.length !== sessionCount) throw new Error("bench expansion must give 60 sessions");

  const weekdays = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR];
  const cases = await measure(
    {
      "plain UTC loop (same number of ISO strings)": () => {
        const out: string[] = [];
        for (let week = 0; week < WEEKS; week += 1) {
          for (let day = 0; day < 5; day += 1) {
            const start = Date.UTC(FIRST.year, FIRST.month - 1, FIRST.day + week * 7 + day, 9);
            out.push(new Date(start).toISOString(), new Date(start + SESSION_MINUTES * 60_000).toISOString());
          }
        }
        return out;
      },
      "expandSchedule (iopkit)": () => expandSchedule(plan, { to }),
      "rrule with tzid": () => {
        const rule = new RRule({ freq: RRule.WEEKLY, byweekday: weekdays, dtstart: datetime(2026, 2, 23, 9, 0), tzid: ZONE, count: sessionCount });
        return rule.all().flatMap((date) => {
          const start = new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), 0, ZONE);
          return [start.toISOString(), addMinutes(start, SESSION_MINUTES).toISOString()];
        });
      },
      "naive TZDate per date": () => {
        const out: string[] = [];
        for (let week = 0; week < WEEKS; week += 1) {
          for (let day = 0; day < 5; day += 1) {
            const start = new TZDate(FIRST.year, FIRST.month - 1, FIRST.day + week * 7 + day, 9, 0, 0, ZONE);
            out.push(start.toISOString(), addMinutes(start, SESSION_MINUTES).toISOString());
          }
        }
        return out;
      },
    },
    smoke,
  );
  const plain = medianOf(cases, "plain UTC loop (same number of ISO strings)");
  return {
    title: "Expanding 12 weeks × 5 days across a DST change",
    cases,
    ratios: [
      { name: "expandSchedule / plain UTC loop", value: medianOf(cases, "expandSchedule (iopkit)") / plain, target: 3 },
      { name: "rrule with tzid / plain UTC loop", value: medianOf(cases, "rrule with tzid") / plain },
      { name: "naive TZDate / plain UTC loop", value: medianOf(cases, "naive TZDate per date") / plain },
    ],
  };
}
