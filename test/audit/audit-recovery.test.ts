import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AS_OF, auditFixture, background, iopkitProcess, stop, until } from "./cli-harness";

const fixture = auditFixture(2000);

describe("iopkit audit --queue when a worker dies", () => {
  it("finishes with complete, identical output when a worker is killed (SIGKILL) in the middle of a job", async () => {
    const expected = join(fixture.folder, "expected.ndjson");
    expect(iopkitProcess(["audit", fixture.caseload, "--as-of", AS_OF, "--threads", "1", "--out", expected]).code).toBe(1);
    const [victim, survivor] = await fixture.workers(2);
    const out = join(fixture.folder, "queued.ndjson");
    const coordinator = background(["audit", fixture.caseload, "--as-of", AS_OF, "--queue", fixture.queue, "--out", out]);
    await until(() => victim!.stderr().includes("checking bytes"), "the first worker to take a job");
    victim!.child.kill("SIGKILL");
    const killedRange = /checking bytes (\d+-\d+)/.exec(victim!.stderr())![1]!;
    expect(await coordinator.exit).toBe(1);
    await stop([survivor!]);
    expect(survivor!.stderr()).toContain(`checking bytes ${killedRange} `);
    expect(readFileSync(out).equals(readFileSync(expected))).toBe(true);
  }, 600_000);
});
