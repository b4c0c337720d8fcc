import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { iopkit } from "../helpers/cli";
import { runs } from "../helpers/runs";
import { AS_OF, auditFixture, freePort, iopkitProcess, stop } from "./cli-harness";

/** 20,000 plans in the full run; the run under the zone and Node matrices checks a tenth of them. */
const PLANS = runs(20_000).numRuns;
const fixture = auditFixture(PLANS);

describe("iopkit audit", () => {
  it("writes identical verdict files from --threads 1, --threads 2 and a BullMQ run with two workers, and leaves no verdict in Redis", async () => {
    const outputs = ["one", "two", "queue"].map((name) => join(fixture.folder, `${name}.ndjson`));
    const one = iopkitProcess(["audit", fixture.caseload, "--as-of", AS_OF, "--threads", "1", "--out", outputs[0]!]);
    expect(one.code).toBe(1);
    expect(one.stdout).toMatch(new RegExp(`^${PLANS} plans: \\d+ ok, \\d+ with errors\nmost frequent rules:\n`));
    expect(one.stdout).toContain("audit/not-json");
    const two = iopkitProcess(["audit", fixture.caseload, "--as-of", AS_OF, "--threads", "2", "--out", outputs[1]!]);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const pair = await fixture.workers(2);
    // The coordinator names the file relative to its own folder, which is not the workers'.
    const queued = iopkitProcess(["audit", basename(fixture.caseload), "--as-of", AS_OF, "--queue", fixture.queue, "--out", outputs[2]!], fixture.folder);
    await stop(pair);
    const port = new URL(fixture.queue).port;
    expect(spawnSync("redis-cli", ["-p", port, "exists", "bull:iopkit-audit:events"], { encoding: "utf8" }).stdout.trim()).toBe("0");
    expect(queued.stderr).toBe("");
    expect(queued.code).toBe(1);
    expect(pair.every((worker) => worker.stderr().includes("checking bytes"))).toBe(true);
    const [first, ...others] = outputs.map((path) => readFileSync(path));
    const lines = first!.toString("utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(PLANS);
    expect(lines.map((line) => (JSON.parse(line) as { line: number }).line)).toEqual(Array.from({ length: PLANS }, (_, index) => index + 1));
    expect(JSON.parse(lines[96]!)).toEqual({ line: 97, ok: false, counts: { error: 1, warning: 0, info: 0 }, rules: { "audit/empty-line": 1 } });
    for (const other of others) expect(other.equals(first!)).toBe(true);
  }, 900_000);

  it("exits 2 with one line within 10 seconds when Redis cannot be reached", async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    for (const args of [["audit", fixture.caseload, "--queue", nowhere], ["worker", "--queue", nowhere]]) {
      const startedAt = Date.now();
      const result = iopkitProcess(args);
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^iopkit: cannot reach Redis at ${nowhere}( \\(\\w+\\))?\\n$`));
    }
  }, 60_000);

  it("answers bad usage with exit 2 and one line", () => {
    // The options are checked before anything runs: in this process. A missing file is found when
    // the audit starts, after the command has returned: in a process of its own.
    const results = [
      ...[
        ["audit"],
        ["audit", fixture.caseload, "--threads", "0"],
        ["audit", fixture.caseload, "--threads", "99999999999"],
        ["audit", fixture.caseload, "--threads", "1e1"],
        ["audit", fixture.caseload, "--bogus"],
        ["audit", fixture.caseload, "--queue", "http://x"],
        ["audit", "-", "--queue", "redis://127.0.0.1:1"],
        ["worker"],
        ["worker", "--bogus"],
        ["worker", "--queue", "redis://127.0.0.1:1", "--stalled-ms", "0"],
      ].map((args) => iopkit(args)),
      iopkitProcess(["audit", join(fixture.folder, "missing.ndjson")]),
    ];
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toContain("unexpected failure");
    }
  });
});
