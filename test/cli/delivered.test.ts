import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toDraft } from "../../src/testing";
import { EXAMPLE_AS_OF, examplePlan } from "../attendance/example";
import { iopkit as runIopkit } from "../helpers/cli";

let folder = "";
let planFile = "";

/** Runs the command line in this process with a fixed clock: 2026-04-01 12:00 UTC. */
const iopkit = (args: string[]) => runIopkit(args, { now: () => new Date("2026-04-01T12:00:00Z") });

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "iopkit-delivered-"));
  planFile = join(folder, "plan.json");
  writeFileSync(planFile, JSON.stringify(toDraft(examplePlan())));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("iopkit delivered", () => {
  it("shows the weeks as a table with totals, the attendance rate and the longest run", () => {
    const result = iopkit(["delivered", planFile, "--as-of", EXAMPLE_AS_OF]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("therapeutic minutes before 2026-04-13; weekly minimum 540");
    expect(lines[1]).toMatch(/^week +from +scheduled +delivered +days +absent exc\/unexc\/canc +unrecorded +note$/);
    expect(lines[5]).toMatch(/^3 +2026-03-23 +620 +0 +0\/3 +0\/5\/0 +0 +under the minimum$/);
    expect(lines[6]).toMatch(/^4 +2026-03-30 +590 +510 +3\/3 +1\/0\/0 +0 +under the minimum$/);
    expect(lines.slice(-4)).toEqual(["total: 2340 of 3040 minutes, 12 of 15 program days", "attendance rate: 74%", "longest run of unexcused absences: 5 (2026-03-23 to 2026-03-27)", ""]);
  });

  it("prints JSON that parses back, counting qualifying minutes under Medicare", () => {
    const result = iopkit(["delivered", planFile, "--as-of", EXAMPLE_AS_OF, "--policy", "medicare-iop", "--format", "json"]);
    expect(result.code).toBe(0);
    const care = JSON.parse(result.stdout) as { counted: string; weeks: { deliveredQualifyingMinutes: number }[] };
    expect(care.counted).toBe("qualifying");
    expect(care.weeks.map((week) => week.deliveredQualifyingMinutes)).toEqual([590, 590, 0, 510, 590]);
  });

  it("needs --as-of, and answers bad usage and invalid plans with exit codes", () => {
    expect(iopkit(["delivered", planFile])).toMatchObject({ code: 2, stderr: "iopkit: delivered needs --as-of YYYY-MM-DD\n" });
    expect(iopkit(["delivered", planFile, "--as-of", "2026-02-30"]).code).toBe(2);
    expect(iopkit(["delivered", planFile, "--as-of", EXAMPLE_AS_OF, "--format", "csv"]).code).toBe(2);
    const invalid = join(folder, "invalid.json");
    writeFileSync(invalid, JSON.stringify({ schemaVersion: 1 }));
    expect(iopkit(["delivered", invalid, "--as-of", EXAMPLE_AS_OF]).code).toBe(1);
    expect(iopkit(["delivered", "--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage: iopkit delivered") });
  });
});
