import { ageOn } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../types";

type AgeGroup = TreatmentPlan["participant"]["ageGroup"];

/** The params of a mismatch: the age at admission, the day, the boundary and both age groups as codes. */
type Mismatch = {
  readonly actual: number;
  readonly admitted: string;
  readonly adultFromAge: number;
  readonly expected: AgeGroup;
  readonly ageGroup: AgeGroup;
};

/** The participant's age group agrees with the age at admission. */
export const ageGroupMismatch = defineRule({
  code: "plan/age-group-mismatch",
  summary:
    "With a birth date, the participant's age group agrees with the age at admission (adult from adultFromAge years): the age group sets the weekly minimum, so a wrong one changes the hours the program must give.",
  defaultSeverity: "error",
  params: ["adultFromAge"],
  source: "ASAM Criteria level 2.1 and SAMHSA TIP 47 (separate adult and adolescent hours); the age boundary is a clinic default",
  messages: {
    default: (p: Mismatch) =>
      `The participant is ${p.actual} at admission (${p.admitted}), an ${p.expected} (adult from ${p.adultFromAge}), but is marked ${p.ageGroup}.`,
  },
  check({ plan, params }) {
    const { ageGroup, birthDate } = plan.participant;
    if (birthDate === undefined) return [];
    const { admitted } = plan.period;
    const age = ageOn(birthDate, admitted);
    const expected: AgeGroup = age >= params.adultFromAge ? "adult" : "adolescent";
    if (expected === ageGroup) return [];
    return [
      {
        path: ["participant", "ageGroup"],
        params: { actual: age, admitted, adultFromAge: params.adultFromAge, expected, ageGroup },
      },
    ];
  },
});
