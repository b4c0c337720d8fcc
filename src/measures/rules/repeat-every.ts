import { addDays, daysBetween } from "../../core/calendar";
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
      const scores = scoresOf(plan, instrument);
      for (let index = 1; index < scores.length; index += 1) {
        const gap = daysBetween(scores[index - 1]!.score.date, scores[index]!.score.date);
        if (gap > every) {
          findings.push({
            path: ["assessments", scores[index]!.index, "date"],
            message: `${gap} days passed between ${instrument} measures; the policy allows ${every}.`,
            params: { instrument, actual: gap, max: every },
          });
        }
      }
      const last = scores.at(-1);
      if (last && asOf !== undefined) {
        const due = addDays(last.score.date, every);
        if (asOf > due && due < lastDayOfCare(plan)) {
          findings.push({
            path: ["assessments"],
            message: `The next ${instrument} was due on ${due} and is not recorded.`,
            params: { instrument, due, asOf, max: every },
          });
        }
      }
    }
    return findings;
  },
};
