import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPlan, formatPath } from "../../src/index";
import { FHIR_EXTENSIONS, fromFhir } from "../../src/fhir";

const bundle: unknown = JSON.parse(readFileSync("test/fhir/fixtures/foreign-care-plan.json", "utf8"));

describe("a CarePlan Bundle another EHR would send", () => {
  const imported = fromFhir(bundle);

  it("imports into a plan: ICD-10-CM diagnosis, other Conditions as problems, Goals with their dated targets, the medication", () => {
    if (!imported.success) throw new Error(JSON.stringify(imported.findings));
    const plan = imported.data;
    expect(plan).toMatchObject({
      id: "CP-77",
      status: "active",
      participant: { id: "MRN-004471", ageGroup: "adult", birthDate: "1984-02-11" },
      period: { admitted: "2026-03-09", plannedDischarge: "2026-05-01" },
      diagnoses: [{ code: "F33.1" }],
      problems: [
        {
          id: "dx-2",
          statement: "Insomnia",
          goals: [
            { id: "goal-1", statement: "Reduce depressive symptoms", objectives: [{ targetDate: "2026-04-24", measure: { instrument: "PHQ-9", target: { op: "<", value: 10 } } }] },
            { id: "goal-2", statement: "Sleep through the night", objectives: [] },
          ],
        },
      ],
      medications: [{ id: "ms-5", name: "sertraline", class: "other", events: [{ date: "2026-02-20", kind: "start" }] }],
      careTeam: [],
      schedule: { sessions: [] },
    });
    expect(JSON.stringify(plan)).not.toContain("Example");
  });

  it("answers each gap as a finding at its FHIR path", () => {
    const gaps = imported.findings.map((finding) => `${finding.rule} ${formatPath(finding.path)}`);
    expect(gaps).toEqual([
      "fhir/unmapped entry[3].resource.code",
      "fhir/unmapped entry[5].resource.target",
      "fhir/unmapped entry[1].resource.activity[0]",
      "fhir/unmapped entry[1].resource.extension",
      "fhir/unmapped entry[1].resource.extension",
      "fhir/unmapped entry[0].resource.extension",
      "fhir/unmapped entry[6].resource.participant[0].role",
      "fhir/unmapped entry[7].resource.extension",
      "fhir/unmapped entry[8].resource.component",
    ]);
    expect(imported.findings.every((finding) => finding.severity === "warning")).toBe(true);
  });

  it("reads another system's finished Encounters as attended records and answers the others at their FHIR paths", () => {
    const encounter = (fields: Record<string, unknown>) => ({ resource: { resourceType: "Encounter", class: { code: "AMB" }, subject: { reference: "Patient/8812" }, ...fields } });
    const withEncounters = {
      ...(bundle as { entry: unknown[] }),
      entry: [
        ...(bundle as { entry: unknown[] }).entry,
        encounter({ status: "finished", period: { start: "2026-03-09T09:00:00-04:00", end: "2026-03-09T12:00:00-04:00" } }),
        encounter({ status: "cancelled", period: { start: "2026-03-11T09:00:00-04:00" } }),
        encounter({ status: "finished" }),
        encounter({ status: 42, period: "soon", extension: "none", length: { value: "long" } }),
      ],
    };
    const read = fromFhir(withEncounters);
    if (!read.success) throw new Error(JSON.stringify(read.findings));
    expect(read.data.attendance).toEqual([{ date: "2026-03-09", status: "attended" }]);
    expect(read.findings.slice(imported.findings.length).map((finding) => formatPath(finding.path))).toEqual([
      "entry[10].resource.status",
      "entry[11].resource.period.start",
      "entry[12].resource.status",
    ]);
    const report = checkPlan(read.data, { asOf: "2026-03-20" });
    expect(report.findings.some((finding) => formatPath(finding.path) === "attendance[0]")).toBe(true);
  });

  it("answers an iopkit attendance extension with parts missing as findings, not a throw", () => {
    const broken = {
      ...(bundle as { entry: unknown[] }),
      entry: [...(bundle as { entry: unknown[] }).entry, { resource: { resourceType: "Encounter", status: "finished", class: { code: "AMB" }, extension: [{ url: FHIR_EXTENSIONS.attendance, extension: [{ url: "status", valueCode: "late" }] }] } }],
    };
    const read = fromFhir(broken);
    expect(read.success).toBe(false);
    expect(read.findings.filter((finding) => finding.severity === "error").map((finding) => formatPath(finding.path))).toEqual(["attendance[0].date", "attendance[0].status"]);
  });

  it("gives a plan that checkPlan judges, with findings for what the Bundle lacked", () => {
    if (!imported.success) throw new Error("import failed");
    const report = checkPlan(imported.data, { asOf: "2026-03-20" });
    const rules = new Set(report.findings.filter((finding) => finding.severity === "error").map((finding) => finding.rule));
    // No discharge criteria, no sessions, a goal without target, no prescriber role, a PHQ-9 total without its items.
    for (const lacking of ["plan/discharge-criteria", "schedule/weekly-hours", "plan/goal-has-objective", "medication/prescriber-on-team", "measures/baseline-recorded"]) expect(rules).toContain(lacking);
    expect(report.ok).toBe(false);
  });
});
