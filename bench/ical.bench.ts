import type { TreatmentPlan } from "../src/index";
import { ical, iopkit } from "./package";

const { expandSchedule } = iopkit;
const { toICalendar } = ical;
import { measure, medianOf, type Section } from "./harness";

const STAMP = "2026-03-01T12:00:00Z";

/** toICalendar in both modes beside expandSchedule, for the reference plan over its whole stay. */
export async function icalBench(smoke: boolean, reference: TreatmentPlan): Promise<Section> {
  const expanded = expandSchedule(reference);
  const events = toICalendar(reference, { stamp: STAMP });
  if (!expanded.success || !events.success) throw new Error("the reference plan must expand and export");
  const cases = await measure(
    {
      "expandSchedule": () => expandSchedule(reference),
      "toICalendar (events)": () => toICalendar(reference, { stamp: STAMP }),
      "toICalendar (series)": () => toICalendar(reference, { stamp: STAMP, mode: "series" }),
    },
    smoke,
  );
  const expand = medianOf(cases, "expandSchedule");
  return {
    title: `Calendar export of the reference plan (${expanded.data.sessions.length} sessions and appointments, ${events.data.length} characters)`,
    cases,
    ratios: [
      { name: "toICalendar (events) / expandSchedule", value: medianOf(cases, "toICalendar (events)") / expand },
      { name: "toICalendar (series) / expandSchedule", value: medianOf(cases, "toICalendar (series)") / expand },
    ],
  };
}
