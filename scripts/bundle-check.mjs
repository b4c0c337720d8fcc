// Bundles `import { checkPlan } from "iopkit"` for the browser, minified: fails if a Node built-in
// is pulled in, zod is kept whole or iopkit's own code exceeds the gzip ceiling in package.json;
// reports zod and date-fns apart.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const ceiling = manifest.iopkit.bundleCeilingGzipBytes;
const entry = { contents: 'import { checkPlan } from "iopkit"; globalThis.checkPlan = checkPlan;', resolveDir: process.cwd(), loader: "js" };
const dependencies = ["zod", "ts-pattern", "date-fns", "@date-fns/tz"];

async function bundle(external, stdin = entry) {
  const result = await build({ stdin, bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, external, logLevel: "silent" });
  const inputs = Object.keys(result.metafile.inputs);
  const builtIns = inputs.filter((input) => input.startsWith("node:") || /(^|\/)node_modules\/(fs|path|os|crypto)\//.test(input));
  if (builtIns.length > 0) throw new Error(`the browser bundle pulls in Node built-ins: ${builtIns.join(", ")}`);
  const output = Object.values(result.metafile.outputs)[0];
  return { code: result.outputFiles[0].contents, output };
}

const own = await bundle(dependencies);
const ownGzip = gzipSync(own.code).length;
const full = await bundle([]);
const byPackage = {};
for (const [path, info] of Object.entries(full.output.inputs)) {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "iopkit";
  byPackage[name] = (byPackage[name] ?? 0) + info.bytesInOutput;
}
console.log(`iopkit's own code: ${ownGzip} bytes gzipped (ceiling ${ceiling})`);
console.log(`whole bundle: ${full.code.length} bytes minified, ${gzipSync(full.code).length} gzipped`);
for (const [name, bytes] of Object.entries(byPackage).sort((a, b) => b[1] - a[1])) console.log(`  ${name}: ${bytes} bytes minified`);
// zod sets its English messages itself; any other locale in the bundle means a namespace object
// (`z`, `z.core`) was read whole, which keeps every zod module, unused ones included.
const zodLocales = Object.keys(full.output.inputs).filter((path) => /zod\/v4\/locales\/(?!en\.js$)/.test(path));
if (zodLocales.length > 0) {
  console.error(`the browser bundle keeps ${zodLocales.length} of zod's locales besides English: a zod namespace is read whole somewhere`);
  process.exit(1);
}
const icalEntry = { ...entry, contents: 'import { toICalendar } from "iopkit/ical"; globalThis.toICalendar = toICalendar;' };
const ical = await bundle([...dependencies, "ical-generator"], icalEntry);
const icalWriter = (await bundle(dependencies, icalEntry)).code.length - ical.code.length;
console.log(`iopkit/ical (not counted toward the ceiling): ${gzipSync(ical.code).length} bytes gzipped of iopkit's code, ical-generator ${icalWriter} bytes minified`);
// iopkit/fhir is bundled on its own: it must stay browser-safe; its size is reported, not counted in the ceiling.
const fhir = await bundle(dependencies, { ...entry, contents: 'import { toFhir, fromFhir } from "iopkit/fhir"; globalThis.fhir = { toFhir, fromFhir };' });
console.log(`iopkit/fhir with its share of iopkit: ${gzipSync(fhir.code).length} bytes gzipped (not counted in the ceiling)`);
// iopkit/locales/es holds only Spanish text: an app that writes English never loads it.
const es = await bundle(dependencies, { ...entry, contents: 'import { es } from "iopkit/locales/es"; globalThis.es = es;' });
console.log(`iopkit/locales/es: ${gzipSync(es.code).length} bytes gzipped (not counted in the ceiling)`);
if (ownGzip > ceiling) {
  console.error(`iopkit's own code is ${ownGzip} bytes gzipped, above the ${ceiling}-byte ceiling`);
  process.exit(1);
}
