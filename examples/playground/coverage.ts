/// <reference lib="dom" />
import { authorizationStatus, type Day, type Locale, type TreatmentPlan } from "iopkit";
import { el, type Child } from "./dom";
import { findingList } from "./findings";

/** "in 6 days", "today", "3 days ago". */
function relative(days: number): string {
  if (days === 0) return "today";
  const count = `${Math.abs(days)} day${Math.abs(days) === 1 ? "" : "s"}`;
  return days > 0 ? `in ${count}` : `${count} ago`;
}

/** The authorization on the as-of day (from `authorizationStatus`): authorized, used and remaining days. */
export function renderCoverage(plan: TreatmentPlan, asOf: Day | undefined, locale: "en" | Locale): Child[] {
  if (asOf === undefined) return [el("p", {}, "Set the as-of day to count the authorized days used.")];
  const status = authorizationStatus(plan, { asOf });
  if (!status.success) return [findingList(status.findings, locale)];
  const { approvedDays, scheduledDays, usedDays, remainingDays, outsideWindow, daysToNextReview, daysToExpiry } = status.data;
  return [
    el(
      "dl",
      { class: "coverage" },
      el("dt", {}, "Authorized days"),
      el("dd", {}, approvedDays ?? "not stated by the payer"),
      el("dt", {}, `Used up to ${asOf}`),
      el("dd", {}, usedDays, approvedDays !== undefined && [" ", el("progress", { max: approvedDays, value: Math.min(usedDays, approvedDays), "aria-label": `${usedDays} of ${approvedDays} authorized days used` })]),
      el("dt", {}, "Remaining days"),
      el("dd", {}, remainingDays ?? "unknown without authorized days"),
      el("dt", {}, "Program days scheduled in the authorization"),
      el("dd", {}, scheduledDays),
      el("dt", {}, "Program days outside the authorization"),
      el("dd", {}, outsideWindow.length === 0 ? "none" : `${outsideWindow.length} (from ${outsideWindow[0]})`),
      daysToNextReview !== undefined && [el("dt", {}, "Next concurrent review"), el("dd", {}, relative(daysToNextReview))],
      el("dt", {}, "Authorization ends"),
      el("dd", {}, relative(daysToExpiry)),
    ),
  ];
}
