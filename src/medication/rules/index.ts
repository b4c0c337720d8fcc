import { MONITORING_PROTOCOLS, REVIEW_PROTOCOLS } from "../protocols";
import { classMismatch } from "./class-mismatch";
import { eventOrder } from "./event-order";
import { knownClass } from "./known-class";
import { prescriberOnTeam } from "./prescriber-on-team";
import { reviewLate } from "./review-late";

/**
 * The `medication/…` rules in catalog order. A protocol's rule (`medication/review-overdue`,
 * `medication/monitoring-lithium`, …) is declared in the protocol's file under `protocols/`;
 * `medication/review-late` reports the late items of every protocol.
 */
export const medicationRules = [
  ...REVIEW_PROTOCOLS.map((protocol) => protocol.rule),
  prescriberOnTeam,
  ...MONITORING_PROTOCOLS.map((protocol) => protocol.rule),
  knownClass,
  classMismatch,
  eventOrder,
  reviewLate,
] as const;
