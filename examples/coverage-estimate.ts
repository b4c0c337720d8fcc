// What will the participant pay? A commercial plan with $500 of deductible left, 20% coinsurance
// and $1,000 of out-of-pocket room, at $450 a program day; and where the authorization stands.
import { readFileSync } from "node:fs";
import { authorizationStatus, estimateCost, parsePlan, serviceDays } from "iopkit";

const plan = parsePlan(JSON.parse(readFileSync(new URL("./plans/valid-plan.json", import.meta.url), "utf8")));

const estimate = estimateCost(plan);
if (!estimate.success) throw new Error("the example plan has cost-sharing terms");
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
console.log(`${estimate.data.billedDays} program days, allowed ${dollars(estimate.data.allowedCents)}, participant pays ${dollars(estimate.data.participantPaysCents)}`);
for (const day of estimate.data.days.slice(0, 4)) console.log(day.date, dollars(day.participantPaysCents));

const status = authorizationStatus(plan, { asOf: "2026-03-30" });
if (status.success) console.log(`authorization: ${status.data.usedDays} used, ${status.data.remainingDays} left, review in ${status.data.daysToNextReview} days`);

const days = serviceDays(plan, { from: "2026-03-09", to: "2026-03-09" });
if (days.success) console.log(days.data[0]?.codes, days.data[0]?.services.map((service) => `${service.kind} ${service.codes.join("/")}`));
