import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFinding, type Finding } from "../../src/index";
import { FHIR_MESSAGES, fromFhir, toFhir } from "../../src/fhir";
import { fhirFinding } from "../../src/fhir/messages";
import { fhirEs } from "../../src/locales/es/fhir";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, spanish } from "./catalog-checks";

const es = spanish(fhirEs);
const foreign: unknown = JSON.parse(readFileSync("test/fhir/fixtures/foreign-care-plan.json", "utf8"));

const findingsOf = (result: { success: boolean; findings?: readonly Finding[] }): readonly Finding[] => result.findings ?? [];

/** A plan whose text FHIR strings cannot hold: a blank id and a control character. */
const unwritable = withEdits(cleanPlan(), (draft) => {
  draft.participant.id = " ";
  draft.dischargeCriteria.push("Goals met.\u0007");
});

/** The findings of iopkit/fhir that its own catalog writes. */
function fhirFindings(): Finding[] {
  const bundle = toFhir(cleanPlan(), { participantSystem: "urn:test" });
  const exported = bundle.success ? (bundle.data as unknown as { entry: { resource: { resourceType: string } }[] }) : undefined;
  const withoutCarePlan = exported && { ...exported, entry: exported.entry.filter((entry) => entry.resource.resourceType !== "CarePlan") };
  const withEmptyEntry = exported && { ...exported, entry: [...exported.entry, {}] };
  const own = (finding: Finding) => Object.hasOwn(FHIR_MESSAGES, finding.rule) && Object.hasOwn(FHIR_MESSAGES[finding.rule as keyof typeof FHIR_MESSAGES], finding.variant ?? "default");
  return [
    ...findingsOf(fromFhir({ resourceType: "Patient" })),
    ...findingsOf(fromFhir(withoutCarePlan)),
    ...findingsOf(fromFhir(withEmptyEntry)),
    ...findingsOf(fromFhir(foreign)),
    ...findingsOf(fromFhir(new Proxy({}, { get: () => { throw new Error("unreadable"); } }))),
    ...findingsOf(toFhir(cleanPlan(), 3 as never)),
    ...findingsOf(toFhir(cleanPlan(), { participantSystem: "a b", appointments: 3 } as never)),
    ...findingsOf(toFhir(unwritable)),
  ].filter(own);
}

describe("FHIR messages", () => {
  const findings = fhirFindings();

  it("the Spanish catalog has every code and variant of the English one, and no other", () => {
    expect(keysOf(fhirEs)).toEqual(keysOf(FHIR_MESSAGES));
  });

  it("findings of real inputs are written from their code and variant, in English and in Spanish", () => {
    expect(new Set(findings.map(keyOf))).toEqual(
      new Set(["fhir/not-a-bundle#default", "fhir/no-care-plan#default", "fhir/unreadable#default", "fhir/unmapped#emptyEntry", "engine/invalid-option#notObject", "engine/invalid-option#participantSystem", "engine/invalid-option#appointments", "fhir/invalid-string#default", "fhir/invalid-string#blank", ...findings.filter((finding) => finding.rule === "fhir/unmapped").map(keyOf)]),
    );
    expect(findings.filter((finding) => finding.rule === "fhir/unmapped").length).toBeGreaterThan(1);
    expectWrittenFromParams(findings, es);
  });

  it("every variant of the catalog is written in Spanish, differently from the English", () => {
    const every = Object.entries(FHIR_MESSAGES).flatMap(([code, set]) =>
      Object.keys(set).map((variant) => fhirFinding(code as "fhir/unmapped", "warning", ["entry", 0], { variant } as never)),
    );
    expectWrittenFromParams(every, es);
    expect(formatFinding(every[0]!, { locale: es })).toBe("La entrada no es un Bundle de FHIR.");
  });
});
