import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../../src/audit/check-lines";
import { cleanPlan } from "../helpers/plans";
import { AS_OF, iopkitProcess } from "./cli-harness";

const folder = mkdtempSync(join(tmpdir(), "iopkit-long-line-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("iopkit audit of a line longer than the limit", () => {
  it("judges it once as audit/line-too-long, numbers the lines after it, and writes the same verdicts for --threads 1 and 2", () => {
    const plan = JSON.stringify(cleanPlan());
    // "é" is two bytes: a JSON string of MAX_LINE_BYTES bytes, read as a line, and one byte more,
    // each spanning several of the byte ranges --threads 2 cuts the file into; the last line has no newline.
    const longest = `"${"é".repeat((MAX_LINE_BYTES - 2) / 2)}"`;
    const caseload = join(folder, "caseload.ndjson");
    writeFileSync(caseload, [plan, longest, plan, `${longest} `, plan, "", `${longest}  `].join("\n"));
    const runs = ["1", "2"].map((threads) => {
      const out = join(folder, `threads-${threads}.ndjson`);
      return { ...iopkitProcess(["audit", caseload, "--as-of", AS_OF, "--threads", threads, "--out", out]), verdicts: readFileSync(out, "utf8") };
    });
    const [one, two] = runs;
    expect(one!.code).toBe(1);
    expect(one!.stderr).toBe("");
    const verdicts = one!.verdicts.trimEnd().split("\n").map((line) => JSON.parse(line) as { line: number; rules: Record<string, number> });
    const tooLong = { ok: false, counts: { error: 1, warning: 0, info: 0 }, rules: { "audit/line-too-long": 1 } };
    expect(verdicts.map((verdict) => verdict.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Object.keys(verdicts[1]!.rules)).toEqual(["schema/invalid_type"]);
    expect(verdicts[3]).toEqual({ line: 4, ...tooLong });
    expect(verdicts[5]!.rules).toEqual({ "audit/empty-line": 1 });
    expect(verdicts[6]).toEqual({ line: 7, ...tooLong });
    expect([two!.code, two!.stderr, two!.stdout, two!.verdicts]).toEqual([one!.code, one!.stderr, one!.stdout, one!.verdicts]);
  }, 120_000);
});
