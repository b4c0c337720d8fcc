import { useColor } from "./format";
import { run } from "./main";

declare const IOPKIT_VERSION: string;

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  color: useColor(process.stdout, process.env),
  version: IOPKIT_VERSION,
  now: () => new Date(),
});
