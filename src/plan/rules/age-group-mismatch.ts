import { ageOn } from "../../core/calendar";
import { defineRule } from "../../core/rule";

/** The participant's age group agrees with the age at admission. */
export const ageGroupMismatch = defineRule({
  code: "plan/age-group-mismatch",
  summary:
    "With a birth date, the participant's age group agrees with the age at admission (adult from adultFromAge years): the age group sets the weekly minimum, so a wrong one changes the hours the program must give.",
  defaultSeverity: "error",
  params: ["adultFromAge"],
  source: "ASAM Criteria level 2.1 and SAMHSA TIP 47 (separate adult and adolescent hours); the age boundary is a clinic default",
  check({ plan, params }) {
    const { ageGroup, birthDate } = plan.participant;
    if (birthDate === undefined) return [];
    const { admitted } = plan.period;
    const age = ageOn(birthDate, admitted);
    const expected = age >= params.adultFromAge ? "adult" : "adolescent";
    if (expected === ageGroup) return [];
    return [
      {
        path: ["participant", "ageGroup"],
        message: `The participant is ${age} at admission (${admitted}), an ${expected} (adult from ${params.adultFromAge}), but is marked ${ageGroup}.`,
        params: { actual: age, adultFromAge: params.adultFromAge, expected },
      },
    ];
  },
});
