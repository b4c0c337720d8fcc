import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../../src/ical";
import { parsePlan } from "../../src/index";
import { iopkit as runIopkit } from "../helpers/cli";

/** Runs `iopkit schedule` in process and collects what it writes. */
const iopkit = (args: string[]) => runIopkit(["schedule", ...args], { now: () => new Date("2026-04-01T12:00:00Z") });

const PLAN = "examples/plans/valid-plan.json";

describe("iopkit schedule --format ics", () => {
  it("writes toICalendar's file with CRLF line ends, honouring the range, closures, mode and stamp", () => {
    const plan = parsePlan(JSON.parse(readFileSync(PLAN, "utf8")));
    const args = [PLAN, "--format", "ics", "--to", "2026-03-31", "--closures", "2026-03-11", "--mode", "series", "--stamp", "2026-03-01T12:00:00Z"];
    const result = iopkit(args);
    expect(result.code).toBe(0);
    const expected = toICalendar(plan, { to: "2026-03-31", closures: ["2026-03-11"], mode: "series", stamp: "2026-03-01T12:00:00Z" });
    expect(expected.success && expected.data).toBe(result.stdout);
    expect(result.stdout.split("\r\n").at(-1)).toBe("");
    expect(result.stdout).toContain("EXDATE;TZID=America/New_York:20260311T090000");
  });

  it("stamps the file with the command's clock when no --stamp is given", () => {
    const result = iopkit([PLAN, "--format", "ics"]);
    expect(result.code).toBe(0);
    const stamps = result.stdout.match(/^DTSTAMP:.*$/gm) ?? [];
    expect(stamps.length).toBeGreaterThan(0);
    expect(new Set(stamps)).toEqual(new Set(["DTSTAMP:20260401T120000Z"]));
  });

  it("answers a bad stamp with its finding and exit 2, and a bad mode as a usage error", () => {
    const badStamp = iopkit([PLAN, "--format", "ics", "--stamp", "yesterday"]);
    expect(badStamp.code).toBe(2);
    expect(badStamp.stderr).toContain("engine/invalid-option at stamp");
    expect(iopkit([PLAN, "--format", "ics", "--mode", "daily"])).toEqual({ code: 2, stdout: "", stderr: "iopkit: --mode must be one of: events, series\n", errLines: ["iopkit: --mode must be one of: events, series"] });
  });
});
