import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath, parsePlan, type TreatmentPlan } from "../../src/index";
import { FHIR_EXTENSIONS, fromFhir, toFhir, type Bundle } from "../../src/fhir";
import { withEdits } from "../helpers/plans";
import { arbPlanWithHistory, emptyListsPlan, unusualPlan } from "./plans";
import { runs } from "../helpers/runs";

function bundleOf(plan: TreatmentPlan, options?: Parameters<typeof toFhir>[1]): Bundle {
  const written = toFhir(plan, options);
  if (!written.success) throw new Error(`toFhir failed: ${JSON.stringify(written.findings)}`);
  return written.data;
}

/** Every `reference` string anywhere in a value. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === "reference" && typeof child === "string" ? [child] : referencesIn(child)));
}

const reference = parsePlan(JSON.parse(readFileSync("test/fixtures/reference-plan.json", "utf8")));

describe("fromFhir(toFhir(plan))", () => {
  it("gives back every generated plan exactly, with its attendance and transitions, with no finding", () => {
    const { numRuns } = runs(1000);
    let records = 0;
    let transitions = 0;
    fc.assert(
      fc.property(arbPlanWithHistory(), (plan) => {
        records += plan.attendance?.length ?? 0;
        transitions += plan.transitions?.length ?? 0;
        const read = fromFhir(bundleOf(plan));
        expect(read).toStrictEqual({ success: true, data: plan, findings: [] });
      }),
      { numRuns },
    );
    // About 10 attendance records and one transition in two plans: the history is really exercised.
    expect(records).toBeGreaterThan(10 * numRuns);
    expect(transitions).toBeGreaterThan(numRuns / 2);
  }, 600_000);

  it("gives back the reference plan, also when the Bundle went through JSON and carries Appointments", () => {
    const bundle = JSON.parse(JSON.stringify(bundleOf(reference, { appointments: { from: "2026-03-02", to: "2026-03-31" } })));
    expect(fromFhir(bundle)).toStrictEqual({ success: true, data: reference, findings: [] });
  });

  it("gives back a plan whose lists are empty wherever it allows, an assessment without items among them, though the Bundle omits empty elements", () => {
    const plan = emptyListsPlan();
    expect(fromFhir(JSON.parse(JSON.stringify(bundleOf(plan))))).toStrictEqual({ success: true, data: plan, findings: [] });
  });

  it("keeps what generated plans never hold: empty optional lists, a discharge, a stated end, a session past midnight, visits with a set time, odd attendance records", () => {
    const plan = unusualPlan();
    const bundle = bundleOf(plan);
    const session = (bundle.entry[1]!.resource as { activity: { detail: { extension: { url: string }[]; scheduledTiming: { repeat: { dayOfWeek: string[]; timeOfDay: string[] } } } }[] }).activity.filter((activity) =>
      activity.detail.extension.some((extension) => extension.url === FHIR_EXTENSIONS.session),
    );
    expect(session.at(0)!.detail.scheduledTiming.repeat).toMatchObject({ dayOfWeek: [plan.schedule.sessions[0]!.day], timeOfDay: ["22:00:00"] });
    expect(session.some((activity) => activity.detail.scheduledTiming.repeat.timeOfDay[0]! < "22:00:00")).toBe(true);
    expect(fromFhir(bundle)).toStrictEqual({ success: true, data: plan, findings: [] });
  });
});

describe("toFhir", () => {
  const bundle = bundleOf(reference, { appointments: { from: "2026-03-02", to: "2026-03-08" } });

  it("writes a transaction whose entries have distinct urn:uuid full URLs and a POST request", () => {
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "transaction" });
    const urls = bundle.entry.map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of bundle.entry) {
      expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(entry.request).toMatchObject({ method: "POST", url: entry.resource.resourceType });
    }
  });

  it("resolves every reference inside the Bundle", () => {
    const urls = new Set(bundle.entry.map((entry) => entry.fullUrl));
    const references = referencesIn(bundle);
    expect(references.length).toBeGreaterThan(100);
    expect(references.filter((target) => !urls.has(target))).toEqual([]);
  });

  it("is deterministic: the same plan gives the same Bundle, another plan other URLs", () => {
    expect(bundleOf(reference, { appointments: { from: "2026-03-02", to: "2026-03-08" } })).toStrictEqual(bundle);
    const other = bundleOf(withEdits(reference, (draft) => void (draft.id = "plan-other")));
    expect(other.entry[0]!.fullUrl).not.toBe(bundle.entry[0]!.fullUrl);
  });

  it("names the participant by identifier only, creating the Patient only if none has it", () => {
    const patient = bundle.entry[0]!;
    expect(patient.resource).not.toHaveProperty("name");
    expect(patient.request.ifNoneExist).toBe("identifier=https%3A%2F%2Fiopkit.dev%2Ffhir%2Fidentifier%2Fparticipant|participant-ref");
    const carePlan = bundle.entry[1]!.resource as { subject: unknown; text: { div: string } };
    expect(carePlan.subject).toEqual({ reference: patient.fullUrl, type: "Patient", identifier: { system: "https://iopkit.dev/fhir/identifier/participant", value: "participant-ref" } });
    const mrn = bundleOf(reference, { participantSystem: "urn:oid:2.16.840.1.113883.19.5" });
    expect(mrn.entry[0]!.resource).toMatchObject({ identifier: [{ system: "urn:oid:2.16.840.1.113883.19.5", value: "participant-ref" }] });
    expect(fromFhir(mrn)).toMatchObject({ success: true, findings: [] });
  });

  it("writes a narrative with counts and codes, never the plan's free text", () => {
    const texts = bundle.entry.flatMap((entry) => ("text" in entry.resource && entry.resource.text ? [entry.resource.text.div] : []));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("3 diagnoses, 4 problems");
    for (const statement of reference.problems.map((problem) => problem.statement)) for (const text of texts) expect(text).not.toContain(statement);
  });

  it("codes the weekly program: CPT or HCPCS where exactly one code applies, the zone (R4 tz-code) on every timing's start and the plan's", () => {
    const activities = (bundle.entry[1]!.resource as { activity: { detail: { code: { coding: { system: string; code: string }[] }; scheduledTiming?: Record<string, any> } }[] }).activity;
    const codings = activities.flatMap((activity) => activity.detail.code.coding.slice(1).map((coding) => `${coding.system.split("/").at(-1)} ${coding.code}`));
    // Medication management has four E/M codes to choose from, so none is written for it.
    expect(new Set(codings)).toEqual(new Set(["cpt 90853", "cpt 90834", "cpt 90847"]));
    const timed = activities.filter((activity) => activity.detail.scheduledTiming?.repeat.duration !== undefined);
    for (const activity of timed) {
      expect(activity.detail.scheduledTiming!.extension).toBeUndefined();
      expect(activity.detail.scheduledTiming!.repeat).toMatchObject({
        boundsPeriod: { start: "2026-03-02", _start: { extension: [{ url: "http://hl7.org/fhir/StructureDefinition/tz-code", valueCode: "America/New_York" }] } },
        durationUnit: "min",
      });
    }
    expect((bundle.entry[1]!.resource as { period: unknown }).period).toEqual({
      start: "2026-03-02",
      _start: { extension: [{ url: "http://hl7.org/fhir/StructureDefinition/tz-code", valueCode: "America/New_York" }] },
      end: reference.period.plannedDischarge,
    });
    const medicare = bundleOf(withEdits(reference, (draft) => void (draft.coverage!.payer = "medicare")));
    expect(JSON.stringify(medicare.entry[1]!.resource)).toContain('"code":"G0410"');
  });

  it("writes HCPCS codes in the system HL7 terminology and US Core name, and reads back a Bundle written with the older https one", () => {
    const plan = withEdits(reference, (draft) => void (draft.coverage!.payer = "medicare"));
    const text = JSON.stringify(bundleOf(plan));
    expect(text).toContain('{"system":"http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets","code":"G0410"}');
    expect(text).not.toContain("https://www.cms.gov");
    const older = JSON.parse(text.replaceAll("http://www.cms.gov/", "https://www.cms.gov/"));
    expect(fromFhir(older)).toStrictEqual({ success: true, data: plan, findings: [] });
  });

  it("writes PHQ-9 and GAD-7 totals under their LOINC codes and each item as a component", () => {
    const observations = bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === "Observation" && resource.category !== undefined);
    const phq9 = observations.find((observation) => observation.resourceType === "Observation" && observation.code.text === "PHQ-9")!;
    expect(phq9).toMatchObject({ code: { coding: [{ system: "http://loinc.org", code: "44261-6" }] }, category: [{ coding: [{ code: "survey" }] }] });
    const gad7 = observations.find((observation) => observation.resourceType === "Observation" && observation.code.text === "GAD-7")!;
    expect(gad7).toMatchObject({ code: { coding: [{ code: "70274-6" }] } });
    if (gad7.resourceType !== "Observation") throw new Error("not an Observation");
    expect(gad7.component).toHaveLength(7);
    expect(gad7.valueInteger).toBe(gad7.component!.reduce((sum, component) => sum + component.valueInteger, 0));
  });

  it("writes each attendance record as an ambulatory Encounter of the Patient, based on the CarePlan", () => {
    const plan = unusualPlan();
    const written = bundleOf(plan, { appointments: { from: "2026-03-09", to: "2026-03-15" } });
    const urls = new Set(written.entry.map((entry) => entry.fullUrl));
    expect(referencesIn(written).filter((target) => !urls.has(target))).toEqual([]);
    const encounters = written.entry.flatMap((entry) => (entry.resource.resourceType === "Encounter" ? [entry.resource] : []));
    expect(encounters).toHaveLength(plan.attendance!.length);
    const carePlan = written.entry[1]!.fullUrl;
    for (const encounter of encounters) {
      expect(encounter).toMatchObject({ class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB" }, subject: { reference: written.entry[0]!.fullUrl, type: "Patient" } });
      expect(encounter.extension).toContainEqual({ url: "http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.basedOn", valueReference: { reference: carePlan, type: "CarePlan" } });
    }
    const view = encounters.map(({ status, period, length, appointment, extension }) => ({
      status,
      period,
      minutes: length?.value,
      appointment: appointment !== undefined,
      record: Object.fromEntries(extension!.find((item) => item.url === FHIR_EXTENSIONS.attendance)!.extension!.map((part) => [part.url, part.valueDate ?? part.valueCode ?? part.valueInteger])),
    }));
    expect(view).toEqual([
      { status: "finished", period: { start: "2026-03-09T22:00:00-04:00", end: "2026-03-10T01:00:00-04:00" }, minutes: undefined, appointment: true, record: { date: "2026-03-09", status: "attended", session: 0 } },
      { status: "finished", period: { start: "2026-03-11T09:00:00-04:00" }, minutes: 45, appointment: true, record: { date: "2026-03-11", status: "partial" } },
      { status: "cancelled", period: undefined, minutes: undefined, appointment: true, record: { date: "2026-03-13", status: "absent-excused", session: 2 } },
      { status: "cancelled", period: undefined, minutes: undefined, appointment: true, record: { date: "2026-03-14", status: "absent-unexcused", appointment: 0 } },
      { status: "cancelled", period: undefined, minutes: undefined, appointment: false, record: { date: "2026-03-16", status: "cancelled-by-programme", session: 0 } },
      { status: "finished", period: { start: "2026-03-16T22:00:00-04:00", end: "2026-03-17T01:00:00-04:00" }, minutes: undefined, appointment: false, record: { date: "2026-03-16", status: "attended", session: 0 } },
      { status: "finished", period: { start: "2026-03-17" }, minutes: undefined, appointment: false, record: { date: "2026-03-17", status: "attended" } },
    ]);
    expect(fromFhir(JSON.parse(JSON.stringify(written)))).toStrictEqual({ success: true, data: plan, findings: [] });
  });

  it("writes the changes of level of care as CarePlan extensions, in order", () => {
    const plan = withEdits(unusualPlan(), (draft) => void draft.transitions!.unshift({ date: "2026-03-09", from: "partial-hospitalization", to: "intensive-outpatient", reason: "Stable." }));
    const carePlan = bundleOf(plan).entry[1]!.resource as { extension: { url: string; extension?: { url: string; valueDate?: string; valueCode?: string; valueString?: string }[] }[] };
    const transitions = carePlan.extension.filter((item) => item.url === FHIR_EXTENSIONS["level-transition"]);
    expect(transitions.map((item) => item.extension!.map((part) => part.valueDate ?? part.valueCode ?? part.valueString))).toEqual([
      ["2026-03-09", "partial-hospitalization", "intensive-outpatient", "Stable."],
      ["2026-03-30", "intensive-outpatient", "outpatient", "Goals met."],
    ]);
    expect(fromFhir(bundleOf(plan))).toStrictEqual({ success: true, data: plan, findings: [] });
  });

  it("answers a bad plan and bad options with findings", () => {
    expect(toFhir({ ...reference, timeZone: "Mars/Base" } as TreatmentPlan)).toMatchObject({ success: false, findings: [{ path: ["timeZone"] }] });
    expect(toFhir(reference, { appointments: { from: "2026-03-09", to: "soon" as never } })).toMatchObject({ success: false, findings: [{ rule: "engine/invalid-option", path: ["to"] }] });
    expect(toFhir(reference, { appointments: { from: "2026-03-09", to: "2026-03-01" } })).toMatchObject({ success: false, findings: [{ rule: "engine/invalid-option", path: ["from"] }] });
    expect(toFhir(reference, null as never)).toMatchObject({ success: false });
    expect(toFhir(null as never)).toMatchObject({ success: false });
  });

  it("answers text FHIR strings cannot hold (control characters but tab and line breaks) with an error at each field, never echoing it", () => {
    const plan = withEdits(reference, (draft) => {
      draft.dischargeCriteria[1] = "Aftercare\u000bbooked.";
      draft.careTeam[0]!.credentials = "MD\u0001";
      draft.dischargeCriteria[0] = "Goals met:\n\tall of them.\r\n";
    });
    const written = toFhir(plan);
    expect(written.success).toBe(false);
    const findings = written.success ? [] : written.findings;
    expect(findings.map((finding) => `${finding.rule} ${formatPath(finding.path)}`)).toEqual(["fhir/invalid-string careTeam[0].credentials", "fhir/invalid-string dischargeCriteria[1]"]);
    for (const finding of findings) expect(JSON.stringify(finding)).not.toMatch(/Aftercare|booked|MD/);
    const tabsAndBreaks = withEdits(plan, (draft) => {
      draft.dischargeCriteria[1] = "Aftercare booked.";
      draft.careTeam[0]!.credentials = "MD";
    });
    expect(fromFhir(bundleOf(tabsAndBreaks))).toStrictEqual({ success: true, data: tabsAndBreaks, findings: [] });
  });

  it("does not change the plan it writes", () => {
    const frozen = structuredClone(reference);
    toFhir(Object.freeze(frozen));
    expect(frozen).toStrictEqual(reference);
  });
});

describe("fromFhir on input that is not iopkit's", () => {
  it("never throws, whatever it is given", () => {
    const bundle = bundleOf(reference);
    const mangled = fc.tuple(fc.nat({ max: bundle.entry.length - 1 }), fc.anything()).map(([index, junk]) => {
      const copy = structuredClone(bundle) as unknown as { entry: { resource: Record<string, unknown> }[] };
      const resource = copy.entry[index]!.resource;
      const keys = Object.keys(resource).filter((key) => key !== "resourceType");
      resource[keys[index % keys.length]!] = junk;
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mangled), (input) => {
        const read = fromFhir(input);
        expect(read.findings.every((finding) => typeof finding.rule === "string" && Array.isArray(finding.path))).toBe(true);
      }),
      runs(500),
    );
    const hostile = new Proxy({}, { get: () => { throw new Error("no"); } });
    expect(fromFhir(hostile)).toMatchObject({ success: false, findings: [{ rule: "fhir/unreadable" }] });
  });

  it("reports each basedOn that resolves to nothing once, at its own path, however many CarePlans there are", () => {
    const carePlans = 3_000;
    const entry = Array.from({ length: carePlans }, (_, index) => ({
      fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      resource: { resourceType: "CarePlan", status: "active", intent: "plan", basedOn: [{ reference: `CarePlan/missing-${index}` }] },
    }));
    const read = fromFhir({ resourceType: "Bundle", type: "collection", entry });
    const dangling = read.findings.filter((finding) => formatPath(finding.path).endsWith(".basedOn[0].reference"));
    expect(dangling.map((finding) => formatPath(finding.path))).toEqual(entry.map((_, index) => `entry[${index}].resource.basedOn[0].reference`));
    expect(read.findings.filter((finding) => formatPath(finding.path).endsWith("resource.reference"))).toEqual([]);
    expect(read.findings.length).toBeLessThan(carePlans + 20);
  });

  it("reads the aftercare CarePlan based on the plan's, and is not misled by a status or risk code that names an object's property", () => {
    const bundle = bundleOf(reference);
    const read = fromFhir(bundle);
    expect(read.success && read.data.aftercare).toEqual(reference.aftercare);
    const mangled = structuredClone(bundle) as unknown as { entry: { resource: Record<string, unknown> }[] };
    const main = mangled.entry.find((item) => item.resource.resourceType === "CarePlan" && item.resource.basedOn === undefined)!;
    main.resource.status = "constructor";
    const renamed = fromFhir(mangled);
    expect(renamed.success && renamed.data.status).toBe("draft");
    expect(renamed.findings.map((finding) => finding.variant)).toContain("noStatus");
  });

  it("answers a value that is not a Bundle, and a Bundle without a CarePlan", () => {
    expect(fromFhir({ resourceType: "Patient" })).toMatchObject({ success: false, findings: [{ rule: "fhir/not-a-bundle" }] });
    expect(fromFhir({ resourceType: "Bundle", entry: [{ resource: { resourceType: "Patient" } }, {}] })).toMatchObject({
      success: false,
      findings: [{ rule: "fhir/unmapped", path: ["entry", 1] }, { rule: "fhir/no-care-plan" }],
    });
  });
});
