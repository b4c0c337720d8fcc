import { cadenceBreaches } from "../../core/cadence";
import type { Rule, RuleFindingDraft } from "../../core/rule";
import { lastDayOfCare } from "../../core/period";
import { scoresOf } from "../score";
import { routineInstruments } from "./measured-instruments";

/** Routine measures are repeated often enough to follow the person's symptoms. */
export const repeatEvery: Rule = {
  code: "measures/repeat-every",
  area: "measures",
  summary: "Routine measures (PHQ-9, GAD-7) are repeated at most measureEveryDays apart, and the next one is not overdue at asOf while in care.",
  defaultSeverity: "warning",
  params: ["measureEveryDays"],
  source: "Measurement-based care practice; the 14-day default is a clinic default (no published interval)",
  check({ plan, params, asOf }) {
    const every = params.measureEveryDays;
    const findings: RuleFindingDraft[] = [];
    for (const instrument of routineInstruments(plan)) {
      const points = scoresOf(plan, instrument).map(({ index, score }) => ({ date: score.date, path: ["assessments", index, "date"] }));
      const { gaps, overdueSince } = cadenceBreaches(points, every, asOf, lastDayOfCare(plan));
      for (const { point, gap } of gaps) {
        findings.push({ path: point.path, message: `${gap} days passed between ${instrument} measures; the policy allows ${every}.`, params: { instrument, actual: gap, max: every } });
      }
      if (overdueSince !== undefined) {
        findings.push({
          path: ["assessments"],
          message: `The next ${instrument} was due on ${overdueSince} and is not recorded.`,
          params: { instrument, due: overdueSince, asOf: asOf!, max: every },
        });
      }
    }
    return findings;
  },
};
