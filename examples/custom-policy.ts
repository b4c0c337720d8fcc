// A clinic's own policy: extend Medicare IOP, run four days at most, and make goals in the
// participant's own words an error. A misspelt rule code is reported with a suggestion.
import { definePolicy, policies, safeDefinePolicy, validatePlan } from "iopkit";
import { readFileSync } from "node:fs";
import { parsePlan } from "iopkit";

const clinic = definePolicy({
  id: "riverside-medicare",
  name: "Riverside IOP (Medicare)",
  extends: policies.medicareIop,
  params: { daysPerWeek: { max: 4 } },
  rules: { "plan/goal-own-words": "error" },
});
console.log(clinic.params.daysPerWeek, clinic.params.planReviewEveryDays);

const plan = parsePlan(JSON.parse(readFileSync(new URL("./plans/valid-plan.json", import.meta.url), "utf8")));
console.log(validatePlan(plan, { policy: clinic }).counts);

const typo = safeDefinePolicy({ rules: { "plan/dischage-criteria": "error" } });
if (typo.success) throw new Error("a misspelt rule code must be reported");
console.log(typo.findings[0]?.message);
