import { defineRule, type RuleFindingDraft } from "../../core/rule";

/** Holistic practices count as therapy only when linked to a goal. */
export const holisticGoalLinked = defineRule({
  code: "modality/holistic-goal-linked",
  summary:
    "Each holistic practice (mindfulness, meditation, yoga, art, music, movement) is marked goal-linked; otherwise it is not a qualifying service (activity therapy must not be primarily recreational or diversionary).",
  defaultSeverity: "warning",
  params: ["weeklyMinutes"],
  source: "42 CFR 410.43(a)(4)(v) and 410.44 (individualized activity therapy, not recreational or diversionary); MBPM ch.6 §70.3",
  check({ plan, params }) {
    const { qualifyingOnly } = params.weeklyMinutes;
    const findings: RuleFindingDraft[] = [];
    plan.schedule.sessions.forEach((session, s) =>
      session.activities.forEach((activity, a) => {
        if (activity.kind !== "holistic" || activity.goalLinked === true) return;
        findings.push({
          path: ["schedule", "sessions", s, "activities", a, "goalLinked"],
          message: qualifyingOnly
            ? `This ${activity.practice} practice is not linked to a goal, so its ${activity.minutes} minutes are not a qualifying service and do not count toward the weekly hours.`
            : `This ${activity.practice} practice is not linked to a goal; it counts as therapy only when it serves one.`,
          params: { practice: activity.practice, minutes: activity.minutes },
        });
      }),
    );
    return findings;
  },
});
