import { afterEach, describe, expect, it, vi } from "vitest";
import { safeParsePlan } from "../../src/index";
import { canonicalTimeZone, isTimeZone } from "../../src/core/time-zone";
import { zoneTimeline } from "../../src/core/zone";
import { toDraft } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";

afterEach(() => vi.restoreAllMocks());

describe("time zone names", () => {
  it("match in any letter case and share one canonical spelling", () => {
    expect(isTimeZone("AMERICA/NEW_YORK")).toBe(true);
    expect(canonicalTimeZone("america/new_york")).toBe("America/New_York");
    expect(canonicalTimeZone("aMeRiCa/NeW_yOrK")).toBe("America/New_York");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
  });

  it("give every spelling of a zone one offset table and no formatter of its own", () => {
    const table = zoneTimeline("Europe/Paris", "2026-01-01", "2026-12-31");
    const constructed = vi.spyOn(Intl, "DateTimeFormat");
    const spellings = ["europe/paris", "EUROPE/PARIS", "Europe/PARIS", "eUrOpE/pArIs"];
    for (const spelling of spellings) expect(zoneTimeline(spelling, "2026-01-01", "2026-12-31")).toBe(table);
    // One lookup per lower-cased name at most (all four share it), never a formatter per spelling.
    expect(constructed.mock.calls.length).toBeLessThanOrEqual(1);
    expect(table.zone).toBe("Europe/Paris");
  });

  it("reject a 256 kB name without looking it up", () => {
    const constructed = vi.spyOn(Intl, "DateTimeFormat");
    const huge = `America/${"x".repeat(256_000)}`;
    expect(isTimeZone(huge)).toBe(false);
    expect(canonicalTimeZone("x".repeat(65))).toBeUndefined();
    expect(constructed).not.toHaveBeenCalled();
  });

  it("reject names that are not zones, whatever their type", () => {
    for (const name of ["Mars/Base", "UTC+5", "America/New_York\u0000", "", " America/New_York"]) expect(isTimeZone(name)).toBe(false);
    expect(isTimeZone(42 as unknown as string)).toBe(false);
  });

  it("keep answering right after more distinct names than the cache holds", () => {
    for (let index = 0; index < 3000; index += 1) expect(isTimeZone(`Nowhere/Place_${index}`)).toBe(false);
    expect(isTimeZone("Asia/Kathmandu")).toBe(true);
    expect(isTimeZone("Nowhere/Place_1")).toBe(false);
  });

  it("stop a plan's overlong zone at the length check: one finding, no zone lookup", () => {
    const draft = toDraft(cleanPlan());
    draft.timeZone = `Europe/${"y".repeat(256_000)}`;
    const refined = vi.spyOn(Intl, "DateTimeFormat");
    const parsed = safeParsePlan(draft);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.findings.filter((finding) => finding.path[0] === "timeZone").map((finding) => finding.rule)).toEqual(["schema/too_big"]);
    expect(refined).not.toHaveBeenCalled();
  });
});
