import type { Rule } from "../../core/rule";
import { knownClass } from "./known-class";
import { monitoringAntidepressantYoung } from "./monitoring-antidepressant-young";
import { monitoringAntipsychotic, monitoringClozapine, monitoringLithium, monitoringValproate } from "./monitoring";
import { prescriberOnTeam } from "./prescriber-on-team";
import { reviewAfterChange } from "./review-after-change";
import { reviewOverdue } from "./review-overdue";

/** The `medication/…` rules in catalog order. */
export const medicationRules: readonly Rule[] = [
  reviewOverdue,
  reviewAfterChange,
  prescriberOnTeam,
  monitoringAntidepressantYoung,
  monitoringAntipsychotic,
  monitoringLithium,
  monitoringClozapine,
  monitoringValproate,
  knownClass,
];
