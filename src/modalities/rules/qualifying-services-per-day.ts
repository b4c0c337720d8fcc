import { defineRule } from "../../core/rule";
import { careItemsOfPlan } from "../care-items";
import { isQualifyingService } from "../catalog";

/** The params of a day short of services: how many it has and the policy's minimum. */
type Short = { readonly actual: number; readonly required: number };

/** Each program day carries enough qualifying services for the per-diem. */
export const qualifyingServicesPerDay = defineRule({
  code: "modality/qualifying-services-per-day",
  summary:
    "Each program day has at least servicesPerDayMin services (the therapy activities of its sessions plus weekly appointments set on that weekday; Medicare qualifying services only when weeklyMinutes.qualifyingOnly).",
  defaultSeverity: "warning",
  params: ["servicesPerDayMin", "weeklyMinutes"],
  source:
    "Medicare IOP per-diem payment tiers for 3 and for 4 or more services a day (CY2024 OPPS): a payment tier, not a coverage floor, so the minimum is the policy's choice (unconfirmed as a requirement); nahri.org (RHC/FQHC: a List A service each day)",
  messages: {
    qualifying: (p: Short, words) =>
      `This program day has ${words.count(p.actual, { one: "qualifying service", other: "qualifying services" })}; the policy asks for ${words.number(p.required)}.`,
    therapeutic: (p: Short, words) => `This program day has ${words.count(p.actual, { one: "service", other: "services" })}; the policy asks for ${words.number(p.required)}.`,
  },
  check({ plan, params, derive }) {
    const items = derive(careItemsOfPlan);
    const findings: { readonly path: (string | number)[]; readonly variant: "qualifying" | "therapeutic"; readonly params: Short }[] = [];
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
        variant: qualifyingOnly ? "qualifying" : "therapeutic",
        params: { actual, required: params.servicesPerDayMin },
      });
    });
    return findings;
  },
});
