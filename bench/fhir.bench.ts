import type { TreatmentPlan } from "../src/index";
import { fhir } from "./package";

const { fromFhir, toFhir } = fhir;
import { measure, medianOf, type Section } from "./harness";

/** toFhir and fromFhir on the reference plan, beside JSON.stringify of the same plan. */
export async function fhirBench(smoke: boolean, reference: TreatmentPlan): Promise<Section> {
  const written = toFhir(reference);
  if (!written.success || !fromFhir(written.data).success) throw new Error("bench plan must round-trip");
  const bundle = written.data;
  const cases = await measure(
    {
      "JSON.stringify(plan)": () => JSON.stringify(reference),
      "toFhir(plan)": () => toFhir(reference),
      "fromFhir(bundle)": () => fromFhir(bundle),
    },
    smoke,
  );
  const stringify = medianOf(cases, "JSON.stringify(plan)");
  return {
    title: `FHIR export of the reference plan (${bundle.entry.length} resources)`,
    cases,
    ratios: [
      { name: "toFhir / JSON.stringify(plan)", value: medianOf(cases, "toFhir(plan)") / stringify },
      { name: "fromFhir / JSON.stringify(plan)", value: medianOf(cases, "fromFhir(bundle)") / stringify },
    ],
  };
}
