import { flatMap } from "../../core/arrays";
import { cadenceFindings, type CadenceLate, type CadenceMissed } from "../../core/cadence";
import { cadenceSeries, type ObligationSeries } from "../../core/obligations";
import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { Instrument } from "../instruments";
import { scoredAssessments, scoresOf, type ScoredAssessment } from "../score";
import { routineInstruments } from "./measured-instruments";

/** A routine measure as a cadence: the next one due `every` days after the last, while in care; `scored` as for `scoresOf`. */
function measureSeriesOf(plan: TreatmentPlan, instrument: Instrument, every: number, scored?: readonly ScoredAssessment[]): ObligationSeries<{ readonly reason: string; readonly instrument: Instrument }> {
  const records = scoresOf(plan, instrument, scored).map(({ index, score }) => ({ date: score.date, path: ["assessments", index] }));
  return cadenceSeries(records, every, lastDayOfCare(plan), { reason: `${instrument} every ${every} days`, instrument });
}

/** Each routine measure as a cadence: the next one due `every` days after the last, while in care. */
export function measureSeries(plan: TreatmentPlan, every: number): ObligationSeries<{ readonly reason: string; readonly instrument: Instrument }>[] {
  return routineInstruments(plan).map((instrument) => measureSeriesOf(plan, instrument, every));
}

/** The instrument a cadence finding is about. */
type Measured = { readonly instrument: Instrument };

/** Routine measures are repeated often enough to follow the person's symptoms. */
export const repeatEvery = defineRule({
  code: "measures/repeat-every",
  summary:
    "Routine measures (PHQ-9, GAD-7, …: those their record marks routine) are repeated at most measureEveryDays apart (a later one is reported late), and the next one is not missed at asOf while in care.",
  defaultSeverity: "warning",
  needsAsOf: "partly",
  params: ["measureEveryDays"],
  source: "Measurement-based care practice; the 14-day default is a clinic default (no published interval)",
  messages: {
    late: (p: CadenceLate & Measured) => `${p.actual} days passed between ${p.instrument} measures; the policy allows ${p.max}.`,
    missed: (p: CadenceMissed & Measured) => `The next ${p.instrument} was due on ${p.due} and is not recorded.`,
  },
  check({ plan, params, asOf, derive }) {
    const every = params.measureEveryDays;
    return flatMap(derive(routineInstruments), (instrument) =>
      cadenceFindings(measureSeriesOf(plan, instrument, every, derive(scoredAssessments)), asOf, lastDayOfCare(plan), {
        latePath: (record) => [...record, "date"],
        missedPath: ["assessments"],
        params: { instrument },
      }),
    );
  },
});
