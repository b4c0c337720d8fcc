import type { Day } from "../core/calendar";
import { seriesItems, type DatedRecord, type ObligationItem } from "../core/obligations";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyParamName, PolicyParams } from "../policy/params";
import type { DueItemInfo, DueSeries, LabKind, Protocol, ProtocolId } from "./due";

/** A protocol's item with where it stands, before it is shaped for a caller. */
export type ProtocolItem = ObligationItem<DueItemInfo> & { readonly protocol: ProtocolId };

type LocatedRecord = { review: TreatmentPlan["reviews"][number]; record: DatedRecord };

/** The located records of each plan already walked: plans are immutable, so they are read once per plan. */
const recordsByPlan = new WeakMap<TreatmentPlan, readonly LocatedRecord[]>();

/** The recorded psychiatric reviews and labs of a plan, in date order, with the labs each drew. */
function recordsOf(plan: TreatmentPlan): readonly LocatedRecord[] {
  const known = recordsByPlan.get(plan);
  if (known !== undefined) return known;
  const records = plan.reviews
    .map((review, index) => ({ review, record: { date: review.date, path: ["reviews", index] } }))
    .filter(({ review }) => review.kind !== "plan")
    .sort((a, b) => (a.review.date < b.review.date ? -1 : a.review.date > b.review.date ? 1 : (a.record.path[1] as number) - (b.record.path[1] as number)));
  recordsByPlan.set(plan, records);
  return records;
}

/** The records that can satisfy a stream's items: psychiatric reviews, or labs that drew one of its labs. */
function recordsFor(records: readonly LocatedRecord[], series: DueSeries): DatedRecord[] {
  const { kind, labs } = series.item;
  return records
    .filter(({ review }) => (kind === "psychiatric" ? review.kind === "psychiatric" : review.kind === "lab" && (review.labs ?? []).some((lab: LabKind) => labs?.includes(lab))))
    .map(({ record }) => record);
}

/** The key items sort by: due day, then medication, then labs. */
function sortKey(item: ProtocolItem): string {
  return `${item.due} ${item.medicationId ?? ""} ${item.labs?.join("|") ?? ""}`;
}

/**
 * One protocol's due items from admission to `to`, sorted by due day, each with where it stands
 * on `asOf` (items before admission only set the pace of a series). Each stream's items
 * take the recorded reviews up to `asOf` in date order, one per item (a lab only items that need
 * a lab it drew); one review can serve an item of every stream.
 */
export function dueItems<Param extends PolicyParamName>(
  protocol: Protocol<ProtocolId, string, Param>,
  plan: TreatmentPlan,
  params: Pick<PolicyParams, Param>,
  asOf: Day,
  to: Day,
): ProtocolItem[] {
  const records = recordsOf(plan);
  const { admitted } = plan.period;
  const keyed = protocol
    .generate({ plan, params, to })
    .flatMap((series) => seriesItems({ ...series, records: recordsFor(records, series), item: { ...series.item, protocol: protocol.id } }, asOf, to))
    .filter((item) => item.due >= admitted)
    .map((item) => ({ item, key: sortKey(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}
