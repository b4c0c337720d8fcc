import type { Objective, TreatmentPlan } from "../plan/types";
import { objectivesOf } from "../core/walk";
import { INSTRUMENT_INFO, type Instrument } from "./instruments";
import { scoresOf, type AssessmentScore } from "./score";
import { guardValue } from "../core/plan-error";

/**
 * How an instrument's totals moved from the first to the latest assessment.
 *
 * @category Measures
 * @example
 * ```ts
 * const trend: AssessmentTrend = { instrument: "PHQ-9", count: 3, baseline: undefined, latest: undefined, change: undefined, response: undefined, remission: undefined };
 * ```
 */
export interface AssessmentTrend {
  readonly instrument: Instrument;
  /** Scorable assessments of the instrument. */
  readonly count: number;
  readonly baseline: AssessmentScore | undefined;
  readonly latest: AssessmentScore | undefined;
  /** Latest total minus baseline total (negative is better). */
  readonly change: number | undefined;
  /** A drop of at least the instrument's response fraction (PHQ-9: 50%); undefined without a response definition, a later assessment, or a baseline at the instrument's index threshold (PHQ-9: 10). */
  readonly response: boolean | undefined;
  /** A latest total below the instrument's remission threshold (PHQ-9: under 5); undefined without one, a later assessment, or a baseline at the index threshold. */
  readonly remission: boolean | undefined;
}

/**
 * The trend of one instrument over the plan's assessments: baseline (the first), latest, change,
 * and, where the instrument's record defines them, response and remission (PHQ-9: a drop of at
 * least 50%, a total under 5), counted only from a baseline at the record's index threshold and
 * with a later assessment (PHQ-9: an index total of 10 or more; NCQA DRR-E, CMS159), so a single
 * low PHQ-9 is not remission. Unscorable assessments are left out.
 *
 * @param plan - a parsed plan
 * @param instrument - the instrument to follow
 * @returns the trend; fields are `undefined` until there are assessments
 * @throws `InputError` when the plan cannot be read as a plan
 * @category Measures
 * @example
 * ```ts
 * const measured = parsePlan({
 *   ...plan,
 *   assessments: [
 *     { instrument: "PHQ-9", date: "2026-03-09", items: [3, 3, 2, 2, 2, 2, 2, 1, 0] },
 *     { instrument: "PHQ-9", date: "2026-04-20", items: [1, 1, 0, 1, 0, 0, 1, 0, 0] },
 *   ],
 * });
 * const trend = assessmentTrend(measured, "PHQ-9");
 * [trend.baseline?.total, trend.latest?.total, trend.change, trend.response, trend.remission]; //=> [17, 4, -13, true, true]
 * ```
 */
export function assessmentTrend(plan: TreatmentPlan, instrument: Instrument): AssessmentTrend {
  return guardValue("plan or instrument", () => {
    const scores = scoresOf(plan, instrument).map((entry) => entry.score);
    const baseline = scores[0];
    const latest = scores.at(-1);
    if (!baseline || !latest) {
      return { instrument, count: 0, baseline: undefined, latest: undefined, change: undefined, response: undefined, remission: undefined };
    }
    const { responseDrop, remissionBelow, outcomeIndexMin = 0 } = INSTRUMENT_INFO[instrument];
    const followed = scores.length > 1 && baseline.total > 0 && baseline.total >= outcomeIndexMin;
    return {
      instrument,
      count: scores.length,
      baseline,
      latest,
      change: latest.total - baseline.total,
      response: responseDrop !== undefined && followed ? latest.total <= baseline.total * (1 - responseDrop) : undefined,
      remission: remissionBelow !== undefined && followed ? latest.total < remissionBelow : undefined,
    };
  });
}

/**
 * Where an objective with a measure stands: `met` or `not-met` by the latest assessment of its
 * instrument, `not-measured` before there is one.
 *
 * @category Measures
 * @example
 * ```ts
 * const progress: ObjectiveProgress = { objectiveId: "obj-measure-1", instrument: "PHQ-9", status: "met", latest: 4 };
 * ```
 */
export interface ObjectiveProgress {
  readonly objectiveId: string;
  readonly instrument: Instrument;
  readonly status: "met" | "not-met" | "not-measured";
  /** The latest total, when measured. */
  readonly latest?: number;
}

function meets(total: number, target: NonNullable<Objective["measure"]>["target"]): boolean {
  switch (target.op) {
    case "<":
      return total < target.value;
    case "<=":
      return total <= target.value;
    case ">=":
      return total >= target.value;
    case ">":
      return total > target.value;
  }
}

/**
 * The progress of every objective that has a measure, from the latest assessment of its
 * instrument.
 *
 * @param plan - a parsed plan
 * @returns one entry per measured objective, in plan order
 * @throws `InputError` when the plan cannot be read as a plan
 * @category Measures
 * @example
 * ```ts
 * objectiveProgress(plan).map((entry) => entry.status); //=> ["not-measured"]
 * const measured = parsePlan({ ...plan, assessments: [{ instrument: "PHQ-9", date: "2026-04-20", items: [1, 1, 0, 1, 0, 0, 1, 0, 0] }] });
 * objectiveProgress(measured); //=> [{ objectiveId: "obj-measure-1", instrument: "PHQ-9", status: "met", latest: 4 }]
 * ```
 */
export function objectiveProgress(plan: TreatmentPlan): ObjectiveProgress[] {
  return guardValue("plan", () => {
    return objectivesOf(plan).flatMap(({ objective }): ObjectiveProgress[] => {
      if (!objective.measure) return [];
      const { instrument, target } = objective.measure;
      const latest = scoresOf(plan, instrument).at(-1)?.score.total;
      if (latest === undefined) return [{ objectiveId: objective.id, instrument, status: "not-measured" }];
      return [{ objectiveId: objective.id, instrument, status: meets(latest, target) ? "met" : "not-met", latest }];
    });
  });
}
