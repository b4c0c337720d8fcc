import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { TreatmentPlan } from "../src/index";
import { measureAlternating, median, medianOf, type Section } from "./harness";
import { iopkit } from "./package";

const CLI = new URL("../dist/cli.js", import.meta.url);
/** Lines per measured batch: the cost of a line is the batch's time over its lines. */
const BATCH = 200;
const AS_OF = "2026-03-30";
/**
 * Lines checked before the timed rounds, by the checks together: the engine keeps optimizing the
 * rules in the background until a thread has checked about 30,000 (docs/audit.md), and a line
 * checked before then costs more than one of the millions a caseload's audit checks after.
 */
const WARMUP_LINES = 30_000;

/** Wall time of one `iopkit audit` run over a file, in milliseconds. */
function auditMs(file: string, threads: number): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI.pathname, "audit", file, "--as-of", AS_OF, "--threads", String(threads), "--out", `${file}.${threads}.out`], { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`iopkit audit failed: ${run.stderr}`);
  return performance.now() - start;
}

/**
 * A worker thread that parses the lines of bytes [start, end) of a file with `JSON.parse` and
 * nothing else, reading a thousand lines at a time: an audit thread's work without iopkit's check.
 */
const PARSE_RANGE = `
const { openSync, readSync, closeSync } = require("node:fs");
const { parentPort, workerData: { file, start, end, lineBytes } } = require("node:worker_threads");
const descriptor = openSync(file, "r");
const chunk = Buffer.alloc(1000 * lineBytes);
let lines = 0;
for (let at = start; at < end; at += chunk.length) {
  const read = readSync(descriptor, chunk, 0, Math.min(chunk.length, end - at), at);
  for (let from = 0; from < read; from += lineBytes) {
    JSON.parse(chunk.toString("utf8", from, from + lineBytes - 1));
    lines += 1;
  }
}
closeSync(descriptor);
parentPort.postMessage(lines);
`;

/** Wall time of `threads` worker threads side by side, each parsing an equal share of the file's lines, in milliseconds. */
async function parseMs(file: string, threads: number, bytes: number, lineBytes: number): Promise<number> {
  // The caseload repeats one line, so every line has the same length and a range is whole lines.
  const linesEach = Math.ceil(bytes / lineBytes / threads);
  const start = performance.now();
  const parsed = await Promise.all(
    Array.from({ length: threads }, (_, index) => {
      const range = { file, lineBytes, start: index * linesEach * lineBytes, end: Math.min(bytes, (index + 1) * linesEach * lineBytes) };
      return new Promise<number>((resolve, reject) => new Worker(PARSE_RANGE, { eval: true, workerData: range }).once("message", resolve).once("error", reject));
    }),
  );
  const elapsed = performance.now() - start;
  if (parsed.reduce((sum, lines) => sum + lines, 0) !== bytes / lineBytes) throw new Error(`the parsing threads read ${parsed.join(" + ")} lines, not ${bytes / lineBytes}`);
  return elapsed;
}

/**
 * Lines in the smaller of the two caseloads the threads are compared on; the larger has twice as
 * many. A thread pays fixed costs: starting, and warming up, which lasts tens of thousands of plans
 * (the engine keeps compiling rules in the background until each thread has checked about 30,000,
 * and two threads warming up at once share the cores with each other's compilers). Plans per
 * second at scale, where an audit of millions of plans runs, is therefore the rate of the larger
 * caseload's second half, its extra lines over its extra time, with every thread past its warm-up.
 */
const CASELOAD_LINES = 60_000;

/** The size of the chunks a file stream reads by default. */
const FILE_CHUNK_BYTES = 64 * 1024;

/** Text as a file stream gives it: UTF-8 bytes in chunks of {@link FILE_CHUNK_BYTES}. */
function fileChunks(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += FILE_CHUNK_BYTES) chunks.push(bytes.subarray(start, start + FILE_CHUNK_BYTES));
  return chunks;
}

/** Writes `plans` copies of `line` to `file`, a thousand lines at a time: a whole caseload is longer than a string can be. */
function writeCaseload(file: string, line: string, plans: number): void {
  const thousand = `${line}\n`.repeat(1000);
  writeFileSync(file, "");
  for (let written = 0; written < plans; written += 1000) appendFileSync(file, written + 1000 <= plans ? thousand : `${line}\n`.repeat(plans - written));
}

/**
 * A caseload's costs: checking NDJSON lines with `checkLines` against parsing them with
 * `JSON.parse` (the engine's goal is at most 3×), checking the lines as a file's bytes with one of
 * them outside Latin-1 against none (goal at most 1.1×), and `iopkit audit` plans per second at scale on
 * two threads against one (goal at least 1.6× on two cores, written as a time ratio of at most
 * 1 / 1.6), beside the whole runs' times and the same split of the file parsed with `JSON.parse`
 * alone on one thread and on two.
 */
export async function auditBench(smoke: boolean, reference: TreatmentPlan): Promise<Section> {
  if (!existsSync(CLI)) throw new Error("the audit benchmark runs the built command line: run npm run build first");
  const { checkLines } = iopkit;
  const line = JSON.stringify(reference);
  const batch = Array.from({ length: BATCH }, () => line);
  const text = `${batch.join("\n")}\n`;
  const checkBatch = async (source: Iterable<string | Uint8Array>) => {
    let verdicts = 0;
    for await (const _verdict of checkLines(source, { asOf: AS_OF })) verdicts += 1;
    if (verdicts !== BATCH) throw new Error(`checkLines gave ${verdicts} verdicts for ${BATCH} lines`);
  };
  // The same lines as a file's bytes, and the same with the first plan's first discharge criterion
  // holding an emoji: that line alone is held as text of two bytes a character (UTF-16).
  const [criterion, ...criteria] = reference.dischargeCriteria;
  const wide = JSON.stringify({ ...reference, dischargeCriteria: [`${criterion} 😀`, ...criteria] });
  const bytes = fileChunks(text);
  const bytesWithWideLine = fileChunks(`${[wide, ...batch.slice(1)].join("\n")}\n`);
  const checks = {
    [`checkLines over ${BATCH} lines`]: () => checkBatch([text]),
    [`checkLines over ${BATCH} lines as bytes`]: () => checkBatch(bytes),
    [`checkLines over ${BATCH} lines as bytes, the first outside Latin-1`]: () => checkBatch(bytesWithWideLine),
  };
  // Timed in alternating rounds with JSON.parse, as their ratios are the goals, after the rounds
  // in which the checks' lines add up to WARMUP_LINES.
  const cases = await measureAlternating(
    { [`JSON.parse of ${BATCH} plans' lines`]: () => batch.map((each) => JSON.parse(each)), ...checks },
    smoke,
    Math.ceil(WARMUP_LINES / (Object.keys(checks).length * BATCH)),
  );
  const folder = mkdtempSync(join(tmpdir(), "iopkit-audit-bench-"));
  try {
    const plans = smoke ? 200 : CASELOAD_LINES;
    const files = { smaller: join(folder, "smaller.ndjson"), larger: join(folder, "larger.ndjson") };
    writeCaseload(files.smaller, line, plans);
    writeCaseload(files.larger, line, 2 * plans);
    const rounds = smoke ? 1 : 3;
    // Each round runs the four audits back to back, the order of the thread counts and of the two
    // sizes turned round every other round, so a machine that slows down over a round does not
    // always weigh on the same run. A round's extra time is its larger audit's time less its
    // smaller one's; the reported extra time is the median of the rounds'.
    const runs = { one: { smaller: [] as number[], larger: [] as number[] }, two: { smaller: [] as number[], larger: [] as number[] } };
    for (let round = 0; round < rounds; round += 1) {
      const turned = round % 2 === 1;
      for (const threads of turned ? ([2, 1] as const) : ([1, 2] as const)) {
        const run = threads === 1 ? runs.one : runs.two;
        for (const size of turned ? (["larger", "smaller"] as const) : (["smaller", "larger"] as const)) run[size].push(auditMs(files[size], threads));
      }
    }
    const extra = (run: { smaller: readonly number[]; larger: readonly number[] }) => median(run.larger.map((larger, round) => larger - run.smaller[round]!));
    // What two cores give the same split of the file without the check: its lines parsed with
    // JSON.parse by one thread, then by two threads side by side.
    const lineBytes = Buffer.byteLength(line) + 1;
    const parsedByOne: number[] = [];
    const parsedByTwo: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      parsedByOne.push(await parseMs(files.larger, 1, 2 * plans * lineBytes, lineBytes));
      parsedByTwo.push(await parseMs(files.larger, 2, 2 * plans * lineBytes, lineBytes));
    }
    const atScale = { one: extra(runs.one), two: extra(runs.two) };
    return {
      title: `Caseload audit (plans of ${Math.round(line.length / 1024)} kB; at scale ${Math.round((plans * 1000) / atScale.one)} plans/s on 1 thread, ${Math.round((plans * 1000) / atScale.two)} on 2)`,
      cases: [
        ...cases,
        { name: `iopkit audit --threads 1 (${plans} plans)`, medianMs: median(runs.one.smaller) },
        { name: `iopkit audit --threads 1 (${2 * plans} plans)`, medianMs: median(runs.one.larger) },
        { name: `iopkit audit --threads 2 (${plans} plans)`, medianMs: median(runs.two.smaller) },
        { name: `iopkit audit --threads 2 (${2 * plans} plans)`, medianMs: median(runs.two.larger) },
        { name: `iopkit audit --threads 1, extra time for ${plans} more plans (median of the rounds' differences)`, medianMs: atScale.one },
        { name: `iopkit audit --threads 2, extra time for ${plans} more plans (median of the rounds' differences)`, medianMs: atScale.two },
        { name: `JSON.parse of the ${2 * plans} plans' lines, 1 thread`, medianMs: median(parsedByOne) },
        { name: `JSON.parse of the ${2 * plans} plans' lines, 2 threads side by side`, medianMs: median(parsedByTwo) },
      ],
      ratios: [
        { name: "checking a line ÷ JSON.parse of it", value: medianOf(cases, `checkLines over ${BATCH} lines`) / medianOf(cases, `JSON.parse of ${BATCH} plans' lines`), target: 3 },
        {
          name: "checking lines as bytes, one of them outside Latin-1 ÷ none (the wider text stays on its line)",
          value: medianOf(cases, `checkLines over ${BATCH} lines as bytes, the first outside Latin-1`) / medianOf(cases, `checkLines over ${BATCH} lines as bytes`),
          target: 1.1,
        },
        { name: "audit time per plan at scale, --threads 2 ÷ --threads 1 (1 / plans-per-second speed-up)", value: atScale.two / atScale.one, target: 1 / 1.6 },
        { name: `whole audit time of ${2 * plans} plans, --threads 2 ÷ --threads 1 (fixed costs included)`, value: median(runs.two.larger) / median(runs.one.larger) },
        // What two cores give the same split of the file without the check: JSON.parse alone.
        { name: `JSON.parse of the ${2 * plans} plans' lines, time on 2 threads ÷ 1 (the same split without the check)`, value: median(parsedByTwo) / median(parsedByOne) },
      ],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
