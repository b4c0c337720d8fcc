import type { Bundle as MedplumBundle, CarePlan as MedplumCarePlan, Resource as MedplumResource } from "@medplum/fhirtypes";
import { describe, expectTypeOf, it } from "vitest";
import { fromFhir, toFhir, type Bundle, type FhirCarePlan, type FhirImport, type FhirResource } from "../../src/fhir";
import type { Result, TreatmentPlan } from "../../src/index";

declare const plan: TreatmentPlan;

describe("iopkit/fhir types", () => {
  it("a Bundle toFhir writes is a Medplum Bundle, resource by resource", () => {
    expectTypeOf<Bundle>().toExtend<MedplumBundle>();
    expectTypeOf<FhirResource>().toExtend<MedplumResource>();
    expectTypeOf<FhirCarePlan>().toExtend<MedplumCarePlan>();
    const written = toFhir(plan);
    if (written.success) expectTypeOf(written.data).toExtend<MedplumBundle>();
  });

  it("fromFhir takes anything and answers a Result of a plan", () => {
    expectTypeOf(fromFhir).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<FhirImport>().toExtend<Result<TreatmentPlan>>();
  });

  it("toFhir takes only a parsed plan", () => {
    // @ts-expect-error raw JSON is not a parsed plan
    toFhir({ schemaVersion: 1 });
  });
});
