// Two weeks before the planned discharge: what does the aftercare plan still need, and what
// skeleton would the team start from?
import { aftercareReadiness, draftAftercarePlan, templates } from "iopkit";

const built = templates.standardIop({
  id: "plan-aftercare",
  participantId: "participant-0011",
  admitted: "2026-03-09",
  days: ["mon", "wed", "thu"],
  start: "13:00",
  timeZone: "America/Chicago",
  ageGroup: "adolescent",
  diagnoses: [{ code: "F32.1" }],
  family: { involvement: "planned", consent: true },
  medications: [{ id: "med-1", name: "fluoxetine", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }],
});
if (!built.success) throw new Error("the template should build");

const readiness = aftercareReadiness(built.data, { asOf: "2026-04-20" });
if (!readiness.success) throw new Error("asOf and the policy should be valid");
console.log(`${readiness.data.daysToDischarge} days to discharge; still to arrange:`);
for (const entry of readiness.data.missing) console.log(`- ${entry.message}`);
const skeleton = draftAftercarePlan(built.data, { asOf: "2026-04-20" });
if (skeleton.success) console.log(skeleton.data);
