import { flatMap } from "../core/arrays";
import { byDate, type Day } from "../core/calendar";
import { windowItems, type DatedRecord, type ObligationItem } from "../core/obligations";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyParamName, PolicyParams } from "../policy/params";
import { ENGLISH, wordsFor } from "../core/messages";
import { dueReason, type DueItemInfo, type DueSeries, type LabKind, type Protocol, type ProtocolId } from "./due";

/** A protocol's item with where it stands, before it is shaped for a caller. */
export type ProtocolItem = ObligationItem<DueItemInfo & { readonly protocol: ProtocolId }>;

/** English words for the reasons items are due. */
const english = wordsFor(ENGLISH, []);

/** Why an item is due, in English: the reason the callers that list items show with each. */
export function englishReason(item: ProtocolItem): string {
  return dueReason(item, english);
}

/**
 * A plan's psychiatric reviews, and its labs by the lab they drew, each list in date order: what
 * the protocols' items are matched against, read once for all the protocols of a check.
 */
export interface PlanRecords {
  readonly psychiatric: readonly DatedRecord[];
  readonly byLab: ReadonlyMap<LabKind, readonly DatedRecord[]>;
  /** The merged lists of the sets of labs streams asked for so far, by their labs joined with `|`. */
  readonly byLabs: Map<string, readonly DatedRecord[]>;
}

/** Orders a plan's reviews by date, and reviews of one day as the plan lists them. */
function byDateThenPlace(a: DatedRecord, b: DatedRecord): number {
  return byDate(a, b) || (a.path[1] as number) - (b.path[1] as number);
}

/** The recorded psychiatric reviews and labs of a plan, in date order, grouped by what they satisfy. */
export function planRecords(plan: TreatmentPlan): PlanRecords {
  const dated: DatedRecord[] = [];
  plan.reviews.forEach((review, index) => {
    if (review.kind !== "plan") dated.push({ date: review.date, path: ["reviews", index] });
  });
  dated.sort(byDateThenPlace);
  const psychiatric: DatedRecord[] = [];
  const byLab = new Map<LabKind, DatedRecord[]>();
  for (const record of dated) {
    const review = plan.reviews[record.path[1] as number]!;
    if (review.kind === "psychiatric") psychiatric.push(record);
    if (review.kind !== "lab") continue;
    const labs = review.labs ?? [];
    labs.forEach((lab, index) => {
      if (labs.indexOf(lab) !== index) return;
      const drawn = byLab.get(lab);
      if (drawn === undefined) byLab.set(lab, [record]);
      else drawn.push(record);
    });
  }
  return { psychiatric, byLab, byLabs: new Map<string, readonly DatedRecord[]>() };
}

/** The records that can satisfy a stream's items: psychiatric reviews, or labs that drew one of its labs. */
function recordsFor(records: PlanRecords, series: DueSeries): readonly DatedRecord[] {
  const { kind, labs = [] } = series.item;
  if (kind === "psychiatric") return records.psychiatric;
  if (labs.length === 1) return records.byLab.get(labs[0]!) ?? [];
  const key = labs.join("|");
  const known = records.byLabs.get(key);
  if (known !== undefined) return known;
  const merged = [...new Set(flatMap(labs, (lab) => records.byLab.get(lab) ?? []))].sort(byDateThenPlace);
  records.byLabs.set(key, merged);
  return merged;
}

/** The labs of an item, written as one string. */
function labsKey(item: ProtocolItem): string {
  return item.labs?.join("|") ?? "";
}

/** What orders items due on the same day: medication, then labs, written as one string. */
function tieKey(item: ProtocolItem): string {
  return `${item.medicationId ?? ""} ${labsKey(item)}`;
}

/**
 * Orders items by due day, then medication, then labs, as their keys `due medication labs` compare
 * as strings. Every due day has the same length, so the key of the rest is written only for items
 * due on the same day, and items of one medication share its prefix, so theirs compare by labs alone.
 */
function byDueThenTie(a: ProtocolItem, b: ProtocolItem): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  const key = a.medicationId === b.medicationId ? labsKey : tieKey;
  const first = key(a);
  const second = key(b);
  return first < second ? -1 : first > second ? 1 : 0;
}

/**
 * One protocol's due items from admission to `to`, sorted by due day, each with where it stands
 * on `asOf` (items before admission only set the pace of a series). Each stream's items
 * take the recorded reviews up to `asOf` in date order, one per item (a lab only items that need
 * a lab it drew); one review can serve an item of every stream. `records` are the plan's, from
 * {@link planRecords}, and `classes` its medications' effective classes, from `medicationClasses`.
 */
export function dueItems<Param extends PolicyParamName>(
  protocol: Protocol<ProtocolId, string, Param>,
  plan: TreatmentPlan,
  params: Pick<PolicyParams, Param>,
  asOf: Day,
  to: Day,
  records: PlanRecords,
  classes: readonly (readonly string[])[],
): ProtocolItem[] {
  const { admitted } = plan.period;
  const items: ProtocolItem[] = [];
  /** The last record of a lab on or before a day, among those on record by `asOf`. */
  const lastLab = (lab: LabKind, onOrBefore: Day): Day | undefined => {
    let last: Day | undefined;
    for (const record of records.byLab.get(lab) ?? []) {
      if (record.date > onOrBefore || record.date > asOf) break;
      last = record.date;
    }
    return last;
  };
  for (const series of protocol.generate({ plan, params, to, classes, lastLab })) {
    // The items are new objects: each listed one is told its protocol, and a series that lists none costs no copy of its info.
    for (const one of windowItems(series, recordsFor(records, series), series.item, asOf, to, admitted)) items.push(Object.assign(one, { protocol: protocol.id }));
  }
  return items.sort(byDueThenTie);
}
