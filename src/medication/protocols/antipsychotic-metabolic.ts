import { flatMap } from "../../core/arrays";
import { addDays, addMonths, daysBetween, type Day } from "../../core/calendar";
import { MAX_SERIES_ITEMS } from "../../core/obligations";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { MetabolicSchedule } from "../../policy/params";
import { courseEvent, coursesOf, defineProtocol, medicationsOfClass, pointSeries, type LabKind } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/** A lab's points: fixed offsets from the start, then a repeat interval, in weeks or months. */
interface LabSeries {
  readonly labs: readonly LabKind[];
  readonly unit: "weeks" | "months";
  readonly offsets: readonly number[];
  readonly every: number;
}

/**
 * ADA/APA 2004 consensus (Diabetes Care 2004;27:596): weight/BMI at baseline, 4, 8 and 12 weeks,
 * then quarterly; waist at baseline, then yearly; blood pressure and fasting plasma glucose at
 * baseline, 12 weeks, then yearly; lipids at baseline, 12 weeks, then every 5 years.
 */
const ADA_APA_2004: readonly LabSeries[] = [
  { labs: ["weight-bmi"], unit: "weeks", offsets: [0, 4, 8, 12], every: 13 },
  { labs: ["waist"], unit: "weeks", offsets: [0], every: 52 },
  { labs: ["blood-pressure"], unit: "weeks", offsets: [0, 12], every: 52 },
  { labs: ["fasting-glucose"], unit: "weeks", offsets: [0, 12], every: 52 },
  { labs: ["lipids"], unit: "weeks", offsets: [0, 12], every: 260 },
];

/**
 * APA practice guideline 2020 (Table 1): BMI at every visit for 6 months, then quarterly (visits
 * are taken at the psychiatric cadence); fasting glucose or HbA1c and lipids at baseline, 4 months,
 * then yearly.
 */
function apa2020(psychiatricEveryWeeks: number): readonly LabSeries[] {
  const visits: number[] = [];
  for (let week = 0; week <= 26; week += psychiatricEveryWeeks) visits.push(week);
  return [
    { labs: ["weight-bmi"], unit: "weeks", offsets: visits, every: 13 },
    { labs: ["fasting-glucose", "hba1c"], unit: "months", offsets: [0, 4], every: 12 },
    { labs: ["lipids"], unit: "months", offsets: [0, 4], every: 12 },
  ];
}

/**
 * A lab's points up to `to`, at most {@link MAX_SERIES_ITEMS}: a day past the calendar
 * (`"9999-12-32"`) comes after every `to`, so the walk ends at the calendar's end too.
 */
function points(start: Day, lab: LabSeries, to: Day): Day[] {
  const at = (count: number) => (lab.unit === "weeks" ? addDays(start, count * 7) : addMonths(start, count));
  const days = lab.offsets.map(at);
  for (let count = lab.offsets.at(-1)! + lab.every; days.length < MAX_SERIES_ITEMS; count += lab.every) {
    const day = at(count);
    if (day > to) break;
    days.push(day);
  }
  return days;
}

function schedule(name: MetabolicSchedule, psychiatricEveryWeeks: number): readonly LabSeries[] {
  return name === "apa-2020" ? apa2020(psychiatricEveryWeeks) : ADA_APA_2004;
}

/** A baseline counts when drawn within the length of the first interval before it. */
function baselineOpensOn(list: readonly Day[]): Day {
  const first = list[0]!;
  const second = list[1];
  return second === undefined ? first : addDays(first, 1 - daysBetween(first, second));
}

/** Metabolic monitoring for antipsychotics (clozapine included) from every course's start, on the policy's schedule; its rule reports the items missed at `asOf`. */
export const antipsychoticMetabolic = defineProtocol({
  id: "antipsychotic-metabolic",
  generate(context) {
    const medications = [...medicationsOfClass(context, "antipsychotic"), ...medicationsOfClass(context, "clozapine")].sort((a, b) => a.index - b.index);
    return flatMap(medications, ({ medication }) =>
      flatMap(coursesOf(medication), (course) =>
        schedule(context.params.metabolicSchedule, context.params.psychiatricEveryWeeks).map((lab) => {
          const list = points(course.start, lab, context.to);
          return pointSeries(list, baselineOpensOn(list), course.stop, context.to, {
            kind: "lab",
            labs: lab.labs,
            event: courseEvent(course),
            eventOn: course.start,
            medicationId: medication.id,
          });
        }),
      ),
    );
  },
  rule: defineRule({
    code: "medication/monitoring-antipsychotic",
    summary:
      "No metabolic lab is missed at asOf. Metabolic labs for antipsychotics (clozapine included) from every start, on the metabolicSchedule: ADA/APA 2004 or APA 2020.",
    defaultSeverity: "error",
    params: ["metabolicSchedule", "psychiatricEveryWeeks"],
    source: "ADA/APA consensus, Diabetes Care 2004;27:596; APA practice guideline for schizophrenia 2020, Table 1",
    needsAsOf: true,
    messages: MISSED_MESSAGES,
    check: (ctx): RuleFindingDraft<typeof MISSED_MESSAGES>[] => overdueFindings(ctx, antipsychoticMetabolic),
  }),
});
