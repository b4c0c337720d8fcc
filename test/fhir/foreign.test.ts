import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPlan, formatPath, parsePlan, suggestActivityCodes, type Activity, type Finding } from "../../src/index";
import { FHIR_EXTENSIONS, fromFhir, toFhir } from "../../src/fhir";
import { BILLED_ACTIVITIES } from "../../src/fhir/vocabulary";

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

  it("resolves version-specific references (`Patient/8812/_history/3`, by `Type/id` or full URL) to the resources the Bundle holds", () => {
    const versioned = structuredClone(bundle) as { entry: { resource: Record<string, any> }[] };
    const carePlan = versioned.entry[1]!.resource;
    carePlan.subject = { reference: "Patient/8812/_history/3" };
    carePlan.addresses = carePlan.addresses.map(({ reference }: { reference: string }) => ({ reference: `${reference}/_history/1` }));
    carePlan.careTeam = [{ reference: "https://ehr.example.org/fhir/CareTeam/team-3/_history/2" }];
    expect(fromFhir(versioned)).toStrictEqual(imported);
  });

  it("answers each gap as a finding at its FHIR path", () => {
    const gaps = imported.findings.map((finding) => `${finding.rule} ${formatPath(finding.path)}`);
    expect(gaps).toEqual([
      "fhir/unmapped entry[3].resource.code",
      "fhir/unmapped entry[5].resource.target",
      "fhir/unmapped entry[1].resource.activity[0]",
      "fhir/unmapped entry[1].resource.extension",
      "fhir/unmapped entry[1].resource.period.start",
      "fhir/unmapped entry[0].resource.extension",
      "fhir/unmapped entry[6].resource.participant[0].role",
      "fhir/unmapped entry[7].resource.extension",
      "fhir/unmapped entry[8].resource.component",
    ]);
    expect(imported.findings.every((finding) => finding.severity === "warning")).toBe(true);
  });

  it("answers another system's Encounters at their FHIR paths, and takes none as attendance in a plan without sessions", () => {
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
    expect(read.data.attendance).toBeUndefined();
    expect(read.findings.slice(imported.findings.length).map((finding) => `${formatPath(finding.path)} ${finding.variant}`)).toEqual([
      "entry[10].resource.status encounterNotAttendance",
      "entry[11].resource.period.start encounterNotAttendance",
      "entry[12].resource.status encounterNotAttendance",
      "entry[9].resource.period.start encounterOutsideSchedule",
    ]);
  });

  it("answers an iopkit attendance extension with parts missing as errors at the extension, naming the plan field, not a throw", () => {
    const broken = {
      ...(bundle as { entry: unknown[] }),
      entry: [...(bundle as { entry: unknown[] }).entry, { resource: { resourceType: "Encounter", status: "finished", class: { code: "AMB" }, extension: [{ url: FHIR_EXTENSIONS.attendance, extension: [{ url: "status", valueCode: "late" }] }] } }],
    };
    const read = fromFhir(broken);
    expect(read.success).toBe(false);
    const errors = read.findings.filter((finding) => finding.severity === "error");
    expect(errors.map((finding) => `${formatPath(finding.path)} ${finding.params?.planPath}`)).toEqual(["entry[9].resource.extension[0] attendance[0].date", "entry[9].resource.extension[0] attendance[0].status"]);
  });

  it("reads a weekly Timing of an activity with a CPT or HCPCS code as sessions, each day at each time, and answers a timing it cannot map", () => {
    const timed = (coding: Record<string, string>, repeat: Record<string, unknown>) => ({ detail: { kind: "Appointment", code: { coding: [coding] }, status: "scheduled", scheduledTiming: { repeat } } });
    const weekly = { boundsPeriod: { start: "2026-03-09", end: "2026-05-01" }, frequency: 1, period: 1, periodUnit: "wk", duration: 180, durationUnit: "min" };
    const scheduled = structuredClone(bundle) as Entries;
    scheduled.entry[1]!.resource.activity = [
      timed({ system: "http://www.ama-assn.org/go/cpt", code: "90853", display: "Group psychotherapy" }, { ...weekly, dayOfWeek: ["mon", "wed", "fri"], timeOfDay: ["09:00:00"] }),
      timed({ system: "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", code: "G0410" }, { ...weekly, dayOfWeek: ["tue"], timeOfDay: ["09:00:00", "18:30:00"], duration: 60 }),
      timed({ system: "http://www.ama-assn.org/go/cpt", code: "90792" }, { ...weekly, period: 2, dayOfWeek: ["thu"], timeOfDay: ["10:00:00"], duration: 60 }),
      timed({ system: "http://www.ama-assn.org/go/cpt", code: "90834" }, { ...weekly, dayOfWeek: ["thu"], duration: 45 }),
    ];
    const read = fromFhir(scheduled);
    if (!read.success) throw new Error(JSON.stringify(read.findings));
    const group = (day: string, start: string, minutes: number) => ({ day, start, activities: [{ kind: "group-therapy", minutes }] });
    expect(read.data.schedule.sessions).toStrictEqual([group("mon", "09:00", 180), group("wed", "09:00", 180), group("fri", "09:00", 180), group("tue", "09:00", 60), group("tue", "18:30", 60)]);
    const activityGaps = gaps(read.findings).filter((gap) => gap.includes("activity"));
    expect(activityGaps).toEqual(["entry[1].resource.activity[2].detail.scheduledTiming timingNotWeekly", "entry[1].resource.activity[3].detail.scheduledTiming timingNotWeekly"]);
    const rules = checkPlan(read.data, { asOf: "2026-03-20" }).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("schedule/weekly-hours");
    expect(rules).toContain("schedule/one-session-per-day");
  });

  it("reads each CPT or HCPCS code that suggestActivityCodes gives, for any length and payer, as the activity it was given for", () => {
    const activities = [
      { kind: "individual-therapy" },
      { kind: "group-therapy" },
      { kind: "family-therapy" },
      { kind: "psychiatric", service: "evaluation" },
      { kind: "psychiatric", service: "medication-management" },
      { kind: "psychoeducation" },
      { kind: "holistic", practice: "yoga" },
      { kind: "case-management" },
      { kind: "break" },
    ] as const;
    const given = new Map<string, unknown>();
    for (const activity of activities) {
      for (let minutes = 1; minutes <= 240; minutes++) {
        for (const payer of [undefined, "medicare", "medicaid"]) {
          for (const code of suggestActivityCodes({ ...activity, minutes } as Activity, payer)) given.set(code, "service" in activity ? { kind: activity.kind, service: activity.service } : { kind: activity.kind });
        }
      }
    }
    expect(Object.fromEntries(given)).toStrictEqual(BILLED_ACTIVITIES);
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

type Resource = Record<string, any>;
type Entries = { entry: { resource: Resource }[] };

const validPlan = parsePlan(JSON.parse(readFileSync("examples/plans/valid-plan.json", "utf8")));

/** A fresh JSON copy of the Bundle toFhir writes for the example plan. */
function written(): Entries {
  const result = toFhir(validPlan);
  if (!result.success) throw new Error("toFhir failed");
  return JSON.parse(JSON.stringify(result.data)) as Entries;
}

/** A Bundle with resources added at its end, and the index of the first one. */
function withAdded(base: Entries, ...resources: Resource[]): { bundle: Entries; first: number } {
  return { bundle: { ...base, entry: [...base.entry, ...resources.map((resource) => ({ resource }))] }, first: base.entry.length };
}

/** The first resource of a Bundle that matches, and its index. */
function entryWhere(bundle: Entries, match: (resource: Resource) => boolean): { resource: Resource; index: number } {
  const index = bundle.entry.findIndex((entry) => match(entry.resource));
  return { resource: bundle.entry[index]!.resource, index };
}

/** Each finding as `path variant`. */
function gaps(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${formatPath(finding.path)} ${finding.variant ?? finding.rule}`);
}

/** Another system's finished Encounter of the patient, ambulatory unless told. */
function visit(fields: Resource): Resource {
  return { resourceType: "Encounter", status: "finished", class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB" }, ...fields };
}

/** The PHQ-9 item codes another system sends (LOINC), which iopkit does not map. */
const LOINC_PHQ9_ITEMS = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"];

describe("another system's resources in a Bundle iopkit wrote", () => {
  it("leaves out an emergency Encounter, with a finding at its class, instead of making it an attended session", () => {
    const { bundle, first } = withAdded(written(), visit({ class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "EMER" }, period: { start: "2026-03-11" } }));
    const read = fromFhir(bundle);
    expect(read).toMatchObject({ success: true, data: validPlan });
    expect(gaps(read.findings)).toEqual([`entry[${first}].resource.class encounterNotAmbulatory`]);
  });

  it("takes an ambulatory Encounter as attendance only on a day the plan dates a session or visit", () => {
    const { bundle, first } = withAdded(written(), visit({ period: { start: "2026-03-10T09:00:00-04:00" } }), visit({ class: { code: "AMB" }, period: { start: "2026-03-11T09:05:00-04:00" } }));
    const read = fromFhir(bundle);
    if (!read.success) throw new Error(JSON.stringify(read.findings));
    expect(read.data.attendance).toEqual([{ date: "2026-03-11", status: "attended" }]);
    expect(gaps(read.findings)).toEqual([`entry[${first}].resource.period.start encounterOutsideSchedule`]);
  });

  it("reads the zone from R4's tz-code on a period's start, else from a timezone extension on the CarePlan; without either, UTC with a finding", () => {
    const withoutTzCode = (): Entries => JSON.parse(JSON.stringify(written()).replaceAll(/,?"_start":\{"extension":\[\{"url":"http:\/\/hl7\.org\/fhir\/StructureDefinition\/tz-code","valueCode":"[^"]+"\}\]\}/g, "")) as Entries;
    expect(JSON.stringify(withoutTzCode())).not.toContain("tz-code");
    const plan = entryWhere(withoutTzCode(), (resource) => resource.resourceType === "CarePlan");
    const zoned = withoutTzCode();
    const carePlan = zoned.entry[plan.index]!.resource as { extension: unknown[] };
    carePlan.extension = [...carePlan.extension, { url: "http://hl7.org/fhir/StructureDefinition/timezone", valueCode: validPlan.timeZone }];
    expect(fromFhir(zoned)).toMatchObject({ success: true, data: validPlan });
    const unzoned = fromFhir(withoutTzCode());
    expect(unzoned).toMatchObject({ success: true, data: { timeZone: "UTC" } });
    expect(gaps(unzoned.findings)).toContain(`entry[${plan.index}].resource.period.start noTimeZone`);
  });

  it("dates a visit by its start in the plan's time zone, not by the first ten characters of the text", () => {
    // 20:30 on Friday 13 March in New York, and 17:00 on Tuesday 10 March there (no session), sent in other offsets.
    const { bundle, first } = withAdded(written(), visit({ period: { start: "2026-03-14T00:30:00.000Z" } }), visit({ period: { start: "2026-03-11T06:00:00+09:00" } }));
    const read = fromFhir(bundle);
    if (!read.success) throw new Error(JSON.stringify(read.findings));
    expect(read.data.attendance).toEqual([{ date: "2026-03-13", status: "attended" }]);
    expect(gaps(read.findings)).toEqual([`entry[${first + 1}].resource.period.start encounterOutsideSchedule`]);
  });

  it("leaves out each resource entered in error, with a finding at its status, so a voided medication triggers no monitoring", () => {
    const lithium = (status: string) => ({ resourceType: "MedicationStatement", status, medicationCodeableConcept: { text: "lithium" }, effectivePeriod: { start: "2026-03-10" } });
    const active = fromFhir(withAdded(written(), lithium("active")).bundle);
    expect(active.success && active.data.medications.map((medication) => medication.name)).toEqual(["sertraline", "lithium"]);

    const base = written();
    const carePlan = base.entry[1]!.resource;
    const voidedDiagnosis = { fullUrl: "urn:uuid:voided-diagnosis", resource: { resourceType: "Condition", verificationStatus: { coding: [{ code: "entered-in-error" }] }, code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "F31.9" }] } } };
    carePlan.addresses.push({ reference: voidedDiagnosis.fullUrl });
    const appointments = carePlan.activity.flatMap((activity: Resource, index: number) => (activity.detail.extension.some((item: Resource) => item.url === FHIR_EXTENSIONS.appointment) ? [index] : []));
    carePlan.activity[appointments[0]].detail.status = "entered-in-error";
    const phq9 = entryWhere(base, (resource) => resource.resourceType === "Observation" && resource.code.text === "PHQ-9");
    const voidedForm = { ...structuredClone(phq9.resource), status: "entered-in-error", effectiveDateTime: "2026-03-12" };
    const objective = entryWhere(base, (resource) => resource.resourceType === "Goal" && resource.target?.[0]?.detailQuantity !== undefined);
    const voidedGoal = { ...structuredClone(objective.resource), lifecycleStatus: "entered-in-error" };
    const attendance = { url: FHIR_EXTENSIONS.attendance, extension: [{ url: "date", valueDate: "2026-03-09" }, { url: "status", valueCode: "attended" }] };
    const voidedRecord = visit({ status: "entered-in-error", extension: [attendance] });
    const followUp = entryWhere(base, (resource) => resource.resourceType === "ServiceRequest" && resource.status === "active");
    followUp.resource.status = "entered-in-error";
    const { bundle, first } = withAdded(base, lithium("entered-in-error"), voidedForm, voidedGoal, voidedRecord);
    bundle.entry.push(voidedDiagnosis);

    const read = fromFhir(bundle);
    if (!read.success) throw new Error(JSON.stringify(read.findings));
    const aftercare = { ...validPlan.aftercare!, components: validPlan.aftercare!.components.slice(1) };
    expect(read.data).toStrictEqual({ ...validPlan, schedule: { ...validPlan.schedule, appointments: validPlan.schedule.appointments!.slice(1) }, aftercare });
    expect(gaps(read.findings)).toEqual([
      `entry[${followUp.index}].resource.status enteredInError`,
      `entry[${first}].resource.status enteredInError`,
      `entry[${first + 1}].resource.status enteredInError`,
      `entry[${first + 2}].resource.lifecycleStatus enteredInError`,
      `entry[${first + 3}].resource.status enteredInError`,
      `entry[${first + 4}].resource.verificationStatus enteredInError`,
      `entry[1].resource.activity[${appointments[0]}].detail.status enteredInError`,
    ]);
    expect(checkPlan(read.data, { asOf: "2026-03-20" }).findings.filter((finding) => finding.rule.startsWith("medication/"))).toEqual(
      checkPlan(validPlan, { asOf: "2026-03-20" }).findings.filter((finding) => finding.rule.startsWith("medication/")),
    );
  });

  it("leaves out a diagnosis refuted, an assessment cancelled and a medication not taken, each with a finding at its status", () => {
    const base = written();
    const carePlan = base.entry[1]!.resource;
    const refuted = { fullUrl: "urn:uuid:refuted-diagnosis", resource: { resourceType: "Condition", verificationStatus: { coding: [{ code: "refuted" }] }, code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "F20.9" }] } } };
    carePlan.addresses.push({ reference: refuted.fullUrl });
    const phq9 = entryWhere(base, (resource) => resource.resourceType === "Observation" && resource.code.text === "PHQ-9");
    const cancelledForm = { ...structuredClone(phq9.resource), status: "cancelled", effectiveDateTime: "2026-03-12" };
    const notTaken = { resourceType: "MedicationStatement", status: "not-taken", medicationCodeableConcept: { text: "clozapine" }, effectivePeriod: { start: "2026-03-10" } };
    const { bundle, first } = withAdded(base, cancelledForm, notTaken);
    bundle.entry.push(refuted);
    const read = fromFhir(bundle);
    expect(read).toMatchObject({ success: true, data: validPlan });
    expect(gaps(read.findings)).toEqual([`entry[${first}].resource.status notAsserted`, `entry[${first + 1}].resource.status notAsserted`, `entry[${first + 2}].resource.verificationStatus notAsserted`]);
  });

  it("reads no plan from a Bundle whose treatment CarePlan is entered in error, not even its aftercare plan", () => {
    const bundle = written();
    bundle.entry[1]!.resource.status = "entered-in-error";
    const read = fromFhir(bundle);
    expect(read.success).toBe(false);
    expect(gaps(read.findings)).toEqual(["entry[1].resource.status enteredInError", "entry fhir/no-care-plan"]);
  });

  it("keeps an objective whose target quantity has no comparator, without its measure, with a finding at the quantity", () => {
    const bundle = written();
    const objective = entryWhere(bundle, (resource) => resource.resourceType === "Goal" && resource.target?.[0]?.detailQuantity !== undefined);
    delete objective.resource.target[0].detailQuantity.comparator;
    const read = fromFhir(bundle);
    if (!read.success) throw new Error(JSON.stringify(read.findings));
    const { measure, ...rest } = validPlan.problems[0]!.goals[0]!.objectives[1]!;
    expect(measure).toBeDefined();
    expect(read.data.problems[0]!.goals[0]!.objectives[1]).toStrictEqual(rest);
    expect(gaps(read.findings)).toEqual([`entry[${objective.index}].resource.target[0].detailQuantity targetNotComparable`]);
  });

  it("keeps an objective whose target measures something else, without a measure, with a finding at the measure", () => {
    const foreign = structuredClone(bundle) as Entries;
    foreign.entry[4]!.resource.target[0].measure = { coding: [{ system: "http://loinc.org", code: "29463-7" }], text: "Body weight" };
    const read = fromFhir(foreign);
    expect(read.success && read.data.problems[0]!.goals[0]!.objectives).toEqual([{ id: "goal-1-1", statement: "Reduce depressive symptoms", targetDate: "2026-04-24", interventions: [] }]);
    expect(gaps(read.findings)).toContain("entry[4].resource.target[0].measure targetNotInstrument");
  });

  it("answers a value the plan cannot hold with an error at the FHIR path it was read from, naming the plan field", () => {
    const foreign = structuredClone(bundle) as Entries;
    foreign.entry[4]!.resource.target[0].dueDate = "2026-02-30";
    const read = fromFhir(foreign);
    expect(read.success).toBe(false);
    const errors = read.findings.filter((finding) => finding.severity === "error");
    expect(errors.map((finding) => `${formatPath(finding.path)} ${finding.params?.planPath}`)).toEqual(["entry[4].resource.target[0] problems[0].goals[0].objectives[0].targetDate"]);
  });

  it("reads an ICD-10-CM code sent without its dot as the code with its dot", () => {
    const foreign = structuredClone(bundle) as Entries;
    foreign.entry[2]!.resource.code.coding[0].code = "F331";
    const read = fromFhir(foreign);
    expect(read.success && read.data.diagnoses).toEqual([{ code: "F33.1" }]);
  });

  it("leaves out a PHQ-9 whose components are LOINC items iopkit does not map, total too, with a finding saying so", () => {
    const foreign = structuredClone(bundle) as Entries;
    foreign.entry[8]!.resource.component = LOINC_PHQ9_ITEMS.map((code) => ({ code: { coding: [{ system: "http://loinc.org", code }] }, valueInteger: 2 }));
    const read = fromFhir(foreign);
    expect(read.success && read.data.assessments).toBeUndefined();
    expect(gaps(read.findings)).toContain("entry[8].resource.component itemsNotKnown");
  });

  it("keeps a form's iopkit items and answers each other component, and a total without items, with a finding", () => {
    const base = written();
    const phq9 = entryWhere(base, (resource) => resource.resourceType === "Observation" && resource.code.text === "PHQ-9");
    const withExtra = structuredClone(phq9.resource);
    withExtra.component.push({ code: { coding: [{ system: "http://loinc.org", code: LOINC_PHQ9_ITEMS[0] }] }, valueInteger: 1 });
    const totalOnly = { ...structuredClone(phq9.resource), component: [], effectiveDateTime: "2026-03-12" };
    const { bundle: both, first } = withAdded(base, withExtra, totalOnly);
    both.entry.splice(phq9.index, 1);
    const read = fromFhir(both);
    if (!read.success) throw new Error(JSON.stringify(read.findings));
    expect(read.data.assessments).toHaveLength(validPlan.assessments!.length);
    expect(read.data.assessments!.at(-1)).toStrictEqual(validPlan.assessments!.find((assessment) => assessment.date === phq9.resource.effectiveDateTime && assessment.instrument === "PHQ-9"));
    expect(gaps(read.findings)).toEqual([`entry[${first - 1}].resource.component[9].code componentNotItem`, `entry[${first}].resource.component observationWithoutItems`]);
  });
});
