import { addDays, type Day } from "../core/calendar";
import type { Rule } from "../core/rule";
import type { Medication, TreatmentPlan } from "../plan/types";
import type { PolicyParamName, PolicyParams } from "../policy/params";
import type { PROTOCOLS } from "./protocols";
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
 * The protocols that generate due reviews and labs: the ids of the protocol registry.
 *
 * @category Medication
 * @example
 * ```ts
 * const protocol: ProtocolId = "clozapine-anc";
 * ```
 */
export type ProtocolId = (typeof PROTOCOLS)[number]["id"];

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

/**
 * A monitoring protocol: its id, the items it asks for, and the rule that reports its overdue
 * items. The rule's summary and source describe the protocol, and its `params` are the parameters
 * `generate` reads.
 */
export interface Protocol<Id extends string = string, Code extends string = string, Param extends PolicyParamName = PolicyParamName> {
  readonly id: Id;
  /** The items due for a plan between `context.from` and `context.to`. */
  generate(context: ProtocolContext<Param>): DueDraft[];
  readonly rule: Rule<Code, Param>;
}

/**
 * Declares a protocol: the id and the rule code keep their literal types (the protocol ids and
 * rule codes are read from the registry), and `generate` sees only the parameters its rule lists.
 * A rule's `check` that names its own protocol writes its return type (`RuleFindingDraft[]`):
 * TypeScript needs it to type the protocol.
 */
export function defineProtocol<const Id extends string, const Code extends `medication/${string}`, const Param extends PolicyParamName>(
  protocol: Protocol<Id, Code, Param>,
): Protocol<Id, Code, Param> {
  return protocol;
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
