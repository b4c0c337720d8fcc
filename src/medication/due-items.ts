import type { Day } from "../core/calendar";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyParamName, PolicyParams } from "../policy/params";
import type { DueDraft, Protocol, ProtocolId } from "./due";
import type { ReviewDue, ReviewStatus } from "./reviews";

/** Orders a protocol's items by due day, then by stream. */
function compareDrafts(a: DueDraft, b: DueDraft): number {
  return (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0);
}

/** Whether a recorded review can satisfy a due item. */
function canSatisfy(review: TreatmentPlan["reviews"][number], item: DueDraft): boolean {
  if (review.date < item.opensOn) return false;
  if (item.kind === "psychiatric") return review.kind === "psychiatric";
  return review.kind === "lab" && (review.labs ?? []).some((lab) => item.labs?.includes(lab));
}

/**
 * One protocol's due items from admission to `to`, sorted by due day, each with where it stands
 * on `asOf`. Recorded reviews up to `asOf` are matched in date order: each satisfies, in every
 * stream it can, the earliest open item (a lab only items that need that lab).
 */
export function dueItems<Param extends PolicyParamName>(
  protocol: Protocol<ProtocolId, string, Param>,
  plan: TreatmentPlan,
  params: Pick<PolicyParams, Param>,
  asOf: Day,
  to: Day,
): ReviewDue[] {
  const drafts = protocol.generate({ plan, params, from: plan.period.admitted, to }).sort(compareDrafts);

  const satisfiedBy: (number | undefined)[] = new Array(drafts.length);
  const recorded = plan.reviews
    .map((review, index) => ({ review, index }))
    .filter(({ review }) => review.date <= asOf && review.kind !== "plan")
    .sort((a, b) => (a.review.date < b.review.date ? -1 : a.review.date > b.review.date ? 1 : a.index - b.index));
  // Positions of psychiatric and of lab items, so a review only looks at items of its kind.
  const positionsByKind = { psychiatric: [] as number[], lab: [] as number[] };
  drafts.forEach((item, position) => positionsByKind[item.kind].push(position));
  for (const { review, index } of recorded) {
    const served = new Set<string>();
    for (const position of positionsByKind[review.kind === "lab" ? "lab" : "psychiatric"]) {
      const item = drafts[position]!;
      if (satisfiedBy[position] !== undefined || served.has(item.stream) || !canSatisfy(review, item)) continue;
      satisfiedBy[position] = index;
      served.add(item.stream);
    }
  }

  return drafts.map((item, position): ReviewDue => {
    const by = satisfiedBy[position];
    const status: ReviewStatus = by !== undefined ? "done" : asOf < item.opensOn ? "upcoming" : asOf <= item.due ? "due" : "overdue";
    return {
      due: item.due,
      window: { from: item.opensOn, to: item.due },
      kind: item.kind,
      ...(item.labs ? { labs: item.labs } : {}),
      reason: item.reason,
      protocol: protocol.id,
      ...(item.medicationId !== undefined ? { medicationId: item.medicationId } : {}),
      status,
      ...(by !== undefined ? { satisfiedBy: by } : {}),
    };
  });
}
