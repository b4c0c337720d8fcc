import type { RangeTask } from "./ranges";
import type { Verdict } from "../../audit/check-lines";
import { displayName } from "../io";

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

/** How long connecting may take, from the first try to a queue ready for work, before the command gives up. */
const CONNECT_TIMEOUT_MS = 5000;
/** How often Redis is asked whether it is there during a run, and how soon it is reconnected to. */
const HEARTBEAT_MS = 1000;
/** How long Redis may go without answering during a run before the command gives up. */
const LOST_AFTER_MS = 10_000;
/** How long a coordinator that stops waits for a worker holding one of its jobs to finish it, so that it can be removed. */
const CLEANUP_MS = 10_000;

type BullMq = typeof import("bullmq");

/** Settles as `work` does, or rejects with `error()` once `ms` have passed. */
function within<T>(work: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(error()), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A connection of its own that watches Redis during a run. */
interface Watch {
  /** The connection, for the coordinator's own commands. */
  readonly redis: import("ioredis").Redis;
  /** Resolves once Redis has answered a first ping; rejects with a {@link QueueError} when it refuses the connection. */
  readonly reached: Promise<void>;
  /** Rejects with a {@link QueueError} once Redis, reached, has not answered for {@link LOST_AFTER_MS}; never resolves. */
  readonly lost: Promise<never>;
  /** Stops watching and closes the connection. */
  readonly close: () => void;
}

/**
 * Pings Redis every {@link HEARTBEAT_MS} on a connection of its own, which reconnects once Redis
 * has answered and queues no command while it is down. `lost` gives up once no ping has been
 * answered for {@link LOST_AFTER_MS}, whether Redis refuses the connection or accepts it and stays
 * silent: BullMQ's own connections retry every command forever, so a run races them against it.
 */
function watchRedis(ioredis: typeof import("ioredis"), address: RedisAddress): Watch {
  const { shown, ...options } = address;
  let answered: number | undefined;
  const redis = new ioredis.Redis({
    ...options,
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: HEARTBEAT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    // Until Redis has answered, a refused connection is the answer: the command gives up at once.
    retryStrategy: () => (answered === undefined ? null : HEARTBEAT_MS),
  });
  let code: string | undefined;
  redis.on("error", (error: NodeJS.ErrnoException) => (code ??= error.code));
  const reached = redis
    .connect()
    .then(() => redis.ping())
    .then(
      () => void (answered = Date.now()),
      (error: NodeJS.ErrnoException) => {
        code ??= error.code;
        throw new QueueError(`cannot reach Redis at ${shown}${code ? ` (${code})` : ""}`);
      },
    );
  let timer: NodeJS.Timeout | undefined;
  const lost = reached.then(
    () =>
      new Promise<never>((_, reject) => {
        timer = setInterval(() => {
          // Closed by its owner: the watch is over.
          if (redis.status === "end") return clearInterval(timer);
          if (Date.now() - answered! > LOST_AFTER_MS) return clearInterval(timer), reject(new QueueError(`lost Redis at ${shown}: no answer for ${LOST_AFTER_MS / 1000} s`));
          redis.ping().then(() => (answered = Date.now()), () => undefined);
        }, HEARTBEAT_MS);
      }),
  );
  lost.catch(() => undefined);
  return { redis, reached, lost, close: () => (clearInterval(timer), redis.disconnect()) };
}

/** The options BullMQ's connections are made with. */
type Connection = Omit<RedisAddress, "shown"> & { readonly maxRetriesPerRequest: null };

/**
 * Loads the optional BullMQ and ioredis packages, checks that Redis answers, and opens the queue's
 * side with `open` (which waits until it is ready), all within one deadline of
 * {@link CONNECT_TIMEOUT_MS}: a Redis that refuses the connection, or accepts it and never
 * answers, is a {@link QueueError}. The watch goes on for the run.
 */
async function connectQueue<T>(address: RedisAddress, open: (bullmq: BullMq, connection: Connection) => Promise<T>): Promise<{ opened: T; watch: Watch }> {
  const missing = new QueueError("--queue needs the optional packages bullmq and ioredis: npm install bullmq ioredis");
  let watch: Watch | undefined;
  const connecting = async (): Promise<{ opened: T; watch: Watch }> => {
    // ioredis alone answers whether Redis is there; BullMQ, slower to load, only once it is.
    const ioredis = await import("ioredis").catch(() => {
      throw missing;
    });
    watch = watchRedis(ioredis, address);
    await watch.reached;
    const bullmq: BullMq = await import("bullmq").catch(() => {
      throw missing;
    });
    const { shown: _shown, ...options } = address;
    return { opened: await open(bullmq, { ...options, maxRetriesPerRequest: null }), watch };
  };
  try {
    return await within(connecting(), CONNECT_TIMEOUT_MS, () => new QueueError(`cannot reach Redis at ${address.shown} (no answer within ${CONNECT_TIMEOUT_MS / 1000} s)`));
  } catch (error) {
    watch?.close();
    throw error;
  }
}

/** A coordinator's side of the queue: range jobs go in, their verdicts come back. */
export interface RangeQueue {
  /** Checks a range on the workers; rejects with a {@link QueueError} when it fails there or Redis is lost. */
  readonly check: (task: RangeTask) => Promise<Verdict[]>;
  /** Removes what the run left in Redis (see {@link cleanUp}) and disconnects, unless Redis is lost or too slow. */
  readonly close: () => Promise<void>;
}

/** Attempts per range job: a range whose worker fails (not one that dies: that is a stalled job, retried) is tried again. */
const ATTEMPTS = 3;

type RangeJob = import("bullmq").Job<RangeTask, Verdict[]>;

/**
 * Opens the queue for one audit run; each range becomes a job. A job is removed, with its
 * verdicts, as soon as they are read; the jobs a run leaves when it stops early are removed when
 * it closes.
 */
export async function openRangeQueue(address: RedisAddress): Promise<RangeQueue> {
  const { opened, watch } = await connectQueue(address, async (bullmq, connection) => {
    const queue = new bullmq.Queue<RangeTask, Verdict[]>(QUEUE_NAME, { connection });
    const events = new bullmq.QueueEvents(QUEUE_NAME, { connection });
    queue.on("error", () => undefined);
    // Every job waited on listens for the queue closing; many are waited on at once.
    queue.setMaxListeners(0);
    events.on("error", () => undefined);
    await events.waitUntilReady();
    return { queue, events };
  });
  const { queue, events } = opened;
  /** The jobs of this run not removed yet, as they are being added. */
  const jobs = new Set<Promise<RangeJob>>();
  const run = async (task: RangeTask): Promise<Verdict[]> => {
    const added = queue.add("range", task, { attempts: ATTEMPTS, removeOnFail: true });
    jobs.add(added);
    const job = await added;
    const verdicts = await job.waitUntilFinished(events).catch(() => {
      throw new QueueError(`a range of ${displayName(task.path)} failed ${ATTEMPTS} times on the workers`);
    });
    // Read: the verdicts leave Redis before they are written out. A job that cannot be removed now is removed on close.
    await job.remove().then(() => jobs.delete(added), () => undefined);
    return verdicts;
  };
  return {
    check: (task) => Promise.race([run(task), watch.lost]),
    async close() {
      try {
        await within(Promise.race([cleanUp(queue, events, jobs, watch.redis), watch.lost]), 2 * CLEANUP_MS, () => new QueueError("Redis is too slow to clean up"));
      } catch {
        // Redis is lost or too slow: what may remain there is named in docs/audit.md. BullMQ's
        // connections are left waiting, for the process to end: closing them would fail the
        // commands under way, which BullMQ's waiters do not catch (an unhandled rejection).
      } finally {
        watch.close();
      }
    },
  };
}

/**
 * Removes what a run leaves in Redis, then closes the queue: its jobs still there (a job a worker holds once that worker
 * has finished it, waiting at most {@link CLEANUP_MS}); then, once no audit has work in the queue,
 * finished jobs a stopped coordinator left behind, and the queue's event stream, where BullMQ keeps
 * each finished job's return value: those verdicts (plan ids, rule codes) must not stay in Redis.
 * While another audit's jobs are still in the queue, its waiters read the stream, and it is left.
 */
async function cleanUp(
  queue: import("bullmq").Queue<RangeTask, Verdict[]>,
  events: import("bullmq").QueueEvents,
  jobs: Iterable<Promise<RangeJob>>,
  redis: import("ioredis").Redis,
): Promise<void> {
  await Promise.all(
    [...jobs].map(async (added) => {
      const job = await added.catch(() => undefined);
      if (job === undefined || (await job.remove().then(() => true, () => false))) return;
      await job.waitUntilFinished(events, CLEANUP_MS).catch(() => undefined);
      await job.remove().catch(() => undefined);
    }),
  );
  await events.close();
  const pending = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children");
  if (Object.values(pending).every((count) => count === 0)) {
    await queue.clean(0, 0, "completed");
    await redis.del(queue.keys.events!);
  }
  await queue.close();
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

/** A worker process's side of the queue. */
export interface RangeServer {
  /** Rejects with a {@link QueueError} once Redis is lost (see {@link connectQueue}). */
  readonly lost: Promise<never>;
  /** Lets the jobs under way finish, then disconnects. */
  readonly close: () => Promise<void>;
}

/** Takes range jobs from the queue until closed. */
export async function serveRangeQueue(address: RedisAddress, options: WorkerOptions): Promise<RangeServer> {
  const { opened: worker, watch } = await connectQueue(address, async (bullmq, connection) => {
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
    return worker;
  });
  return { lost: watch.lost, close: () => worker.close().finally(watch.close) };
}
