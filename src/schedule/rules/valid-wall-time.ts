import { formatWallTime, weekdayOf, type Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { localInstant, resolveWallTime, zoneTimeline } from "../../core/zone";
import { lastDayOfCare } from "../../core/period";
import { scheduleSlots } from "../intervals";

/** Local days, within the period, on which the zone's offset changes. */
function changeDays(changesAt: readonly number[], offsets: readonly number[], initialOffset: number, from: Day, to: Day): Day[] {
  const days = new Set<Day>();
  changesAt.forEach((instant, index) => {
    const before = index === 0 ? initialOffset : offsets[index - 1]!;
    for (const offset of [before, offsets[index]!]) {
      const day = localInstant(instant, offset).day;
      if (day >= from && day <= to) days.add(day);
    }
  });
  return [...days].sort();
}

/** Start times that do not exist, or happen twice, on a DST change day are reported. */
export const validWallTime = defineRule({
  code: "schedule/valid-wall-time",
  summary:
    "No session or appointment starts at a wall time that does not exist (clocks go forward) or happens twice (clocks go back) on a day it runs, in the plan's time zone; a missing time is one step harder than a repeated one.",
  defaultSeverity: "warning",
  params: [],
  source: "RFC 5545 §3.3.5 (local times in gaps and overlaps); IANA time zone database",
  check({ plan, derive }) {
    const from = plan.period.admitted;
    const to = lastDayOfCare(plan);
    const timeline = zoneTimeline(plan.timeZone, from, to);
    const days = changeDays(timeline.changesAt, timeline.offsets, timeline.initialOffset, from, to);
    if (days.length === 0) return [];
    const { sessions, appointments } = derive(scheduleSlots);
    const findings: RuleFindingDraft[] = [];
    for (const slot of [...sessions, ...appointments]) {
      for (const day of days) {
        if (weekdayOf(day) !== slot.day) continue;
        const resolved = resolveWallTime(timeline, day, slot.start);
        if (resolved.kind === "exact") continue;
        const start = formatWallTime(slot.start);
        const actual = localInstant(resolved.utcMs, resolved.offset).time;
        findings.push(
          resolved.kind === "gap"
            ? {
                path: [...slot.path, "start"],
                message: `On ${day} the wall time ${start} does not exist in ${plan.timeZone} (clocks go forward); it would start at ${actual}.`,
                params: { date: day, start, actualStart: actual, kind: "gap" },
              }
            : {
                path: [...slot.path, "start"],
                message: `On ${day} the wall time ${start} happens twice in ${plan.timeZone} (clocks go back); the first occurrence is used.`,
                params: { date: day, start, kind: "ambiguous" },
                advisory: true,
              },
        );
        break;
      }
    }
    return findings;
  },
});
