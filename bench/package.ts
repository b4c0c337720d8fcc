// The benchmarks time the built package, the code an app runs: the sources run through a
// TypeScript loader carry its helpers (every function named at run time), which an app never pays.
import { existsSync } from "node:fs";

/** A built entry of the package, typed as its source; a missing build is an error that says how to make it. */
async function built<Entry>(file: string): Promise<Entry> {
  const url = new URL(`../dist/${file}`, import.meta.url);
  if (!existsSync(url)) throw new Error(`the benchmarks time the built package: run npm run build first (${file} is missing)`);
  return (await import(url.href)) as Entry;
}

export const iopkit = await built<typeof import("../src/index")>("index.js");
export const fhir = await built<typeof import("../src/fhir")>("fhir.js");
export const ical = await built<typeof import("../src/ical")>("ical.js");
export const testing = await built<typeof import("../src/testing")>("testing.js");
