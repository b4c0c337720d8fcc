import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { careItemsOfPlan } from "../care-items";
import { isQualifyingService } from "../catalog";

/** Each program day carries enough qualifying services for the per-diem. */
export const qualifyingServicesPerDay = defineRule({
  code: "modality/qualifying-services-per-day",
  summary:
    "Each program day has at least servicesPerDayMin services (the therapy activities of its sessions plus weekly appointments set on that weekday; Medicare qualifying services only when weeklyMinutes.qualifyingOnly).",
  defaultSeverity: "warning",
  params: ["servicesPerDayMin", "weeklyMinutes"],
  source: "Medicare IOP per diem: APC tiers for 3 and for 4 or more services a day (CY2024 OPPS); nahri.org (a List A service each day)",
  check({ plan, params, derive }) {
    const items = derive(careItemsOfPlan);
    const findings: RuleFindingDraft[] = [];
    const { qualifyingOnly } = params.weeklyMinutes;
    const reported = new Set<string>();
    plan.schedule.sessions.forEach((session, s) => {
      if (reported.has(session.day)) return;
      reported.add(session.day);
      let actual = 0;
      for (const item of items) {
        const counts = qualifyingOnly ? isQualifyingService(item.info) : item.info.therapeutic;
        if (counts && item.day === session.day && (item.sessionIndex !== undefined || item.perWeek === 1)) actual += 1;
      }
      if (actual >= params.servicesPerDayMin) return;
      findings.push({
        path: ["schedule", "sessions", s],
        message: `This program day has ${actual} ${qualifyingOnly ? "qualifying " : ""}services; the policy asks for ${params.servicesPerDayMin}.`,
        params: { actual, required: params.servicesPerDayMin },
      });
    });
    return findings;
  },
});
