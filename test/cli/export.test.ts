import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromFhir } from "../../src/fhir";
import { parsePlan } from "../../src/index";
import { iopkit as runIopkit } from "../helpers/cli";

const folder = mkdtempSync(join(tmpdir(), "iopkit-export-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the command line in this process with a fixed clock: 2026-04-01 12:00 UTC. */
const iopkit = (args: string[]) => runIopkit(args, { now: () => new Date("2026-04-01T12:00:00Z") });

const plan = parsePlan(JSON.parse(readFileSync("examples/plans/valid-plan.json", "utf8")));

describe("iopkit export", () => {
  it("writes the plan as a FHIR transaction Bundle that reads back into the same plan", () => {
    const result = iopkit(["export", "examples/plans/valid-plan.json", "--format", "fhir"]);
    expect(result.code).toBe(0);
    const bundle = JSON.parse(result.stdout);
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "transaction" });
    expect(fromFhir(bundle)).toStrictEqual({ success: true, data: plan, findings: [] });
  });

  it("adds Appointments for --from and --to, and writes to --out", () => {
    const out = join(folder, "bundle.json");
    const result = iopkit(["export", "examples/plans/valid-plan.json", "--format", "fhir", "--from", "2026-03-09", "--to", "2026-03-15", "--participant-system", "urn:example:mrn", "--out", out]);
    expect([result.code, result.stdout, result.stderr]).toEqual([0, "", `wrote ${out}\n`]);
    const bundle = JSON.parse(readFileSync(out, "utf8")) as { entry: { resource: { resourceType: string; identifier?: { system: string }[] } }[] };
    expect(bundle.entry.filter((entry) => entry.resource.resourceType === "Appointment").length).toBeGreaterThan(0);
    expect(bundle.entry[0]!.resource.identifier).toEqual([{ system: "urn:example:mrn", value: plan.participant.id }]);
  });

  it("refuses bad usage and an invalid plan", () => {
    expect(iopkit(["export", "examples/plans/valid-plan.json"])).toMatchObject({ code: 2, stderr: "iopkit: --format is required: fhir\n" });
    expect(iopkit(["export", "examples/plans/valid-plan.json", "--format", "hl7v2"]).code).toBe(2);
    expect(iopkit(["export", "examples/plans/valid-plan.json", "--format", "fhir", "--from", "2026-03-09"]).stderr).toContain("--from and --to go together");
    expect(iopkit(["export", "examples/plans/valid-plan.json", "--format", "fhir", "--from", "2026-03-20", "--to", "2026-03-09"])).toMatchObject({ code: 2, stderr: expect.stringContaining("engine/invalid-option") });
    expect(iopkit(["export", "package.json", "--format", "fhir"]).code).toBe(1);
    expect(iopkit(["export", "--help"]).stdout).toContain("Usage: iopkit export");
  });
});
