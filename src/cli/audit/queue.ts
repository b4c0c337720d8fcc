import type { RangeTask } from "./ranges";
import type { Verdict } from "../../audit/check-lines";

/** The BullMQ queue audits and workers meet on. */
export const QUEUE_NAME = "iopkit-audit";

/** Thrown when the queue cannot be used: the message is one line, shown as is. */
export class QueueError extends Error {
  override readonly name = "QueueError";
}

/** Where Redis is, from a `redis://[user:password@]host:port[/db]` address. */
export interface RedisAddress {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db?: number;
  /** The address without its password, fit for messages. */
  readonly shown: string;
}

/** Reads a `redis://` address, or returns undefined when it is not one. */
export function parseRedisAddress(text: string): RedisAddress | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "redis:" || url.hostname === "") return undefined;
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  if (db !== undefined && !Number.isInteger(db)) return undefined;
  return {
    host: url.hostname,
    port: url.port === "" ? 6379 : Number(url.port),
    ...(url.username === "" ? {} : { username: decodeURIComponent(url.username) }),
    ...(url.password === "" ? {} : { password: decodeURIComponent(url.password) }),
    ...(db === undefined ? {} : { db }),
    shown: `redis://${url.host}${url.pathname.length > 1 ? url.pathname : ""}`,
  };
}

/** How long a first connection to Redis may take before the command gives up. */
const CONNECT_TIMEOUT_MS = 3000;

type BullMq = typeof import("bullmq");

/** Loads the optional BullMQ and ioredis packages and checks that Redis answers, within a few seconds. */
export async function connectQueue(address: RedisAddress): Promise<{ bullmq: BullMq; ioredis: typeof import("ioredis"); connection: Record<string, unknown> }> {
  const missing = new QueueError("--queue needs the optional packages bullmq and ioredis: npm install bullmq ioredis");
  // ioredis alone answers whether Redis is there; BullMQ, slower to load, only once it is.
  const ioredis = await import("ioredis").catch(() => {
    throw missing;
  });
  const { shown, ...options } = address;
  const probe = new ioredis.Redis({ ...options, lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let code: string | undefined;
  probe.on("error", (error: NodeJS.ErrnoException) => (code ??= error.code));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    code ??= (error as NodeJS.ErrnoException).code;
    throw new QueueError(`cannot reach Redis at ${shown}${code ? ` (${code})` : ""}`);
  } finally {
    probe.disconnect();
  }
  const bullmq: BullMq = await import("bullmq").catch(() => {
    throw missing;
  });
  return { bullmq, ioredis, connection: { ...options, maxRetriesPerRequest: null } };
}

/** A coordinator's side of the queue: range jobs go in, their verdicts come back. */
export interface RangeQueue {
  readonly check: (task: RangeTask) => Promise<Verdict[]>;
  readonly close: () => Promise<void>;
}

/** Attempts per range job: a range whose worker fails (not one that dies: that is a stalled job, retried) is tried again. */
const ATTEMPTS = 3;

/** Opens the queue for one audit run; each range becomes a job. */
export async function openRangeQueue(address: RedisAddress): Promise<RangeQueue> {
  const { bullmq, ioredis, connection } = await connectQueue(address);
  const queue = new bullmq.Queue<RangeTask, Verdict[]>(QUEUE_NAME, { connection });
  const events = new bullmq.QueueEvents(QUEUE_NAME, { connection });
  queue.on("error", () => undefined);
  // Every job waited on listens for the queue closing; many are waited on at once.
  queue.setMaxListeners(0);
  events.on("error", () => undefined);
  await events.waitUntilReady();
  return {
    async check(task) {
      const job = await queue.add("range", task, { attempts: ATTEMPTS, removeOnFail: true });
      try {
        return await job.waitUntilFinished(events);
      } catch {
        throw new QueueError(`a range of ${task.path} failed ${ATTEMPTS} times on the workers`);
      } finally {
        await job.remove().catch(() => undefined);
      }
    },
    async close() {
      await events.close();
      await forgetVerdicts(queue, new ioredis.Redis(connection));
      await queue.close();
    },
  };
}

/**
 * Deletes the queue's event stream once no job is left in it: BullMQ keeps each finished job's
 * return value there, and those verdicts (plan ids, rule codes) must not stay in Redis. While
 * another audit's jobs are still in the queue, its waiters read the stream, and it is left.
 */
async function forgetVerdicts(
  queue: { getJobCounts(...types: ("waiting" | "active" | "delayed" | "prioritized" | "waiting-children")[]): Promise<Record<string, number>>; readonly keys: Record<string, string> },
  redis: import("ioredis").Redis,
): Promise<void> {
  try {
    const pending = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children");
    if (Object.values(pending).every((count) => count === 0)) await redis.del(queue.keys.events!);
  } finally {
    redis.disconnect();
  }
}

/** Options of a worker process. */
export interface WorkerOptions {
  /** Jobs checked at once, each in its own thread. */
  readonly concurrency: number;
  /** How soon the job of a worker that died goes back to the queue for another, in milliseconds. */
  readonly stalledMs: number;
  /** Checks one range (in a worker thread). */
  readonly check: (task: RangeTask) => Promise<Verdict[]>;
  /** Told of each job as it starts: its path and byte range. */
  readonly onJob: (task: RangeTask) => void;
}

/** Takes range jobs from the queue until closed. */
export async function serveRangeQueue(address: RedisAddress, options: WorkerOptions): Promise<{ close: () => Promise<void> }> {
  const { bullmq, connection } = await connectQueue(address);
  const worker = new bullmq.Worker<RangeTask, Verdict[]>(
    QUEUE_NAME,
    async (job) => {
      options.onJob(job.data);
      return options.check(job.data);
    },
    { connection, concurrency: options.concurrency, lockDuration: options.stalledMs, stalledInterval: options.stalledMs, maxStalledCount: 3 },
  );
  worker.on("error", () => undefined);
  await worker.waitUntilReady();
  return { close: () => worker.close() };
}
