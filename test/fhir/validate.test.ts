import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan, type TreatmentPlan } from "../../src/index";
import { toFhir, type Bundle, type FhirEncounter } from "../../src/fhir";
import { bundleErrors, emptyElementErrors, requiredBindingErrors, valueSetCodes } from "./medplum";
import { arbPlanWithHistory, emptyListsPlan, unusualPlan } from "./plans";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

function bundleOf(plan: TreatmentPlan, options?: Parameters<typeof toFhir>[1]): Bundle {
  const written = toFhir(plan, options);
  if (!written.success) throw new Error(`toFhir failed: ${JSON.stringify(written.findings)}`);
  return written.data;
}

/** The Encounters of a Bundle. */
function encountersOf(bundle: Bundle): FhirEncounter[] {
  return bundle.entry.flatMap((entry) => (entry.resource.resourceType === "Encounter" ? [entry.resource] : []));
}

/**
 * Encounter codes outside their value sets: `status` (a required binding the walk also checks) and
 * `class`, whose binding to v3 ActEncounterCode is extensible, so the walk leaves it out.
 */
function encounterCodeErrors(bundle: Bundle): string[] {
  const statuses = valueSetCodes("http://hl7.org/fhir/ValueSet/encounter-status");
  const classes = valueSetCodes("http://terminology.hl7.org/ValueSet/v3-ActEncounterCode");
  return encountersOf(bundle).flatMap(({ status, class: coding }) => [
    ...(statuses.has(status) ? [] : [`status ${status}`]),
    ...(coding.system === "http://terminology.hl7.org/CodeSystem/v3-ActCode" && classes.has(coding.code!) ? [] : [`class ${coding.system}|${coding.code}`]),
  ]);
}

const reference = parsePlan(JSON.parse(readFileSync("test/fixtures/reference-plan.json", "utf8")));
const examples = ["valid-plan", "broken-plan"].map((name) => parsePlan(JSON.parse(readFileSync(`examples/plans/${name}.json`, "utf8"))));

describe("toFhir output under Medplum's validator and the required bindings", () => {
  it("the reference plan, with two weeks of Appointments, has no error", () => {
    const bundle = bundleOf(reference, { appointments: { from: "2026-03-02", to: "2026-03-15" } });
    expect(bundle.entry.filter((entry) => entry.resource.resourceType === "Appointment")).toHaveLength(10);
    expect(bundleErrors(bundle)).toEqual([]);
  });

  it("a plan with what generated plans never hold, attendance of every status among it, has no error", () => {
    const bundle = bundleOf(unusualPlan(), { appointments: { from: "2026-03-09", to: "2026-03-15" } });
    expect(new Set(encountersOf(bundle).map((encounter) => encounter.status))).toEqual(new Set(["finished", "cancelled"]));
    expect(bundleErrors(bundle)).toEqual([]);
    expect(encounterCodeErrors(bundle)).toEqual([]);
  });

  it("a plan whose text holds tabs and line breaks has no error, and one with another control character is not written", () => {
    const [plan] = examples;
    const text = (criterion: string) => ({ ...plan!, dischargeCriteria: [criterion] });
    expect(bundleErrors(bundleOf(text("Goals met:\n\tall of them.\r\n")))).toEqual([]);
    expect(toFhir(text("Goals met.\u000c"))).toMatchObject({ success: false, findings: [{ rule: "fhir/invalid-string", path: ["dischargeCriteria", 0] }] });
  });

  it("a plan whose lists are empty wherever it allows writes no empty array or object, and has no error", () => {
    expect(bundleErrors(bundleOf(emptyListsPlan()))).toEqual([]);
  });

  it("a plan with blank text where the plan accepts it (an id, a medication class) is not written: FHIR strings need a character other than white space", () => {
    const [plan] = examples;
    const blank = withEdits(plan!, (draft) => {
      draft.participant.id = " ";
      draft.medications[0]!.class = "\u00a0\t";
    });
    expect(toFhir(blank)).toStrictEqual({
      success: false,
      findings: [
        expect.objectContaining({ rule: "fhir/invalid-string", variant: "blank", path: ["participant", "id"] }),
        expect.objectContaining({ rule: "fhir/invalid-string", variant: "blank", path: ["medications", 0, "class"] }),
      ],
    });
    expect(bundleErrors(bundleOf(withEdits(plan!, (draft) => void (draft.participant.id = " x "))))).toEqual([]);
  });

  it("a plan in a zone whose offset was not a whole minute (Monrovia's -00:44:30 before 1972) writes its instants in UTC, and has no error", () => {
    const plan = withEdits(cleanPlan({ admitted: "1971-03-01", timeZone: "Africa/Monrovia" }), (draft) => {
      draft.attendance = [{ date: "1971-03-01", session: 0, status: "attended" }];
    });
    const bundle = bundleOf(plan, { appointments: { from: "1971-03-01", to: "1971-03-01" } });
    const [appointment] = bundle.entry.flatMap((entry) => (entry.resource.resourceType === "Appointment" ? [entry.resource] : []));
    expect(appointment).toMatchObject({ start: "1971-03-01T09:44:30Z", end: "1971-03-01T12:44:30Z" });
    expect(encountersOf(bundle)[0]!.period).toStrictEqual({ start: "1971-03-01T09:44:30Z", end: "1971-03-01T12:44:30Z" });
    expect(bundleErrors(bundle)).toEqual([]);
    expect(bundleOf(reference, { appointments: { from: "2026-03-02", to: "2026-03-02" } }).entry.find((entry) => entry.resource.resourceType === "Appointment")!.resource).toMatchObject({ start: "2026-03-02T09:00:00-05:00" });
  });

  it("both example plans have no error", () => {
    for (const plan of examples) expect(bundleErrors(bundleOf(plan))).toEqual([]);
  });

  it("1,000 generated plans, with attendance and transitions, have no error", () => {
    const { numRuns } = runs(1000);
    let resources = 0;
    let encounters = 0;
    fc.assert(
      fc.property(arbPlanWithHistory(), (plan) => {
        const bundle = bundleOf(plan);
        resources += bundle.entry.length;
        encounters += encountersOf(bundle).length;
        expect(bundleErrors(bundle)).toEqual([]);
        expect(encounterCodeErrors(bundle)).toEqual([]);
      }),
      { numRuns },
    );
    expect(resources).toBeGreaterThan(20 * numRuns);
    expect(encounters).toBeGreaterThan(10 * numRuns);
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

  it("the empty-element check reports an empty array and an empty object, at their paths", () => {
    const plan = carePlan();
    plan.goal = [];
    plan.period._start = {};
    expect(emptyElementErrors(plan, "CarePlan")).toEqual(["CarePlan.period._start: empty object", "CarePlan.goal: empty array"]);
    expect(bundleErrors({ ...bundle, entry: [{ ...bundle.entry[1]!, resource: plan }] } as never)).toEqual(expect.arrayContaining(["Bundle.entry[0].resource.goal: empty array"]));
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

  it("the checks report an Encounter status outside encounter-status and a class outside ActEncounterCode", () => {
    const bundle = bundleOf(unusualPlan());
    const encounter = bundle.entry.find((entry) => entry.resource.resourceType === "Encounter")!.resource as FhirEncounter;
    expect(valueSetCodes("http://terminology.hl7.org/ValueSet/v3-ActEncounterCode")).toEqual(new Set(["AMB", "EMER", "FLD", "HH", "IMP", "ACUTE", "NONAC", "OBSENC", "PRENC", "SS", "VR"]));
    Object.assign(encounter, { status: "no-show", class: { system: encounter.class.system, code: "_ActEncounterCode" } });
    expect(requiredBindingErrors(JSON.parse(JSON.stringify(encounter)), "Encounter")).toEqual(["Encounter.status: no-show is not in http://hl7.org/fhir/ValueSet/encounter-status|4.0.1"]);
    expect(encounterCodeErrors(bundle)).toEqual(["status no-show", "class http://terminology.hl7.org/CodeSystem/v3-ActCode|_ActEncounterCode"]);
  });

  it("the binding check reads codes of a CodeableConcept with a required binding", () => {
    const condition = JSON.parse(JSON.stringify(bundle.entry.find((entry) => entry.resource.resourceType === "Condition")!.resource));
    expect(requiredBindingErrors(condition, "Condition")).toEqual([]);
    condition.clinicalStatus.coding[0].code = "ongoing";
    expect(requiredBindingErrors(condition, "Condition")).toHaveLength(1);
  });
});
