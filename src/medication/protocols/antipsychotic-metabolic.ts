import { flatMap } from "../../core/arrays";
import { addDays, addMonths, daysBetween, type Day } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { MetabolicSchedule } from "../../policy/params";
import { courseEvent, coursesOf, defineProtocol, medicationsOfClass, pointSeries, type LabKind } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/** A lab's points: fixed offsets from the start, then a repeat interval from the last draw, in weeks or months. */
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

/** A lab's day `count` of its unit after a start. */
function dayAfter(start: Day, lab: LabSeries, count: number): Day {
  return lab.unit === "weeks" ? addDays(start, count * 7) : addMonths(start, count);
}

function schedule(name: MetabolicSchedule, psychiatricEveryWeeks: number): readonly LabSeries[] {
  return name === "apa-2020" ? apa2020(psychiatricEveryWeeks) : ADA_APA_2004;
}

/** A baseline counts when drawn within the length of the first interval before it: to the lab's second point, or its first repeat. */
function baselineOpensOn(start: Day, lab: LabSeries): Day {
  const first = dayAfter(start, lab, lab.offsets[0]!);
  const second = dayAfter(start, lab, lab.offsets[1] ?? lab.offsets[0]! + lab.every);
  return addDays(first, 1 - daysBetween(first, second));
}

/**
 * Metabolic monitoring for antipsychotics (clozapine included) from every course's start, on the
 * policy's schedule: its fixed points from the start, then each repeat its interval after the last
 * draw (a draw made early or late sets the pace); its rule reports the items missed at `asOf`.
 */
export const antipsychoticMetabolic = defineProtocol({
  id: "antipsychotic-metabolic",
  generate(context) {
    const medications = [...medicationsOfClass(context, "antipsychotic"), ...medicationsOfClass(context, "clozapine")].sort((a, b) => a.index - b.index);
    return flatMap(medications, ({ medication }) =>
      flatMap(coursesOf(medication), (course) =>
        schedule(context.params.metabolicSchedule, context.params.psychiatricEveryWeeks).map((lab) =>
          pointSeries(
            lab.offsets.map((count) => dayAfter(course.start, lab, count)),
            baselineOpensOn(course.start, lab),
            course.stop,
            context.to,
            { kind: "lab", labs: lab.labs, event: courseEvent(course), eventOn: course.start, medicationId: medication.id },
            (day) => dayAfter(day, lab, lab.every),
          ),
        ),
      ),
    );
  },
  rule: defineRule({
    code: "medication/monitoring-antipsychotic",
    summary:
      "No metabolic lab is missed at asOf. Metabolic labs for antipsychotics (clozapine included) from every start, on the metabolicSchedule: ADA/APA 2004 or APA 2020; after its fixed points, each lab repeats its interval after the last draw.",
    defaultSeverity: "error",
    params: ["metabolicSchedule", "psychiatricEveryWeeks"],
    source: "ADA/APA consensus, Diabetes Care 2004;27:596; APA practice guideline for schizophrenia 2020, Table 1",
    needsAsOf: true,
    messages: MISSED_MESSAGES,
    check: (ctx): RuleFindingDraft<typeof MISSED_MESSAGES>[] => overdueFindings(ctx, antipsychoticMetabolic),
  }),
});
