import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";
import type { HOLISTIC_PRACTICES } from "../kinds";

/** The params of an unlinked practice: its code and minutes. */
type Unlinked = { readonly practice: (typeof HOLISTIC_PRACTICES)[number]; readonly minutes: number };

/** Holistic practices count as therapy only when linked to a goal. */
export const holisticGoalLinked = defineRule({
  code: "modality/holistic-goal-linked",
  summary:
    "Each holistic practice (mindfulness, meditation, yoga, art, music, movement) is marked goal-linked; otherwise it is not a qualifying service (activity therapy must not be primarily recreational or diversionary).",
  defaultSeverity: "warning",
  params: ["weeklyMinutes"],
  source: "42 CFR 410.43(a)(4)(v) and 410.44 (individualized activity therapy, not recreational or diversionary); MBPM ch.6 §70.3",
  messages: {
    notQualifying: (p: Unlinked, words) =>
      `This ${p.practice} practice is not linked to a goal, so its ${words.number(p.minutes)} minutes are not a qualifying service and do not count toward the weekly hours.`,
    notTherapy: (p: Unlinked) => `This ${p.practice} practice is not linked to a goal; it counts as therapy only when it serves one.`,
  },
  check({ plan, params }) {
    const variant = params.weeklyMinutes.qualifyingOnly ? ("notQualifying" as const) : ("notTherapy" as const);
    return flatMap(plan.schedule.sessions, (session, s) =>
      flatMap(session.activities, (activity, a) =>
        activity.kind !== "holistic" || activity.goalLinked === true
          ? []
          : [{ path: ["schedule", "sessions", s, "activities", a, "goalLinked"], variant, params: { practice: activity.practice, minutes: activity.minutes } }],
      ),
    );
  },
});
