import { describe, expect, it } from "vitest";
import { checkPlan, definePolicy, formatFinding, InputError, policies, safeDefinePolicy, validatePlan, type Finding, type Locale } from "../../src/index";
import { es } from "../../src/locales/es";
import { cleanPlan, withEdits } from "../helpers/plans";

const noDiagnosis = withEdits(cleanPlan(), (draft) => {
  draft.diagnoses = [];
});

function findingOf(rule: string, findings: readonly Finding[]): Finding {
  const found = findings.find((finding) => finding.rule === rule);
  if (!found) throw new Error(`no ${rule} finding`);
  return found;
}

const conflict = validatePlan(
  withEdits(cleanPlan(), (draft) => {
    draft.participant.commitments = [{ day: "mon", start: "08:00", end: "10:00" }];
  }),
).findings;

describe("formatFinding", () => {
  it("writes a finding's English message again from its code, variant and params alone", () => {
    const finding = findingOf("schedule/commitment-conflict", conflict);
    expect(finding.variant).toBe("session");
    const rebuilt = formatFinding(JSON.parse(JSON.stringify(finding)) as Finding, { locale: "en" });
    expect(rebuilt).toBe(finding.message);
    expect(rebuilt).toContain("Monday");
    // The params, not the message, are what it reads: other params, other text.
    expect(formatFinding({ ...finding, params: { ...finding.params, commitmentStart: "07:15" } })).toContain("07:15");
  });

  it("writes in a locale's language with its plural rules, weekday names and places", () => {
    const finding = findingOf("schedule/commitment-conflict", conflict);
    const spanishLocale: Locale = {
      tag: "es",
      items: { commitments: "compromiso" },
      messages: { "schedule/commitment-conflict": { session: (p, words) => `${words.weekday(p.day as "mon")} ${words.place(["commitments", p.commitment as number])} ${words.count(2, { one: "día", other: "días" })}` } },
    };
    expect(formatFinding(finding, { locale: spanishLocale })).toBe("lunes compromiso 1 2 días");
  });

  it("puts an override before the language's message: text with placeholders, or a function", () => {
    const finding = findingOf("schedule/commitment-conflict", conflict);
    expect(formatFinding(finding, { messages: { "schedule/commitment-conflict": { session: "Clash on {day} from {start} (commitment {commitment}, {unknown})." } } })).toBe(
      "Clash on mon from 09:00 (commitment 0, {unknown}).",
    );
    expect(formatFinding(finding, { locale: es, messages: { "schedule/commitment-conflict": { session: (p, words) => `Choque el ${words.weekday(p.day)}.` } } })).toBe("Choque el lunes.");
  });

  it("keeps the English text of a code the language lacks, and of params that cannot fill the template", () => {
    const custom: Finding = { rule: "clinic/own-rule", severity: "info", path: [], message: "Our own rule." };
    expect(formatFinding(custom, { locale: es })).toBe("Our own rule.");
    const broken = { ...findingOf("schedule/commitment-conflict", conflict), params: undefined };
    const throwing: Locale = { tag: "es", items: {}, messages: { "schedule/commitment-conflict": { session: () => { throw new Error("boom"); } } } };
    expect(formatFinding(broken, { locale: throwing })).toBe(broken.message);
  });

  it("refuses a language named rather than passed, blaming the locale option, not the finding", () => {
    const finding = findingOf("schedule/commitment-conflict", conflict);
    for (const locale of ["es", "es-US", { tag: "es" }]) {
      let thrown: unknown;
      try {
        formatFinding(finding, { locale: locale as never });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InputError);
      expect((thrown as InputError).findings.map((each) => [each.rule, each.path.join(".")])).toEqual([["engine/invalid-option", "options.locale"]]);
      expect((thrown as InputError).message).toContain('es from "iopkit/locales/es"');
      expect((thrown as InputError).message).toMatch(/^The options are invalid: 1 finding\. First: engine\/invalid-option: /);
    }
  });

  it("keeps the English text when a template would write out a param the finding lacks, or returns no text", () => {
    const lacking: Finding = { rule: "plan/objective-measurable", severity: "error", path: [], message: "The own text.", variant: "targetDate", params: {} };
    expect(formatFinding(lacking)).toBe("The own text.");
    expect(formatFinding(lacking, { locale: es })).toBe("The own text.");
    for (const template of [() => undefined, () => ({}), () => Symbol("x"), () => 42, () => `at ${Number.NaN}`]) {
      expect(formatFinding(lacking, { messages: { "plan/objective-measurable": { targetDate: template as never } } })).toBe("The own text.");
    }
  });
});

describe("validatePlan and checkPlan in a language", () => {
  it("write every message in Spanish with es, and the same findings otherwise", () => {
    const english = validatePlan(noDiagnosis, { asOf: "2026-04-01" });
    const spanish = validatePlan(noDiagnosis, { asOf: "2026-04-01", locale: es });
    expect(spanish.findings.map(({ message: _, ...rest }) => rest)).toEqual(english.findings.map(({ message: _, ...rest }) => rest));
    expect(findingOf("plan/diagnosis-required", spanish.findings).message).toContain("diagnóstico");
  });

  it("writes option and policy findings in the language too, their lists as the language joins them", () => {
    const report = checkPlan({}, { policy: "medicare" as never, locale: es });
    expect(findingOf("policy/unknown-preset", report.findings).message).toBe(
      "Identificador de política predefinida desconocido; se esperaba uno de: default, medicare-iop o asam-2.1. ¿Quiso decir medicare-iop?",
    );
    expect(findingOf("policy/unknown-preset", checkPlan({}, { policy: "medicare" as never }).findings).message).toBe(
      "Unknown preset id; expected one of: default, medicare-iop, or asam-2.1. Did you mean medicare-iop?",
    );
    const setting = safeDefinePolicy({ rules: { "plan/discharge-criteria": "fatal" } });
    const invalid = setting.success ? undefined : setting.findings[0];
    expect(invalid?.message).toBe("Expected one of: off, info, warning, or error.");
    expect(invalid && formatFinding(invalid, { locale: es })).toBe("Se esperaba uno de: off, info, warning o error.");
  });

  it("reports a locale that is neither en nor a locale, and runs no rule", () => {
    const report = validatePlan(noDiagnosis, { locale: "es" as never });
    expect(report.findings).toEqual([expect.objectContaining({ rule: "engine/invalid-option", path: ["locale"] })]);
    expect(validatePlan(noDiagnosis, { locale: { tag: "not a tag!", items: {}, messages: {} } }).findings[0]?.rule).toBe("engine/invalid-option");
  });
});

describe("a policy's own wording", () => {
  it("replaces messages in the language it names, and only there", () => {
    const clinic = definePolicy({ messages: { en: { "plan/diagnosis-required": { default: "Add the working diagnosis ({actual} of {required})." } } } });
    expect(findingOf("plan/diagnosis-required", validatePlan(noDiagnosis, { policy: clinic }).findings).message).toBe("Add the working diagnosis (0 of 1).");
    expect(findingOf("plan/diagnosis-required", validatePlan(noDiagnosis, { policy: clinic, locale: es }).findings).message).toContain("diagnóstico");
    const extended = definePolicy({ extends: clinic, messages: { es: { "plan/diagnosis-required": { default: () => "Falta el diagnóstico de trabajo." } } } });
    expect(findingOf("plan/diagnosis-required", validatePlan(noDiagnosis, { policy: extended, locale: es }).findings).message).toBe("Falta el diagnóstico de trabajo.");
    expect(findingOf("plan/diagnosis-required", validatePlan(noDiagnosis, { policy: extended }).findings).message).toBe("Add the working diagnosis (0 of 1).");
  });

  it("names unknown codes (with the closest), unknown variants and messages that are not text", () => {
    const result = safeDefinePolicy({
      messages: {
        en: {
          "plan/diagnosis-requird": { default: "x" },
          "schedule/commitment-conflict": { sessoin: "x", appointment: 3 },
        },
        es: "nada",
      },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings.map((finding) => [finding.rule, finding.path.join("."), finding.variant])).toEqual([
      ["policy/unknown-message", "messages.en.plan/diagnosis-requird", "code"],
      ["policy/unknown-message", "messages.en.schedule/commitment-conflict.sessoin", "variant"],
      ["policy/unknown-message", "messages.en.schedule/commitment-conflict.appointment", "notText"],
      ["policy/invalid-policy", "messages.es", "messagesNotObject"],
    ]);
    expect(result.findings[0]?.params?.suggestions).toEqual(["plan/diagnosis-required"]);
    expect(result.findings[1]?.params?.allowed).toEqual(["session", "appointment"]);
  });

  it("falls back from a region's tag to its language's, the most specific wording first", () => {
    const spanishUs: Locale = { ...es, tag: "es-US" };
    const clinic = definePolicy({ messages: { es: { "plan/diagnosis-required": { default: "Falta el diagnóstico ({actual} de {required})." } } } });
    expect(findingOf("plan/diagnosis-required", validatePlan(noDiagnosis, { policy: clinic, locale: spanishUs }).findings).message).toBe("Falta el diagnóstico (0 de 1).");
    const regional = definePolicy({
      extends: clinic,
      messages: {
        "es-us": { "plan/diagnosis-required": { default: "Anote el diagnóstico." } },
        "es-MX": { "plan/diagnosis-required": { default: "No es para es-US." } },
        es: { "plan/discharge-criteria": { default: "Faltan los criterios de alta." } },
      },
    });
    const findings = validatePlan(withEdits(noDiagnosis, (draft) => void (draft.dischargeCriteria = [])), { policy: regional, locale: spanishUs }).findings;
    expect(findingOf("plan/diagnosis-required", findings).message).toBe("Anote el diagnóstico.");
    expect(findingOf("plan/discharge-criteria", findings).message).toBe("Faltan los criterios de alta.");
    const extended: Locale = { ...es, tag: "es-US-u-nu-latn" };
    expect(findingOf("plan/diagnosis-required", validatePlan(noDiagnosis, { policy: regional, locale: extended }).findings).message).toBe("Anote el diagnóstico.");
    expect(findingOf("plan/diagnosis-required", validatePlan(noDiagnosis, { policy: regional }).findings).message).toBe("The plan has no diagnosis.");
  });

  it("refuses a language key that is no BCP 47 tag", () => {
    const result = safeDefinePolicy({ messages: { es_US: { "plan/diagnosis-required": { default: "x" } }, "es-419": {}, Spanish1: {} } });
    expect(result.success ? [] : result.findings.map((finding) => [finding.rule, finding.path.join("."), finding.variant])).toEqual([
      ["policy/unknown-message", "messages.es_US", "languageTag"],
      ["policy/unknown-message", "messages.Spanish1", "languageTag"],
    ]);
    expect(result.success || formatFinding(result.findings[0]!, { locale: es })).toBe("Los mensajes de un idioma se indican con su etiqueta BCP 47, como en, es o es-US; esta clave no lo es.");
    expect(() => definePolicy({ messages: { "en-GB": {}, "zh-Hant-TW": {} } })).not.toThrow();
  });

  it("checks the messages of a policy object handed straight to the engine", () => {
    const policy = { ...policies.default, messages: { en: { "plan/no-such-rule": { default: "x" } } } } as never;
    expect(validatePlan(noDiagnosis, { policy }).findings.map((finding) => finding.rule)).toEqual(["policy/unknown-message"]);
  });
});
