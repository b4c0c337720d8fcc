import { addDays, type Day } from "../core/calendar";
import type { Rule } from "../core/rule";
import { monitoredClasses } from "./formulary";
import type { Medication, TreatmentPlan } from "../plan/types";
import type { PolicyParamName, PolicyParams } from "../policy/params";
import type { PROTOCOLS } from "./protocols";
import type { ObligationSeries, ObligationWindow } from "../core/obligations";
import type { LAB_KINDS } from "./schema";
import type { MessageSet, Words } from "../core/messages";

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

/**
 * The medication event a due item follows: a start, a dose change, a stop, a restart (a start
 * after an interruption that continues the earlier course's monitoring), or `continuing` (a
 * medicine taken from before admission, followed since the day the plan gives).
 *
 * @category Medication
 * @example
 * ```ts
 * const event: DueEvent = "dose-change";
 * ```
 */
export type DueEvent = "start" | "dose-change" | "stop" | "restart" | "continuing";

/** What a due item asks for and why: its kind, labs, the event it follows (none for a routine cadence) and medication. */
export interface DueItemInfo {
  readonly kind: "psychiatric" | "lab";
  /** For a lab item: any one of these labs satisfies it. */
  readonly labs?: readonly LabKind[];
  /** The event the item follows, and its day. */
  readonly event?: DueEvent;
  readonly eventOn?: Day;
  readonly medicationId?: string;
}

/** Why an item is due, as codes: its protocol, its labs and the event it follows with its day. */
export type DueReasonParams = {
  readonly protocol: string;
  readonly labs?: readonly string[];
  readonly event?: string;
  readonly eventOn?: string;
};

/** An item's labs as alternatives ("lipids or hba1c"). */
function labsOf(p: DueReasonParams, words: Words): string {
  return words.list(p.labs ?? [], "or");
}

/** How a course began, in English: "started on 2026-03-09", or "taken since 2025-01-01" for one continuing from before admission. */
function since(p: DueReasonParams): string {
  return `${p.event === "continuing" ? "taken since" : "started on"} ${p.eventOn}`;
}

/** Why an item is due, in English words built from its codes ("review after start on 2026-03-09"). */
export function dueReason(p: DueReasonParams, words: Words): string {
  switch (p.protocol) {
    case "review-after-change":
      return `review after ${p.event} on ${p.eventOn}`;
    case "antidepressant-young":
      return `antidepressant visit after ${p.event} on ${p.eventOn}`;
    case "antipsychotic-metabolic":
      return `${labsOf(p, words)} for an antipsychotic ${since(p)}`;
    case "lithium-level":
      if (p.labs?.includes("lithium-level") && p.event !== "continuing") return `lithium level after ${p.event} on ${p.eventOn}`;
      return `${labsOf(p, words)} for lithium ${since(p)}`;
    case "clozapine-anc":
      return `ANC for clozapine ${p.event === "restart" ? `restarted on ${p.eventOn}` : since(p)}`;
    case "valproate-labs":
      return `${labsOf(p, words)} for valproate ${since(p)}`;
    default:
      return "routine psychiatric review";
  }
}

/**
 * A stream of due items before matching against recorded reviews: the first window, how the next
 * follows (see {@link ObligationSeries}), and what each item asks for.
 */
export interface DueSeries extends Omit<ObligationSeries<DueItemInfo>, "records"> {}

/** What a protocol sees: the plan, the parameters it reads, and the last day to list items on. */
export interface ProtocolContext<Param extends PolicyParamName = PolicyParamName> {
  readonly plan: TreatmentPlan;
  readonly params: Pick<PolicyParams, Param>;
  /**
   * Items due up to this day are listed. A day of the calendar, never the `"9999-12-32"` that date
   * arithmetic gives past its end: every walk that stops after `to` ends.
   */
  readonly to: Day;
  /** The classes each of the plan's medications is monitored as, in plan order, from {@link medicationClasses}. */
  readonly classes: readonly (readonly string[])[];
  /** The day of the plan's last record of a lab on or before a day, if any: where a resumed cadence counts from. */
  lastLab(lab: LabKind, onOrBefore: Day): Day | undefined;
}

/**
 * A monitoring protocol: its id, the items it asks for, and the rule that reports its overdue
 * items. The rule's summary and source describe the protocol, and its `params` are the parameters
 * `generate` reads.
 */
export interface Protocol<Id extends string = string, Code extends string = string, Param extends PolicyParamName = PolicyParamName, Messages extends MessageSet = MessageSet> {
  readonly id: Id;
  /** The streams of items due for a plan; items due up to `context.to` are listed. */
  generate(context: ProtocolContext<Param>): DueSeries[];
  readonly rule: Rule<Code, Param, Messages>;
}

/**
 * Declares a protocol: the id and the rule code keep their literal types (the protocol ids and
 * rule codes are read from the registry), and `generate` sees only the parameters its rule lists.
 * A rule's `check` that names its own protocol writes its return type (`RuleFindingDraft[]`):
 * TypeScript needs it to type the protocol.
 */
export function defineProtocol<const Id extends string, const Code extends `medication/${string}`, const Param extends PolicyParamName, Messages extends MessageSet>(
  protocol: Protocol<Id, Code, Param, Messages>,
): Protocol<Id, Code, Param, Messages> {
  return protocol;
}

/**
 * The medications of a class, with their index in the plan: the one place a protocol selects the
 * medications it monitors, by the classes each is monitored as (see {@link medicationClasses}).
 */
export function medicationsOfClass(context: Pick<ProtocolContext, "plan" | "classes">, medicationClass: string): { readonly medication: Medication; readonly index: number }[] {
  const found: { readonly medication: Medication; readonly index: number }[] = [];
  context.plan.medications.forEach((medication, index) => {
    if (context.classes[index]!.includes(medicationClass)) found.push({ medication, index });
  });
  return found;
}

/**
 * The classes each of a plan's medications is monitored as, in plan order (`monitoredClasses`): a
 * name that implies a class with more monitoring (clozapine recorded as an antipsychotic) is
 * monitored as that class, one that implies a class weighing the same as the recorded one as both.
 * A check derives them once and hands them to every protocol.
 */
export function medicationClasses(plan: TreatmentPlan): readonly (readonly string[])[] {
  return plan.medications.map(monitoredClasses);
}

/** A course of a medication: from a start to the next stop (or the next start), with its dose changes. */
export interface Course {
  readonly start: Day;
  /** The stop that ends the course, if any. */
  readonly stop: Day | undefined;
  /** The start and every dose change of the course, in order. */
  readonly changes: readonly { readonly date: Day; readonly kind: "start" | "dose-change" }[];
}

/**
 * A medication's courses: a start begins a course (a start after a stop is a restart), a stop
 * ends it; dose changes belong to the course they fall in. A `continuing` medicine (taken before
 * admission) begins a course without a change, so nothing is due "after a change" for it; the
 * routine cadences still run. Events before the first start (a list that begins with a dose
 * change) begin a course on that day.
 */
export function coursesOf(medication: Medication): Course[] {
  const courses: { start: Day; stop: Day | undefined; changes: { date: Day; kind: "start" | "dose-change" }[] }[] = [];
  let open: (typeof courses)[number] | undefined;
  for (const event of medication.events) {
    if (event.kind === "stop") {
      if (open !== undefined) open.stop = event.date;
      open = undefined;
      continue;
    }
    if (event.kind === "start" || event.kind === "continuing" || open === undefined) {
      if (open !== undefined) open.stop = event.date;
      open = { start: event.date, stop: undefined, changes: [] };
      courses.push(open);
    }
    if (event.kind !== "continuing") open.changes.push({ date: event.date, kind: event.kind });
  }
  return courses;
}

/** How a course began, as the event its items follow: `start`, or `continuing` for one taken on from before admission. */
export function courseEvent(course: Course): "start" | "continuing" {
  return course.changes[0]?.date === course.start ? "start" : "continuing";
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

/** The earlier of two days, ignoring an absent one. */
export function earliest(a: Day | undefined, b: Day | undefined): Day | undefined {
  return a === undefined || (b !== undefined && b < a) ? b : a;
}

/**
 * Items at fixed days: item `i` is due on `points[i]`; the first opens on `opensOn`, each later one
 * the day after the previous due day (or after the late record that satisfied it). A record counts
 * late until the day before the next point (the last: until `lateUntil`, or the day of `until`
 * when earlier: the visit that makes the next change is also the review the last one was owed).
 * Points on or after `until` (a stop, the next change) are dropped.
 */
export function pointSeries(points: readonly Day[], opensOn: Day, until: Day | undefined, lateUntil: Day, item: DueItemInfo): DueSeries {
  return new PointSeries(until === undefined ? points : points.filter((day) => day < until), opensOn, until, lateUntil, item);
}

/** The windows of {@link pointSeries}: the methods live on the prototype, so a series costs one object. */
class PointSeries implements DueSeries {
  readonly first: ObligationWindow | undefined;
  constructor(
    private readonly points: readonly Day[],
    opensOn: Day,
    private readonly until: Day | undefined,
    private readonly lateUntil: Day,
    readonly item: DueItemInfo,
  ) {
    this.first = this.windowAt(0, opensOn);
  }

  next({ due, satisfiedOn, count }: { readonly due: Day; readonly satisfiedOn: Day | undefined; readonly count: number }): ObligationWindow | undefined {
    return this.windowAt(count, addDays(satisfiedOn !== undefined && satisfiedOn > due ? satisfiedOn : due, 1));
  }

  /** The window of the point at `index`, opening on `from`. */
  private windowAt(index: number, from: Day): ObligationWindow | undefined {
    const due = this.points[index];
    if (due === undefined) return undefined;
    const next = this.points[index + 1];
    const { until } = this;
    return { from, due, lateUntil: next !== undefined ? addDays(next, -1) : earliest(this.lateUntil, until)! };
  }
}

/**
 * Items at an interval from the last record: after the first window, the next item is due
 * `step(day)` from the day the previous one was satisfied (its due day when missed) and opens the
 * day after; a record counts late until the day before the item after it would be due. Items due
 * on or after `until` are dropped. An item due before admission that no record satisfied is due
 * at admission instead, while the course goes on (a recurring lab not on record when care begins
 * is owed then, not skipped).
 */
export function intervalSeries(first: { readonly from: Day; readonly due: Day }, step: (day: Day) => Day, until: Day | undefined, item: DueItemInfo): DueSeries {
  return new IntervalSeries(first, step, until, item);
}

/** The windows of {@link intervalSeries}: the methods live on the prototype, so a series costs one object. */
class IntervalSeries implements DueSeries {
  readonly first: ObligationWindow | undefined;
  /** The last day a step was taken from (a missed item steps from its due day twice), and where it led. */
  private steppedFrom: Day | undefined;
  private steppedTo: Day = "";

  constructor(
    first: { readonly from: Day; readonly due: Day },
    private readonly step: (day: Day) => Day,
    private readonly until: Day | undefined,
    readonly item: DueItemInfo,
  ) {
    this.first = this.windowFrom(first.from, first.due);
  }

  next({ due, satisfiedOn }: { readonly due: Day; readonly satisfiedOn: Day | undefined }): ObligationWindow | undefined {
    const base = satisfiedOn ?? due;
    return this.windowFrom(addDays(base, 1), this.stepFrom(base));
  }

  carry(window: ObligationWindow, day: Day): ObligationWindow | undefined {
    return this.until !== undefined && day >= this.until ? undefined : { from: window.from, due: day, lateUntil: addDays(this.stepFrom(day), -1) };
  }

  /** The window from `from` to `due`, or none when `due` falls on or after `until`. */
  private windowFrom(from: Day, due: Day): ObligationWindow | undefined {
    return this.until !== undefined && due >= this.until ? undefined : { from, due, lateUntil: addDays(this.stepFrom(due), -1) };
  }

  /** `step(day)`, remembered for the last day it was taken from. */
  private stepFrom(day: Day): Day {
    if (this.steppedFrom !== day) {
      this.steppedTo = this.step(day);
      this.steppedFrom = day;
    }
    return this.steppedTo;
  }
}
