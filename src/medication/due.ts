import { addDays, type Day } from "../core/calendar";
import type { Medication, TreatmentPlan } from "../plan/types";
import type { PolicyParamName, PolicyParams } from "../policy/params";
import type { LAB_KINDS } from "./schema";

/**
 * A laboratory test or measurement a monitoring protocol asks for.
 *
 * @category Medication
 * @example
 * ```ts
 * const lab: LabKind = "lithium-level";
 * ```
 */
export type LabKind = (typeof LAB_KINDS)[number];

/**
 * The protocols that generate due reviews and labs.
 *
 * @category Medication
 * @example
 * ```ts
 * const protocol: ProtocolId = "clozapine-anc";
 * ```
 */
export type ProtocolId =
  | "routine-psychiatric"
  | "review-after-change"
  | "antidepressant-young"
  | "antipsychotic-metabolic"
  | "lithium-level"
  | "clozapine-anc"
  | "valproate-labs";

/** A due item before matching against recorded reviews. */
export interface DueDraft {
  readonly due: Day;
  /** First day a recorded review counts for this item. */
  readonly opensOn: Day;
  readonly kind: "psychiatric" | "lab";
  /** For a lab item: any one of these labs satisfies it. */
  readonly labs?: readonly LabKind[];
  readonly reason: string;
  readonly medicationId?: string;
  /** Items of one stream are satisfied in order, one per recorded review. */
  readonly stream: string;
}

/** What a protocol sees: the plan, the parameters it reads, and the days to list items between. */
export interface ProtocolContext<Param extends PolicyParamName = PolicyParamName> {
  readonly plan: TreatmentPlan;
  readonly params: Pick<PolicyParams, Param>;
  /** Items due on these days and between are kept. */
  readonly from: Day;
  readonly to: Day;
}

/** A monitoring protocol: its id, what it covers, its source, and the items it asks for. */
export interface Protocol<Param extends PolicyParamName = PolicyParamName> {
  readonly id: ProtocolId;
  readonly summary: string;
  readonly source: string;
  generate(context: ProtocolContext<Param>): DueDraft[];
}

/** The day of a medication's first start, if it has one. */
export function firstStart(medication: Medication): Day | undefined {
  return medication.events.find((event) => event.kind === "start")?.date;
}

/** The day a medication stops after `day`, if it does. */
export function stopAfter(medication: Medication, day: Day): Day | undefined {
  return medication.events.find((event) => event.kind === "stop" && event.date > day)?.date;
}

/** Whether a medication is taken on a day: started on or before it and not stopped since. */
export function isActiveOn(medication: Medication, day: Day): boolean {
  let active = false;
  for (const event of medication.events) {
    if (event.date > day) break;
    active = event.kind !== "stop";
  }
  return active;
}

/**
 * Turns a list of points (ascending days) into due items. Each item opens the day after the
 * previous point; the first opens on `opensOn`. Only items due within the context's range are
 * kept, and none on or after `until` (a stop).
 */
export function series(
  points: readonly Day[],
  opensOn: Day,
  context: Pick<ProtocolContext, "from" | "to">,
  until: Day | undefined,
  item: Omit<DueDraft, "due" | "opensOn">,
): DueDraft[] {
  const drafts: DueDraft[] = [];
  let opens = opensOn;
  for (const due of points) {
    if (until !== undefined && due >= until) break;
    if (due > context.to) break;
    if (due >= context.from) drafts.push(Object.assign({ due, opensOn: opens }, item));
    opens = addDays(due, 1);
  }
  return drafts;
}

/** Days from `start` every `everyDays` days (the first point `start + firstAfterDays`) up to `to`. */
export function everyDays(start: Day, firstAfterDays: number, everyDaysCount: number, to: Day): Day[] {
  const points: Day[] = [];
  for (let day = addDays(start, firstAfterDays); day <= to; day = addDays(day, everyDaysCount)) points.push(day);
  return points;
}
