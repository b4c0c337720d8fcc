import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policies, type PolicyParams } from "../../src/index";

/** Each protocol's schedule in words, built from the policy parameters. */
export function scheduleTable(params: PolicyParams): string {
  const anc = params.clozapineAnc
    .map((phase) => `from month ${phase.fromMonth}: every ${"everyWeeks" in phase ? `${phase.everyWeeks} week(s)` : `${phase.everyMonths} month(s)`}`)
    .join("; ");
  const rows: [string, string, string][] = [
    ["`routine-psychiatric`", `a review ${params.psychiatricEveryWeeks * 7} days after admission, then ${params.psychiatricEveryWeeks * 7} days after the last review, while a medication is taken`, "`psychiatricEveryWeeks`"],
    ["`review-after-change`", `a review from the day after each start, dose change or stop, by day ${params.reviewAfterChangeDays}`, "`reviewAfterChangeDays`"],
    [
      "`antidepressant-young`",
      `under ${params.youngAdultAge}: visits at weeks ${params.antidepressantVisitWeeks.join(", ")} after each start or dose change`,
      "`youngAdultAge`, `antidepressantVisitWeeks`",
    ],
    ["`antipsychotic-metabolic`", `weight, waist, blood pressure, glucose and lipids from each start, on the \`${params.metabolicSchedule}\` schedule`, "`metabolicSchedule`"],
    [
      "`lithium-level`",
      `a level from day ${params.lithiumLevelNotBeforeDays} to day ${params.lithiumLevelAfterChangeDays} after each start or dose change, then every ${params.lithiumLevelEveryDays} days from the last level; renal function at the start and every ${params.lithiumRenalEveryMonths} months; thyroid and calcium at the start and every ${params.lithiumThyroidCalciumEveryMonths} months`,
      "`lithiumLevelNotBeforeDays`, `lithiumLevelAfterChangeDays`, `lithiumLevelEveryDays`, `lithiumRenalEveryMonths`, `lithiumThyroidCalciumEveryMonths`",
    ],
    [
      "`clozapine-anc`",
      `a baseline ANC at each start, then ${anc}, each from the last count; after ${params.clozapineRestartAfterDays} or more days off, the weekly phase again`,
      "`clozapineAnc`, `clozapineRestartAfterDays`",
    ],
    [
      "`valproate-labs`",
      `liver function and blood count at the start, monthly for ${params.valproateMonthlyLabsMonths} months, then every ${params.valproateLabsEveryDays} days; a level every ${params.valproateLabsEveryDays} days; a pregnancy test from ${params.valproatePregnancyTestBeforeDays} days before the start where the participant can become pregnant`,
      "`valproateLabsEveryDays`, `valproateMonthlyLabsMonths`, `valproatePregnancyTestBeforeDays`",
    ],
  ];
  return ["| protocol | schedule under the default policy | parameters |", "|---|---|---|", ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

describe("docs/psychiatric-care.md", () => {
  it("shows each protocol's schedule as the default parameters give it", () => {
    const doc = readFileSync("docs/psychiatric-care.md", "utf8");
    const table = /<!-- schedules:start -->\n([\s\S]*?)\n<!-- schedules:end -->/.exec(doc)?.[1];
    expect(table).toBe(scheduleTable(policies.default.params));
  });
});
