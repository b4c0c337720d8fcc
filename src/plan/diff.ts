import { createPatch, type Operation } from "rfc6902";
import type { FindingPath } from "../core/finding";
import { guardValue } from "../core/plan-error";
import { summarizeWeek } from "../schedule/summary";
import type { Session, TreatmentPlan } from "./types";

/**
 * What kind of clinical change {@link diffPlans} found.
 *
 * @category Plan
 * @example
 * ```ts
 * const kind: PlanChangeKind = "medication-started";
 * ```
 */
export type PlanChangeKind =
  | "id-changed"
  | "status-changed"
  | "program-type-changed"
  | "period-changed"
  | "time-zone-changed"
  | "participant-changed"
  | "risk-changed"
  | "diagnosis-added"
  | "diagnosis-removed"
  | "diagnosis-changed"
  | "care-team-changed"
  | "problem-added"
  | "problem-removed"
  | "problem-changed"
  | "goal-added"
  | "goal-removed"
  | "goal-changed"
  | "objective-added"
  | "objective-removed"
  | "objective-changed"
  | "intervention-added"
  | "intervention-removed"
  | "intervention-changed"
  | "discharge-criteria-changed"
  | "session-added"
  | "session-removed"
  | "session-moved"
  | "session-changed"
  | "appointments-changed"
  | "family-changed"
  | "medication-started"
  | "medication-stopped"
  | "medication-changed"
  | "medication-removed"
  | "reviews-changed"
  | "assessments-changed"
  | "aftercare-changed"
  | "coverage-changed"
  | "attendance-changed"
  | "level-of-care-changed";

/**
 * One clinical change between two versions of a plan. `id` names the part: the id of a problem,
 * goal, objective, intervention or medication, the code of a diagnosis, `day start` of a session
 * (`day start → day start` when it moved), or the field name of a plan-wide part; a key held by
 * several items of one list (two sessions at the same day and start, a diagnosis listed twice)
 * names the second and later ones `key #2`, `key #3`. `path` points at the part in the newer plan
 * (in the older one when it was removed). `material` is true when a payer's concurrent review
 * would look at it: the program type, the period, weekly hours or days of the schedule, diagnoses,
 * medications, coverage with its authorization, and the level of care (its transitions).
 *
 * @category Plan
 * @example
 * ```ts
 * const change: PlanChange = { kind: "goal-added", id: "g-2", path: ["problems", 0, "goals", 1], material: false };
 * ```
 */
export interface PlanChange {
  readonly kind: PlanChangeKind;
  readonly id: string;
  readonly path: FindingPath;
  readonly material: boolean;
}

/**
 * What {@link diffPlans} returns: an RFC 6902 JSON Patch that turns the first plan into the
 * second, and the clinical changes it amounts to.
 *
 * @category Plan
 * @example
 * ```ts
 * const diff: PlanDiff = diffPlans(plan, plan);
 * diff.patch.length; //=> 0
 * ```
 */
export interface PlanDiff {
  readonly patch: readonly Operation[];
  readonly changes: readonly PlanChange[];
}

/** Whether two JSON values are equal, whatever the order of their keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, index) => same(item, (b as unknown[])[index]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Lists whose lengths multiply past this are patched by the fast way below: the JSON Patch
 * library's minimal list diff takes time and memory in proportion to the product (two lists of
 * 2,000 attendance records exhaust the heap).
 */
const MINIMAL_LIST_DIFF_LIMIT = 10_000;

/**
 * The patch of a long list in time in proportion to its length: the items it shares at its start
 * and end are kept, those between are replaced index by index, and the rest removed or added.
 * Not minimal where items were inserted in the middle, and applies all the same.
 */
function longListPatch(input: unknown, output: unknown, pointer: { toString(): string }): Operation[] | undefined {
  if (!Array.isArray(input) || !Array.isArray(output) || input.length * output.length <= MINIMAL_LIST_DIFF_LIMIT) return undefined;
  const at = (index: number) => `${pointer.toString()}/${index}`;
  let prefix = 0;
  while (prefix < input.length && prefix < output.length && same(input[prefix], output[prefix])) prefix += 1;
  let suffix = 0;
  while (suffix < input.length - prefix && suffix < output.length - prefix && same(input[input.length - 1 - suffix], output[output.length - 1 - suffix])) suffix += 1;
  const removed = input.length - prefix - suffix;
  const added = output.length - prefix - suffix;
  const operations: Operation[] = [];
  for (let index = prefix; index < prefix + Math.min(removed, added); index += 1) operations.push({ op: "replace", path: at(index), value: output[index] });
  for (let index = prefix + removed - 1; index >= prefix + added; index -= 1) operations.push({ op: "remove", path: at(index) });
  for (let index = prefix + removed; index < prefix + added; index += 1) operations.push({ op: "add", path: at(index), value: output[index] });
  return operations;
}

/** An item of a list with the key that identifies it across versions and its index. */
interface Keyed<Item> {
  readonly key: string;
  readonly index: number;
  readonly item: Item;
}

/** The items of a list by key; the second and later items of one key are keyed `key #2`, `key #3`. */
function keyed<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Keyed<Item>> {
  const seen = new Map<string, number>();
  return new Map(
    items.map((item, index) => {
      const own = keyOf(item);
      const occurrence = (seen.get(own) ?? 0) + 1;
      seen.set(own, occurrence);
      const key = occurrence === 1 ? own : `${own} #${occurrence}`;
      return [key, { key, index, item }];
    }),
  );
}

/** How a keyed list changed: the items only in the old list, only in the new one, and in both. */
interface ListChanges<Item> {
  readonly removed: readonly Keyed<Item>[];
  readonly added: readonly Keyed<Item>[];
  readonly kept: readonly { readonly before: Keyed<Item>; readonly after: Keyed<Item> }[];
}

function compareLists<Item>(before: readonly Item[], after: readonly Item[], keyOf: (item: Item) => string): ListChanges<Item> {
  const old = keyed(before, keyOf);
  const current = keyed(after, keyOf);
  return {
    removed: [...old.values()].filter((entry) => !current.has(entry.key)),
    added: [...current.values()].filter((entry) => !old.has(entry.key)),
    kept: [...current.values()].flatMap((entry) => {
      const previous = old.get(entry.key);
      return previous === undefined ? [] : [{ before: previous, after: entry }];
    }),
  };
}

/** The changes of a list of parts with ids, with `nested` for what changed inside a kept part. */
function partChanges<Item extends { readonly id: string }>(
  name: "problem" | "goal" | "objective" | "intervention",
  before: readonly Item[],
  after: readonly Item[],
  pathBefore: FindingPath,
  pathAfter: FindingPath,
  ownFields: (item: Item) => unknown,
  nested: (before: Keyed<Item>, after: Keyed<Item>) => PlanChange[],
): PlanChange[] {
  const lists = compareLists(before, after, (item) => item.id);
  return [
    ...lists.removed.map((entry): PlanChange => ({ kind: `${name}-removed`, id: entry.key, path: [...pathBefore, entry.index], material: false })),
    ...lists.added.map((entry): PlanChange => ({ kind: `${name}-added`, id: entry.key, path: [...pathAfter, entry.index], material: false })),
    ...lists.kept.flatMap(({ before: old, after: current }) => [
      ...(same(ownFields(old.item), ownFields(current.item))
        ? []
        : [{ kind: `${name}-changed`, id: current.key, path: [...pathAfter, current.index], material: false } satisfies PlanChange]),
      ...nested(old, current),
    ]),
  ];
}

function problemChanges(a: TreatmentPlan, b: TreatmentPlan): PlanChange[] {
  return partChanges("problem", a.problems, b.problems, ["problems"], ["problems"], ({ goals: _goals, ...own }) => own, (oldProblem, problem) => {
    const goalPathBefore = ["problems", oldProblem.index, "goals"];
    const goalPathAfter = ["problems", problem.index, "goals"];
    return partChanges("goal", oldProblem.item.goals, problem.item.goals, goalPathBefore, goalPathAfter, ({ objectives: _objectives, ...own }) => own, (oldGoal, goal) =>
      partChanges(
        "objective",
        oldGoal.item.objectives,
        goal.item.objectives,
        [...goalPathBefore, oldGoal.index, "objectives"],
        [...goalPathAfter, goal.index, "objectives"],
        ({ interventions: _interventions, ...own }) => own,
        (oldObjective, objective) =>
          partChanges(
            "intervention",
            oldObjective.item.interventions,
            objective.item.interventions,
            [...goalPathBefore, oldGoal.index, "objectives", oldObjective.index, "interventions"],
            [...goalPathAfter, goal.index, "objectives", objective.index, "interventions"],
            (intervention) => intervention,
            () => [],
          ),
      ),
    );
  });
}

function sessionKey(session: Session): string {
  return `${session.day} ${session.start}`;
}

/** The weekly hours a session gives, by its index: therapy minutes (breaks excluded) and Medicare qualifying minutes. */
function sessionHours(plan: TreatmentPlan): (index: number) => string {
  const sessions = summarizeWeek(plan.schedule).sessions;
  return (index) => `${sessions[index]?.therapeuticMinutes} ${sessions[index]?.qualifyingMinutes}`;
}

function sessionChanges(a: TreatmentPlan, b: TreatmentPlan): PlanChange[] {
  const [hoursBefore, hoursAfter] = [sessionHours(a), sessionHours(b)];
  const lists = compareLists(a.schedule.sessions, b.schedule.sessions, sessionKey);
  const path = ["schedule", "sessions"];
  const unmatched = [...lists.removed];
  const moved: PlanChange[] = [];
  const added: PlanChange[] = [];
  for (const entry of lists.added) {
    const from = unmatched.findIndex((old) => same(old.item.activities, entry.item.activities));
    const origin = from >= 0 ? unmatched.splice(from, 1)[0] : undefined;
    if (origin === undefined) added.push({ kind: "session-added", id: entry.key, path: [...path, entry.index], material: true });
    else moved.push({ kind: "session-moved", id: `${origin.key} → ${entry.key}`, path: [...path, entry.index], material: origin.item.day !== entry.item.day });
  }
  return [
    ...unmatched.map((entry): PlanChange => ({ kind: "session-removed", id: entry.key, path: [...path, entry.index], material: true })),
    ...added,
    ...moved,
    ...lists.kept
      .filter(({ before, after }) => !same(before.item, after.item))
      .map(({ before, after }): PlanChange => ({
        kind: "session-changed",
        id: after.key,
        path: [...path, after.index],
        material: hoursBefore(before.index) !== hoursAfter(after.index),
      })),
  ];
}

function medicationChanges(a: TreatmentPlan, b: TreatmentPlan): PlanChange[] {
  const lists = compareLists(a.medications, b.medications, (medication) => medication.id);
  const stopped = (events: readonly { readonly kind: string }[]) => events.at(-1)?.kind === "stop";
  return [
    ...lists.removed.map((entry): PlanChange => ({ kind: "medication-removed", id: entry.key, path: ["medications", entry.index], material: true })),
    ...lists.added.map((entry): PlanChange => ({ kind: "medication-started", id: entry.key, path: ["medications", entry.index], material: true })),
    ...lists.kept
      .filter(({ before, after }) => !same(before.item, after.item))
      .map(({ before, after }): PlanChange => ({
        kind: stopped(after.item.events) && !stopped(before.item.events) ? "medication-stopped" : "medication-changed",
        id: after.key,
        path: ["medications", after.index],
        material: true,
      })),
  ];
}

function diagnosisChanges(a: TreatmentPlan, b: TreatmentPlan): PlanChange[] {
  const lists = compareLists(a.diagnoses, b.diagnoses, (diagnosis) => diagnosis.code.toUpperCase());
  return [
    ...lists.removed.map((entry): PlanChange => ({ kind: "diagnosis-removed", id: entry.key, path: ["diagnoses", entry.index], material: true })),
    ...lists.added.map((entry): PlanChange => ({ kind: "diagnosis-added", id: entry.key, path: ["diagnoses", entry.index], material: true })),
    ...lists.kept
      .filter(({ before, after }) => !same(before.item, after.item))
      .map(({ after }): PlanChange => ({ kind: "diagnosis-changed", id: after.key, path: ["diagnoses", after.index], material: true })),
  ];
}

/** Plan-wide parts compared as a whole: the field, the change it is, and whether it is material. */
const WHOLE_PARTS = [
  ["id", "id-changed", false],
  ["status", "status-changed", false],
  ["programType", "program-type-changed", true],
  ["period", "period-changed", true],
  ["timeZone", "time-zone-changed", false],
  ["participant", "participant-changed", false],
  ["risk", "risk-changed", false],
  ["careTeam", "care-team-changed", false],
  ["dischargeCriteria", "discharge-criteria-changed", false],
  ["family", "family-changed", false],
  ["reviews", "reviews-changed", false],
  ["assessments", "assessments-changed", false],
  ["aftercare", "aftercare-changed", false],
  ["coverage", "coverage-changed", true],
  ["attendance", "attendance-changed", false],
  ["transitions", "level-of-care-changed", true],
] as const satisfies readonly (readonly [keyof TreatmentPlan, PlanChangeKind, boolean])[];

/** What of the recurring appointments a payer counts: the minutes, cadence and day of each. */
function appointmentLoad(plan: TreatmentPlan): string {
  return JSON.stringify((plan.schedule.appointments ?? []).map((visit) => [visit.minutes, visit.everyWeeks, visit.day ?? null]).sort());
}

/**
 * Compares two versions of a plan: an RFC 6902 JSON Patch that turns `a` into `b` (apply it to a
 * JSON copy of `a`), and the clinical changes by id, each marked `material` when a payer's
 * concurrent review would care (see {@link PlanChange}). Neither plan is modified.
 *
 * @param a - the earlier version
 * @param b - the later version
 * @returns the patch and the clinical changes; both empty when the plans are equal
 * @throws `InputError` when either argument cannot be read as a parsed plan (parse unknown data
 *   with `safeParsePlan` first: it answers with findings)
 * @category Plan
 * @example
 * ```ts
 * const edited = updatePlan(plan, (draft) => {
 *   draft.diagnoses.push({ code: "F41.1" });
 * });
 * const diff = edited.success ? diffPlans(plan, edited.data) : undefined;
 * diff?.changes.map((change) => `${change.kind} ${change.id} ${change.material}`); //=> ["diagnosis-added F41.1 true"]
 * diff?.patch; //=> [{ op: "add", path: "/diagnoses/-", value: { code: "F41.1" } }]
 * ```
 */
export function diffPlans(a: TreatmentPlan, b: TreatmentPlan): PlanDiff {
  return guardValue("plans", () => {
    const patch = createPatch(a, b, longListPatch);
    if (patch.length === 0) return { patch, changes: [] };
    const appointments: PlanChange[] = same(a.schedule.appointments, b.schedule.appointments)
      ? []
      : [{ kind: "appointments-changed", id: "appointments", path: ["schedule", "appointments"], material: appointmentLoad(a) !== appointmentLoad(b) }];
    return {
      patch,
      changes: [
        ...WHOLE_PARTS.filter(([field]) => !same(a[field], b[field])).map(([field, kind, material]): PlanChange => ({ kind, id: field, path: [field], material })),
        ...diagnosisChanges(a, b),
        ...problemChanges(a, b),
        ...sessionChanges(a, b),
        ...appointments,
        ...medicationChanges(a, b),
      ],
    };
  });
}
