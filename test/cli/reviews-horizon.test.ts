import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_HORIZON_DAYS } from "../../src/medication/reviews";
import { toDraft } from "../../src/testing";
import { iopkit, spawnIopkit } from "../helpers/cli";
import { cleanPlan, withEdits } from "../helpers/plans";

let folder = "";
let olanzapine = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "iopkit-cli-horizon-"));
  olanzapine = join(folder, "olanzapine.json");
  const plan = withEdits(cleanPlan(), (draft) => {
    draft.medications = [{ id: "med-1", name: "olanzapine", class: "antipsychotic", events: [{ date: "2026-03-09", kind: "start" }] }];
  });
  writeFileSync(olanzapine, JSON.stringify(toDraft(plan)));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const usage = `iopkit: --horizon must be a whole number of days from 0 to ${MAX_HORIZON_DAYS}\n`;

describe("iopkit reviews --horizon", () => {
  it("refuses a horizon past ten years with a one-line usage error and exit 2, in a process that lives to say so", () => {
    // Once a process crash ("invalid size error", exit 133): the metabolic labs were walked to the calendar's end and past it.
    const result = spawnIopkit(["reviews", olanzapine, "--as-of", "2026-04-01", "--horizon", "3000000"]);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", usage]);
  });

  it.each(["1e300", "3661", "99999999999999999999", "1.5", "", " 5", "0x10", "abc"])("refuses --horizon=%j", (value) => {
    const result = iopkit(["reviews", olanzapine, "--as-of", "2026-04-01", `--horizon=${value}`]);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, "", usage]);
  });

  it("lists the items due up to ten years ahead at the largest horizon, the last of them within it", () => {
    const result = iopkit(["reviews", olanzapine, "--as-of", "2026-04-01", "--horizon", String(MAX_HORIZON_DAYS), "--format", "json"]);
    expect(result.stderr).toBe("");
    const items = JSON.parse(result.stdout) as { due: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.at(-1)!.due <= "2036-04-08").toBe(true);
    expect(items.at(-1)!.due > "2035-04-01").toBe(true);
  });

  it("takes a horizon of 0, the default", () => {
    const withZero = iopkit(["reviews", olanzapine, "--as-of", "2026-04-01", "--horizon", "0", "--format", "json"]);
    const without = iopkit(["reviews", olanzapine, "--as-of", "2026-04-01", "--format", "json"]);
    expect([withZero.code, withZero.stdout]).toEqual([without.code, without.stdout]);
  });
});
