import { describe, expect, it } from "vitest";
import { formatFinding, type Finding } from "../../src/index";
import { ICALENDAR_OPTION_MESSAGES, toICalendar } from "../../src/ical";
import { icalendarOptionsEs } from "../../src/locales/es/ical";
import { cleanPlan } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, spanish } from "./catalog-checks";

const es = spanish(icalendarOptionsEs);
const stamp = "2026-03-01T12:00:00Z";

/** The option findings of `toICalendar` that its own catalog writes. */
function optionFindings(options: unknown): Finding[] {
  const result = toICalendar(cleanPlan(), options as never);
  const variants = Object.keys(ICALENDAR_OPTION_MESSAGES["engine/invalid-option"]);
  return result.success ? [] : result.findings.filter((finding) => finding.rule === "engine/invalid-option" && variants.includes(finding.variant ?? "default"));
}

describe("iCalendar option messages", () => {
  const findings = [
    ...optionFindings(null),
    ...optionFindings({ stamp: "yesterday", mode: "weekly", prodId: "iopkit", previousUids: "a", closures: "2026-03-10", uidSecret: "short" }),
    ...optionFindings({ stamp, previousUids: ["a", 3] }),
  ];

  it("the Spanish catalog has every variant of the English one, and no other", () => {
    expect(keysOf(icalendarOptionsEs)).toEqual(keysOf(ICALENDAR_OPTION_MESSAGES));
  });

  it("every variant is produced by bad options", () => {
    expect([...new Set(findings.map(keyOf))].sort()).toEqual(keysOf(ICALENDAR_OPTION_MESSAGES));
  });

  it("every finding is written from its params in English and in Spanish", () => {
    expectWrittenFromParams(findings, es);
  });

  it("the modes are a list of codes, written into the message", () => {
    const mode = findings.find((finding) => finding.variant === "mode")!;
    expect(mode.params).toEqual({ allowed: ["events", "series"] });
    expect(mode.message).toBe("The mode option must be events or series.");
    expect(formatFinding(mode, { locale: es })).toBe("La opción mode debe ser events o series.");
  });
});
