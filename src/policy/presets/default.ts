import type { Policy } from "../types";

/**
 * General IOP norms: 3–5 program days a week, sessions of about three hours, at least 9 hours a
 * week for adults and 6 for adolescents, under 20 hours (where partial hospitalization begins).
 * Every value is documented on {@link PolicyParams}.
 *
 * @category Policies
 * @example
 * ```ts
 * defaultPolicy.params.daysPerWeek; //=> { min: 3, max: 5 }
 * ```
 */
export const defaultPolicy: Policy = {
  id: "default",
  name: "General IOP norms",
  params: {
    daysPerWeek: { min: 3, max: 5 },
    sessionMinutes: { min: 120, max: 240, targetMin: 150, targetMax: 210 },
    weeklyMinutes: {
      adult: { min: 540, max: 1199 },
      adolescent: { min: 360, max: 1199 },
      qualifyingOnly: false,
    },
    programWeeks: { min: 4, max: 12 },
    firstPlanWithinDays: 7,
    planReviewEveryDays: 30,
    recertifyEveryDays: 60,
    firstRecertifyWithinDays: 30,
    groupPerWeekMin: 2,
    groupMinutesMin: 45,
    individualEveryWeeks: 1,
    individualMinutesMin: 38,
    psychoeducationPerWeekMin: 1,
    familyEveryWeeks: 2,
    psychiatricEveryWeeks: 2,
    psychiatricCareDiagnoses: [],
    servicesPerDayMin: 3,
    reviewAfterChangeDays: 7,
    antidepressantVisitWeeks: [1, 2, 3, 4, 6, 8, 12],
    youngAdultAge: 25,
    metabolicSchedule: "ada-apa-2004",
    lithiumLevelAfterChangeDays: 7,
    lithiumLevelEveryDays: 60,
    clozapineAnc: [
      { fromMonth: 0, everyWeeks: 1 },
      { fromMonth: 6, everyWeeks: 2 },
      { fromMonth: 12, everyMonths: 1 },
    ],
    valproateLabsEveryDays: 90,
    baselineWithinDays: 7,
    measureEveryDays: 14,
    aftercareStartDaysBeforeDischarge: 14,
    followUpWithinDays: 7,
    crisisLine: "988",
    safetyPlanRiskLevels: ["low", "moderate", "high"],
    supportResourceRequired: true,
    concurrentReviewNoticeDays: 7,
    authorizationRequiredFor: ["commercial", "medicaid", "tricare"],
    psychiatricFollowUpWithinDays: 30,
    adultFromAge: 18,
    safetyPlanWithinDays: 1,
    suicideAssessmentWithinDays: 0,
    suicideScreenFromAge: 12,
    measuresFor: "everyone",
    lithiumLevelNotBeforeDays: 5,
    lithiumRenalEveryMonths: 6,
    lithiumThyroidCalciumEveryMonths: 6,
    clozapineRestartAfterDays: 30,
    valproateMonthlyLabsMonths: 6,
    valproatePregnancyTestBeforeDays: 7,
    absenceRunForOutreach: 3,
    shortWeeksForReview: 2,
    stepDownGraceWeeks: 2,
    phpIopClaimWindowDays: 0,
  },
  rules: {},
};
