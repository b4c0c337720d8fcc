// The main job: build a plan from the standard IOP template, then check it and the two example
// plans in examples/plans/ and print each report.
import { readFileSync } from "node:fs";
import { checkPlan, formatPath, templates, type CheckReport } from "iopkit";

function printReport(title: string, report: CheckReport): void {
  const { error, warning, info } = report.counts;
  console.log(`\n${title}: ${report.ok ? "ok" : "NOT ok"} (${error} errors, ${warning} warnings, ${info} infos)`);
  for (const finding of report.findings) {
    console.log(`  ${finding.severity.padEnd(7)} ${finding.rule.padEnd(30)} ${formatPath(finding.path)}`);
    console.log(`          ${finding.message}`);
  }
}

const built = templates.standardIop({
  id: "plan-from-template",
  participantId: "participant-0001",
  admitted: "2026-03-09",
  days: ["mon", "wed", "fri"],
  start: "09:00",
  timeZone: "America/New_York",
  ageGroup: "adult",
  diagnoses: [{ code: "F33.1" }],
});
if (!built.success) throw new Error("the template should always build");
printReport("Plan from templates.standardIop", checkPlan(built.data));

for (const file of ["valid-plan.json", "broken-plan.json"]) {
  const input: unknown = JSON.parse(readFileSync(new URL(`./plans/${file}`, import.meta.url), "utf8"));
  const report = checkPlan(input, { asOf: "2026-03-30" });
  printReport(`examples/plans/${file}`, report);
}
