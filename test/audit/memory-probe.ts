// Run by memory.test.ts as `node --expose-gc --import tsx memory-probe.ts <lines>`: streams that many
// NDJSON lines (one plan in a hundred, the others short JSON lines that are no plan) through checkLines in
// byte chunks made on the fly, and prints the largest heap left after a full collection, taken ten
// times along the stream whatever its length.
import { checkLines } from "../../src/index";
import { cleanPlan } from "../helpers/plans";

const lines = Number(process.argv[2]);
const plan = JSON.stringify(cleanPlan());
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("run with --expose-gc");

async function* source(): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (let line = 0; line < lines; line += 1) yield encoder.encode(`${line % 100 === 0 ? plan : `[${line}]`}\n`);
}

const every = Math.max(1, Math.floor(lines / 10));
let peak = 0;
let count = 0;
for await (const verdict of checkLines(source(), { asOf: "2026-03-12" })) {
  count += 1;
  if (verdict.line % every === 0) {
    collect!();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
}
console.log(JSON.stringify({ count, peak }));
