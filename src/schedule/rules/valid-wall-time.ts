import { flatMap } from "../../core/arrays";
import { formatWallTime, weekdayOf, type Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { localDay, localInstant, resolveWallTime, zoneTimeline } from "../../core/zone";
import { lastDayOfCare } from "../../core/period";
import { scheduleSlots } from "../intervals";

/** Local days, within the period, on which the zone's offset changes. */
function changeDays(changesAt: readonly number[], offsets: readonly number[], initialOffset: number, from: Day, to: Day): Day[] {
  const days = new Set<Day>();
  changesAt.forEach((instant, index) => {
    const before = index === 0 ? initialOffset : offsets[index - 1]!;
    for (const offset of [before, offsets[index]!]) {
      const day = localDay(instant, offset);
      if (day >= from && day <= to) days.add(day);
    }
  });
  return [...days].sort();
}

/** The messages: a start that does not exist on `date` (it starts at `actualStart`), or one that happens twice. */
const MESSAGES = {
  gap: (p: { readonly date: Day; readonly start: string; readonly actualStart: string; readonly kind: "gap"; readonly timeZone: string }) =>
    `On ${p.date} the wall time ${p.start} does not exist in ${p.timeZone} (clocks go forward); it would start at ${p.actualStart}.`,
  ambiguous: (p: { readonly date: Day; readonly start: string; readonly kind: "ambiguous"; readonly timeZone: string }) =>
    `On ${p.date} the wall time ${p.start} happens twice in ${p.timeZone} (clocks go back); the first occurrence is used.`,
};

/** Start times that do not exist, or happen twice, on a DST change day are reported. */
export const validWallTime = defineRule({
  code: "schedule/valid-wall-time",
  summary:
    "No session or appointment starts at a wall time that does not exist (clocks go forward) or happens twice (clocks go back) on a day it runs, in the plan's time zone; a missing time is one step harder than a repeated one.",
  defaultSeverity: "warning",
  params: [],
  source: "RFC 5545 §3.3.5 (local times in gaps and overlaps); IANA time zone database",
  messages: MESSAGES,
  check({ plan, derive }) {
    const from = plan.period.admitted;
    const to = lastDayOfCare(plan);
    const timeline = zoneTimeline(plan.timeZone, from, to);
    const days = changeDays(timeline.changesAt, timeline.offsets, timeline.initialOffset, from, to);
    if (days.length === 0) return [];
    const { sessions, appointments } = derive(scheduleSlots);
    const { timeZone } = plan;
    return flatMap([...sessions, ...appointments], (slot): RuleFindingDraft<typeof MESSAGES>[] => {
      for (const day of days) {
        if (weekdayOf(day) !== slot.day) continue;
        const resolved = resolveWallTime(timeline, day, slot.start);
        if (resolved.kind === "exact") continue;
        const path = [...slot.path, "start"];
        const start = formatWallTime(slot.start);
        if (resolved.kind === "ambiguous") return [{ path, variant: "ambiguous", params: { date: day, start, kind: "ambiguous", timeZone }, advisory: true }];
        const actualStart = localInstant(resolved.utcMs, resolved.offset).time;
        return [{ path, variant: "gap", params: { date: day, start, actualStart, kind: "gap", timeZone } }];
      }
      return [];
    });
  },
});
