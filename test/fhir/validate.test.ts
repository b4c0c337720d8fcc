import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan, type TreatmentPlan } from "../../src/index";
import { toFhir, type Bundle } from "../../src/fhir";
import { arbPlan } from "../../src/testing";
import { bundleErrors, requiredBindingErrors } from "./medplum";
import { unusualPlan } from "./plans";

function bundleOf(plan: TreatmentPlan, options?: Parameters<typeof toFhir>[1]): Bundle {
  const written = toFhir(plan, options);
  if (!written.success) throw new Error(`toFhir failed: ${JSON.stringify(written.findings)}`);
  return written.data;
}

const reference = parsePlan(JSON.parse(readFileSync("test/fixtures/reference-plan.json", "utf8")));
const examples = ["valid-plan", "broken-plan"].map((name) => parsePlan(JSON.parse(readFileSync(`examples/plans/${name}.json`, "utf8"))));

describe("toFhir output under Medplum's validator and the required bindings", () => {
  it("the reference plan, with two weeks of Appointments, has no error", () => {
    const bundle = bundleOf(reference, { appointments: { from: "2026-03-02", to: "2026-03-15" } });
    expect(bundle.entry.filter((entry) => entry.resource.resourceType === "Appointment")).toHaveLength(10);
    expect(bundleErrors(bundle)).toEqual([]);
  });

  it("a plan with what generated plans never hold has no error", () => {
    expect(bundleErrors(bundleOf(unusualPlan()))).toEqual([]);
  });

  it("both example plans have no error", () => {
    for (const plan of examples) expect(bundleErrors(bundleOf(plan))).toEqual([]);
  });

  it("1,000 generated plans have no error", () => {
    let resources = 0;
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const bundle = bundleOf(plan);
        resources += bundle.entry.length;
        expect(bundleErrors(bundle)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    expect(resources).toBeGreaterThan(20_000);
  }, 600_000);
});

describe("the checks themselves", () => {
  const bundle = bundleOf(reference);
  const carePlan = () => JSON.parse(JSON.stringify(bundle.entry[1]!.resource)) as Record<string, any>;

  it("Medplum's validator reports a CarePlan without a subject", () => {
    const broken = structuredClone(bundle);
    delete (broken.entry[1]!.resource as { subject?: unknown }).subject;
    expect(bundleErrors(broken).join("\n")).toMatch(/entry\[1\] CarePlan: .*subject/);
  });

  it("the binding check reports a duration unit, a weekday and statuses outside their value sets", () => {
    const plan = carePlan();
    const timing = plan.activity.find((activity: any) => activity.detail?.scheduledTiming?.repeat?.dayOfWeek).detail.scheduledTiming.repeat;
    timing.durationUnit = "minutes";
    timing.dayOfWeek = ["monday"];
    plan.status = "discontinued";
    plan.activity[0].detail.status = "planned";
    const errors = requiredBindingErrors(plan, "CarePlan");
    expect(errors.map((error) => error.split(": ")[1]!.split(" ")[0])).toEqual(["discontinued", "planned", "monday", "minutes"]);
  });

  it("the binding check reads codes of a CodeableConcept with a required binding", () => {
    const condition = JSON.parse(JSON.stringify(bundle.entry.find((entry) => entry.resource.resourceType === "Condition")!.resource));
    expect(requiredBindingErrors(condition, "Condition")).toEqual([]);
    condition.clinicalStatus.coding[0].code = "ongoing";
    expect(requiredBindingErrors(condition, "Condition")).toHaveLength(1);
  });
});
