import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding, MEDICATION_CLASSES, medicationReviews, validatePlan, type TreatmentPlan } from "../../src/index";
import { es } from "../../src/locales/es";
import { classFromName, effectiveClass, impliedProtocolClass, monitoredClasses } from "../../src/medication/formulary";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

/** The template plan (admitted 2026-03-09, a 35-year-old) with one medication instead of sertraline. */
function onMedication(name: string, medicationClass: string, start = "2026-03-09"): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.medications = [{ id: "med-1", name, class: medicationClass, events: [{ date: start, kind: "start" }] }];
  });
}

function medicationFindings(plan: TreatmentPlan, asOf?: string) {
  return validatePlan(plan, asOf === undefined ? {} : { asOf }).findings.filter((finding) => finding.rule.startsWith("medication/"));
}

describe("classFromName", () => {
  it("knows generic and brand names of each class with a protocol", () => {
    expect(["clozapine", "Clozaril", "FazaClo", "Versacloz"].map(classFromName)).toEqual(["clozapine", "clozapine", "clozapine", "clozapine"]);
    expect(["lithium carbonate", "Lithobid", "Eskalith"].map(classFromName)).toEqual(["lithium", "lithium", "lithium"]);
    expect(["divalproex sodium", "valproic acid", "sodium valproate", "Depakote", "Depakene"].map(classFromName)).toEqual(["valproate", "valproate", "valproate", "valproate", "valproate"]);
    expect(["quetiapine", "Seroquel XR", "Abilify Maintena", "Invega Sustenna", "haloperidol decanoate"].map(classFromName)).toEqual([
      "antipsychotic",
      "antipsychotic",
      "antipsychotic",
      "antipsychotic",
      "antipsychotic",
    ]);
    expect(["sertraline", "Zoloft", "Wellbutrin XL", "escitalopram oxalate", "Effexor XR"].map(classFromName)).toEqual([
      "antidepressant",
      "antidepressant",
      "antidepressant",
      "antidepressant",
      "antidepressant",
    ]);
  });

  it("knows common anxiolytics, hypnotics and stimulants", () => {
    expect(["lorazepam", "Xanax", "buspirone"].map(classFromName)).toEqual(["anxiolytic", "anxiolytic", "anxiolytic"]);
    expect(["zolpidem tartrate", "Ambien CR", "Lunesta"].map(classFromName)).toEqual(["hypnotic", "hypnotic", "hypnotic"]);
    expect(["methylphenidate", "Concerta", "mixed amphetamine salts", "dextroamphetamine", "Vyvanse"].map(classFromName)).toEqual([
      "stimulant",
      "stimulant",
      "stimulant",
      "stimulant",
      "stimulant",
    ]);
  });

  it("names every class iopkit knows except other", () => {
    const named = new Set(["clozapine", "lithium", "valproate", "quetiapine", "sertraline", "lorazepam", "zolpidem", "methylphenidate"].map(classFromName));
    expect([...named].sort()).toEqual(MEDICATION_CLASSES.filter((medicationClass) => medicationClass !== "other").sort());
  });

  it("ignores case, punctuation, salts, forms and strengths", () => {
    expect(classFromName("LITHIUM CARBONATE ER 300 MG")).toBe("lithium");
    expect(classFromName("Depakote-ER 500mg")).toBe("valproate");
    expect(classFromName("clozapine (orally disintegrating)")).toBe("clozapine");
    expect(classFromName("  risperidone/0.5 ")).toBe("antipsychotic");
  });

  it("matches whole words only", () => {
    expect(classFromName("lithiumlike")).toBeUndefined();
    expect(classFromName("prelithium")).toBeUndefined();
    expect(classFromName("clozapines")).toBeUndefined();
    expect(classFromName("added medication")).toBeUndefined();
    expect(classFromName("")).toBeUndefined();
  });

  it("with words of several classes, the class with the most monitoring wins, then the first", () => {
    expect(classFromName("sertraline with clozapine")).toBe("clozapine");
    expect(classFromName("lorazepam then quetiapine")).toBe("antipsychotic");
    expect(classFromName("quetiapine or sertraline")).toBe("antipsychotic");
    expect(classFromName("sertraline or quetiapine")).toBe("antidepressant");
  });
});

describe("effectiveClass", () => {
  it("a medicine with its own protocol named in the name wins over a stated class with less monitoring", () => {
    expect(effectiveClass({ name: "clozapine", class: "antipsychotic" })).toBe("clozapine");
    expect(effectiveClass({ name: "Lithobid", class: "mood-stabilizer" })).toBe("lithium");
    expect(effectiveClass({ name: "lithium", class: "antidepressant" })).toBe("lithium");
    expect(effectiveClass({ name: "Depakote", class: "valproate" })).toBe("valproate");
  });

  it("an antipsychotic or antidepressant name wins over a class without a protocol, not over one with a protocol", () => {
    expect(effectiveClass({ name: "quetiapine", class: "hypnotic" })).toBe("antipsychotic");
    expect(effectiveClass({ name: "trazodone", class: "other" })).toBe("antidepressant");
    expect(effectiveClass({ name: "quetiapine", class: "antidepressant" })).toBe("antidepressant");
    expect(effectiveClass({ name: "sertraline", class: "lithium" })).toBe("lithium");
  });

  it("a name without a protocol class, or one the formulary does not know, leaves the stated class", () => {
    expect(effectiveClass({ name: "lorazepam", class: "hypnotic" })).toBe("hypnotic");
    expect(effectiveClass({ name: "house blend", class: "herbal" })).toBe("herbal");
  });

  it("a stated class spelled like an object property is an ordinary unknown class", () => {
    expect(effectiveClass({ name: "sertraline", class: "toString" })).toBe("antidepressant");
    expect(effectiveClass({ name: "constructor", class: "__proto__" })).toBe("__proto__");
    expect(classFromName("constructor toString")).toBeUndefined();
  });

  it("impliedProtocolClass is the implied class only when it has a protocol and differs", () => {
    expect(impliedProtocolClass({ name: "clozapine", class: "antipsychotic" })).toBe("clozapine");
    expect(impliedProtocolClass({ name: "clozapine", class: "clozapine" })).toBeUndefined();
    expect(impliedProtocolClass({ name: "lorazepam", class: "hypnotic" })).toBeUndefined();
  });
});

describe("medication/class-mismatch", () => {
  it("clozapine recorded as class antipsychotic is reported and monitored as clozapine", () => {
    const plan = onMedication("clozapine", "antipsychotic", "2025-08-04");
    expect(effectiveClass(plan.medications[0]!)).toBe("clozapine");
    expect(medicationFindings(plan)).toEqual([
      {
        rule: "medication/class-mismatch",
        severity: "warning",
        path: ["medications", 0, "class"],
        message: "Medication 1 is recorded as class antipsychotic but its name belongs to class clozapine; it is monitored as clozapine.",
        params: { medication: 1, stated: "antipsychotic", implied: "clozapine", monitored: "clozapine" },
      },
    ]);
  });

  it("lithium recorded as mood-stabilizer gets a class mismatch, not an unknown class", () => {
    const plan = onMedication("lithium carbonate", "mood-stabilizer");
    expect(effectiveClass(plan.medications[0]!)).toBe("lithium");
    expect(medicationFindings(plan)).toEqual([
      expect.objectContaining({
        rule: "medication/class-mismatch",
        severity: "warning",
        message: "Medication 1 is recorded as a class iopkit does not know but its name belongs to class lithium; it is monitored as lithium.",
        params: { medication: 1, stated: "unknown", implied: "lithium", monitored: "lithium" },
      }),
    ]);
  });

  it("quetiapine recorded as an antidepressant is reported and monitored as both classes", () => {
    const plan = onMedication("Seroquel XR", "antidepressant");
    expect(monitoredClasses(plan.medications[0]!)).toEqual(["antidepressant", "antipsychotic"]);
    expect(medicationFindings(plan)).toEqual([
      expect.objectContaining({
        rule: "medication/class-mismatch",
        message: "Medication 1 is recorded as class antidepressant but its name belongs to class antipsychotic; it is monitored as both.",
        variant: "both",
        params: { medication: 1, stated: "antidepressant", implied: "antipsychotic" },
      }),
    ]);
  });

  it("Lithobid recorded as class clozapine is reported and monitored as both: the lithium labs and the ANCs", () => {
    const plan = onMedication("Lithobid", "clozapine", "2026-03-09");
    expect(monitoredClasses(plan.medications[0]!)).toEqual(["clozapine", "lithium"]);
    expect(effectiveClass(plan.medications[0]!)).toBe("clozapine");
    const [finding, ...others] = medicationFindings(plan);
    expect(others).toEqual([]);
    expect(finding).toEqual(
      expect.objectContaining({
        rule: "medication/class-mismatch",
        path: ["medications", 0, "class"],
        message: "Medication 1 is recorded as class clozapine but its name belongs to class lithium; it is monitored as both.",
        variant: "both",
        params: { medication: 1, stated: "clozapine", implied: "lithium" },
      }),
    );
    expect(formatFinding(finding!, { locale: es })).toBe("El medicamento 1 figura con la clase clozapina, pero por su nombre pertenece a la clase litio; se monitoriza como ambas.");
    const reviews = medicationReviews(plan, { asOf: "2026-04-01" });
    const protocols = new Set(reviews.success ? reviews.data.map((item) => item.protocol) : []);
    expect([...protocols].filter((protocol) => protocol !== "routine-psychiatric" && protocol !== "review-after-change").sort()).toEqual([
      "antipsychotic-metabolic",
      "clozapine-anc",
      "lithium-level",
    ]);
  });

  it.each([
    ["Lithobid", "clozapine", ["clozapine", "lithium"]],
    ["Clozaril", "lithium", ["lithium", "clozapine"]],
    ["Depakote", "lithium", ["lithium", "valproate"]],
    ["lithium carbonate", "valproate", ["valproate", "lithium"]],
    ["clozapine", "Valproate", ["valproate", "clozapine"]],
    ["Depakote ER", "clozapine", ["clozapine", "valproate"]],
  ])("%s recorded as class %s is monitored as both medicines with their own protocols", (name, medicationClass, classes) => {
    expect(monitoredClasses({ name, class: medicationClass })).toEqual(classes);
  });

  it("a medicine with its own protocol recorded under a class-wide or unknown class is monitored as that medicine alone, and a class-wide name recorded as such a medicine as the medicine", () => {
    expect(monitoredClasses({ name: "clozapine", class: "antipsychotic" })).toEqual(["clozapine"]);
    expect(monitoredClasses({ name: "Lithobid", class: "antidepressant" })).toEqual(["lithium"]);
    expect(monitoredClasses({ name: "Depakote", class: "mood-stabilizer" })).toEqual(["valproate"]);
    expect(monitoredClasses({ name: "olanzapine", class: "clozapine" })).toEqual(["clozapine"]);
    expect(monitoredClasses({ name: "sertraline", class: "lithium" })).toEqual(["lithium"]);
  });

  it("sertraline recorded as an antipsychotic gets the under-25 antidepressant visits and the metabolic labs", () => {
    const plan = withEdits(onMedication("sertraline 50 mg", "antipsychotic"), (draft) => {
      draft.medications[0]!.events = [{ date: "2026-03-09", kind: "start" }];
      draft.participant.birthDate = "2007-01-15";
    });
    const reviews = medicationReviews(plan, { asOf: "2026-04-20" });
    const protocols = new Set(reviews.success ? reviews.data.map((item) => item.protocol) : []);
    expect(protocols).toContain("antidepressant-young");
    expect(protocols).toContain("antipsychotic-metabolic");
  });

  it("a class without a protocol named by the name, or a matching class, is not reported", () => {
    expect(medicationFindings(onMedication("lorazepam", "hypnotic"))).toEqual([]);
    expect(medicationFindings(onMedication("Clozaril", "clozapine", "2025-08-04"))).toEqual([]);
  });

  it("an unknown stated class that the name does not settle is still reported by medication/known-class", () => {
    expect(medicationFindings(onMedication("lorazepam", "benzodiazepine")).map((finding) => finding.rule)).toEqual(["medication/known-class"]);
  });

  it("no finding's message names the medication or its stated class", () => {
    const token = fc.stringMatching(/^[a-z]{4,8}[0-9]{2,4}$/);
    const brands = ["Clozaril", "FazaClo", "Lithobid", "Depakote", "Seroquel", "Zoloft", "Xanax", "Ambien", "Adderall", "quetiapine", "sertraline"];
    fc.assert(
      fc.property(token, fc.constantFrom(...brands), token, fc.constantFrom(...MEDICATION_CLASSES, "mood-stabilizer"), token, (before, brand, after, medicationClass, freeClass) => {
        const name = `${before} ${brand} ${after}`;
        const stated = medicationClass === "mood-stabilizer" ? freeClass : medicationClass;
        const plan = onMedication(name, stated, "2026-02-02");
        const messages = validatePlan(plan, { asOf: "2026-04-01" }).findings.map((finding) => `${finding.message} ${JSON.stringify(finding.params ?? {})}`);
        for (const message of messages) {
          for (const secret of [name, before, after, brand, freeClass]) expect(message.toLowerCase()).not.toContain(secret.toLowerCase());
        }
      }),
      runs(200),
    );
  });
});
