// What the command line prints of text it did not write: a plan's own keys, file names and
// arguments. A key that is not part of the plan's schema is the plan's free text (it may hold a
// clinical note); a control character in any name would split a line or repaint the terminal.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNKNOWN_KEY } from "../../src/cli/format";
import { toDraft } from "../../src/testing";
import { iopkit } from "../helpers/cli";
import { cleanPlan } from "../helpers/plans";

let folder = "";
let keys = "";
const NOTE = "secret note\nline2";
const ESCAPE = "Patient disclosed\u001b[31m RED";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "iopkit-cli-untrusted-"));
  const draft = toDraft(cleanPlan()) as unknown as Record<string, unknown> & { participant: Record<string, unknown> };
  draft.participant[NOTE] = "x";
  draft[ESCAPE] = "y";
  keys = join(folder, "keys.json");
  writeFileSync(keys, JSON.stringify(draft));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Whether text holds any part of the plan's unknown keys, or a control character other than a newline. */
function leaks(text: string): boolean {
  return text.includes("secret note") || text.includes("line2") || text.includes("disclosed") || /[\u0000-\u0009\u000b-\u001f\u007f]/.test(text);
}

describe("the plan's unknown keys in text output", () => {
  it("check prints each as <unknown key>, on its line, with no escape sequence", () => {
    const result = iopkit(["check", keys, "--as-of", "2026-03-30"]);
    expect(result.code).toBe(1);
    expect(leaks(result.stdout + result.stderr)).toBe(false);
    expect(result.stdout).toContain(`schema/unrecognized_keys  participant.${UNKNOWN_KEY}\n      Unknown property`);
    expect(result.stdout).toContain(`schema/unrecognized_keys  ${UNKNOWN_KEY}\n      Unknown property`);
  });

  it.each([
    ["schedule", []],
    ["delivered", ["--as-of", "2026-03-30"]],
    ["reviews", ["--as-of", "2026-03-30"]],
    ["export", ["--format", "fhir"]],
  ])("%s names them the same way when it refuses the plan", (command, options) => {
    const result = iopkit([command, keys, ...options]);
    expect(result.code).toBe(1);
    expect(leaks(result.stdout + result.stderr)).toBe(false);
    expect(result.errLines[0]!.split("\n")).toContain(`  schema/unrecognized_keys at participant.${UNKNOWN_KEY}: Unknown property: it is not part of the schema.`);
  });
});

describe("names the user gave, in messages", () => {
  it("escapes control characters in an export's --out and a rule code (the audit's, in test/audit/audit-inputs.test.ts)", () => {
    const messages = [iopkit(["rules", "x\u001b[2Jy"]).stderr];
    const exported = iopkit(["export", "examples/plans/valid-plan.json", "--format", "fhir", "--out", join(folder, "out\u001b[2J.json")]);
    expect(exported.code).toBe(0);
    messages.push(exported.stderr);
    for (const text of messages) {
      expect(text).not.toContain("\u001b");
      expect(text.trimEnd().split("\n")).toHaveLength(1);
    }
    expect(exported.stderr).toBe(`wrote ${join(folder, "out\\u001b[2J.json")}\n`);
  });

  it("escapes control characters in a medication id the reviews table prints", () => {
    const draft = toDraft(cleanPlan());
    draft.medications = [{ id: "med\u001b[2J", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }];
    const plan = join(folder, "medication-id.json");
    writeFileSync(plan, JSON.stringify(draft));
    const result = iopkit(["reviews", plan, "--as-of", "2026-03-20"]);
    expect(result.stdout).toContain("med\\u001b[2J");
    expect(result.stdout).not.toContain("\u001b");
  });
});
