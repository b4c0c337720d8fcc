// How `iopkit audit --queue` and `iopkit worker` end when they do not end normally: a Redis that
// accepts connections and never answers, a Redis lost in the middle of a run, and a coordinator
// stopped by SIGINT or SIGTERM, which must leave none of its jobs or verdicts in Redis.
//
// The tests of a Redis that does not answer mostly wait (for a connection deadline, for Redis to
// stay silent long enough to be given up on), each with a server of its own: they run side by side.
// The signal tests share the file's Redis queue and check that it ends empty, and they stop the
// coordinator while a worker is still busy, which a test beside them could delay until the work is
// done: they run after the others, one after the other.
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AS_OF, auditFixture, background, redisCli, startRedis, stop, until } from "./cli-harness";

const fixture = auditFixture(4000);

/** The keys of the queue in the Redis on `port` that hold a job or what a job returned. */
function jobKeys(port: number | string): string[] {
  const keys = redisCli(port, "--scan", "--pattern", "bull:iopkit-audit:*").split("\n").filter((key) => key !== "");
  return keys.filter((key) => /:(\d+|events|wait|active|completed|failed|prioritized|delayed)$/.test(key)).sort();
}

/** A TCP server on a free port that accepts connections, reads what comes, and never answers. */
async function silentServer(): Promise<{ server: Server; address: string }> {
  const server = createServer((socket) => socket.on("data", () => undefined));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, address: `redis://127.0.0.1:${(server.address() as { port: number }).port}` };
}

describe.concurrent("iopkit audit --queue and worker when Redis does not answer", () => {
  it("exit 2 with one line within 10 seconds when Redis accepts the connection and never answers", async () => {
    const { server, address } = await silentServer();
    try {
      // Both commands at once, each timed from its own start: each waits for its connection deadline.
      const ended = await Promise.all(
        [["audit", fixture.caseload, "--queue", address], ["worker", "--queue", address]].map(async (args) => {
          const startedAt = Date.now();
          const run = background(args);
          const code = await Promise.race([run.exit, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 10_000))]);
          return { run, code, elapsed: Date.now() - startedAt };
        }),
      );
      for (const { run, code, elapsed } of ended) {
        expect(code).toBe(2);
        expect(elapsed).toBeLessThan(10_000);
        expect(run.stderr()).toMatch(new RegExp(`^iopkit: cannot reach Redis at ${address}( \\([^)\\n]+\\))?\\n$`));
      }
    } finally {
      server.close();
    }
  }, 60_000);

  it("give up with exit 2 and one line when Redis stops answering in the middle of a run", async () => {
    const redis = await startRedis();
    try {
      const worker = background(["worker", "--queue", redis.address, "--threads", "1"]);
      await until(() => worker.stderr().includes("waiting for work"), "the worker to connect");
      // Five times the caseload: a run of several seconds, still under way when Redis stops.
      const caseload = join(fixture.folder, "five-times.ndjson");
      writeFileSync(caseload, Buffer.concat(Array.from({ length: 5 }, () => readFileSync(fixture.caseload))));
      const coordinator = background(["audit", caseload, "--as-of", AS_OF, "--queue", redis.address, "--threads", "16", "--out", join(fixture.folder, "lost.ndjson")]);
      await until(() => worker.stderr().includes("checking bytes"), "the worker to take a job");
      redis.process.kill("SIGSTOP");
      expect(coordinator.child.exitCode).toBeNull();
      const stoppedAt = Date.now();
      const codes = await Promise.all([coordinator.exit, worker.exit]);
      expect(Date.now() - stoppedAt).toBeLessThan(30_000);
      expect(codes).toEqual([2, 2]);
      expect(coordinator.stderr()).toMatch(new RegExp(`^iopkit: lost Redis at ${redis.address}: no answer for \\d+ s\\n$`));
      expect(worker.stderr().endsWith(coordinator.stderr())).toBe(true);
    } finally {
      const exited = new Promise((resolve) => redis.process.once("exit", resolve));
      redis.process.kill("SIGKILL");
      await exited;
    }
  }, 120_000);
});

describe("iopkit audit --queue stopped by a signal", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("removes its jobs and their verdicts from Redis on %s, and exits 128 plus the signal", async (signal) => {
    const port = new URL(fixture.queue).port;
    // No worker yet: the coordinator's jobs wait in the queue.
    const coordinator = background(["audit", fixture.caseload, "--as-of", AS_OF, "--queue", fixture.queue, "--threads", "16", "--out", join(fixture.folder, `${signal}.ndjson`)]);
    await until(() => Number(redisCli(port, "llen", "bull:iopkit-audit:wait")) > 10, "the coordinator's jobs");
    // A worker finishes some: their verdicts are in Redis until the coordinator has read them.
    const [worker] = await fixture.workers(1);
    await until(() => (worker!.stderr().match(/checking bytes/g) ?? []).length >= 3, "the worker to take three jobs");
    coordinator.child.kill(signal);
    expect(await coordinator.exit).toBe(signal === "SIGINT" ? 130 : 143);
    expect(coordinator.stderr()).toBe(`iopkit: stopped by ${signal}\n`);
    await stop([worker!]);
    expect(jobKeys(port)).toEqual([]);
  }, 120_000);
});
