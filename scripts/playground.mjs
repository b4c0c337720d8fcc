// Builds the browser playground (examples/playground) with esbuild into a folder and serves it on
// localhost with a static file server. The page runs iopkit in the browser: the server only hands
// out the built files. Options: --port N (default 4173, 0 picks a free port), --out DIR (default
// examples/playground/dist), --build-only. Fails when the page's JavaScript is above 150 kB gzipped.
import { build } from "esbuild";
import { createReadStream, readdirSync, readFileSync, rmSync, mkdirSync, copyFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const CEILING_GZIP_BYTES = 150_000;
const SOURCE = "examples/playground";
const PLANS = "examples/plans";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

const { values } = parseArgs({
  options: { port: { type: "string", default: "4173" }, out: { type: "string", default: join(SOURCE, "dist") }, "build-only": { type: "boolean", default: false } },
});
const out = resolve(values.out);

// The example plans, bundled into the page as the module "example-plans" (file name → parsed JSON).
const examplePlans = {
  name: "example-plans",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^example-plans$/ }, () => ({ path: "example-plans", namespace: "example-plans" }));
    esbuild.onLoad({ filter: /.*/, namespace: "example-plans" }, () => {
      const files = readdirSync(PLANS).filter((name) => name.endsWith(".json")).sort();
      const plans = Object.fromEntries(files.map((name) => [name, JSON.parse(readFileSync(join(PLANS, name), "utf8"))]));
      return { contents: JSON.stringify(plans), loader: "json", watchFiles: files.map((name) => join(PLANS, name)) };
    });
  },
};

// The package declares itself free of side effects; the page's module that sets zod up for the
// Content-Security-Policy is imported for its side effect alone, so it is marked as having one.
const jitless = {
  name: "jitless-set-up",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/jitless$/ }, (args) => ({ path: resolve(args.resolveDir, "jitless.ts"), sideEffects: true }));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { metafile } = await build({
  entryPoints: [join(SOURCE, "main.ts")],
  outdir: out,
  bundle: true,
  minify: true,
  format: "esm",
  splitting: true,
  chunkNames: "chunk-[hash]",
  platform: "browser",
  target: "es2022",
  alias: { iopkit: resolve("src/index.ts"), "iopkit/ical": resolve("src/ical/index.ts"), "iopkit/fhir": resolve("src/fhir/index.ts"), "iopkit/locales/es": resolve("src/locales/es/index.ts") },
  plugins: [examplePlans, jitless],
  logLevel: "warning",
  metafile: true,
});
copyFileSync(join(SOURCE, "index.html"), join(out, "index.html"));

// The page loads main.js, what it imports and the page it imports once zod is set (its dynamic
// imports load on every visit); the Spanish messages and each file writer come later, only when
// asked for. The ceiling holds for all of it: every file the page can load.
const gzipOf = (file) => gzipSync(readFileSync(file)).length;
const importsOf = (file, kind) => metafile.outputs[file].imports.filter((entry) => entry.kind === kind && entry.path.endsWith(".js")).map((entry) => entry.path);
function closure(files, seen = new Set()) {
  for (const file of files) if (!seen.has(file)) seen.add(file), closure(importsOf(file, "import-statement"), seen);
  return seen;
}
const mainFile = Object.keys(metafile.outputs).find((file) => file.endsWith("/main.js"));
const start = closure([mainFile, ...importsOf(mainFile, "dynamic-import")]);
const startBytes = [...start].reduce((sum, file) => sum + gzipOf(file), 0);
const later = [...new Set([...start].flatMap((file) => importsOf(file, "dynamic-import")))].filter((file) => !start.has(file)).map((file) =>
  [...closure([file])].filter((part) => !start.has(part)).reduce((sum, part) => sum + gzipOf(part), 0),
);
const gzipBytes = Object.keys(metafile.outputs).filter((file) => file.endsWith(".js")).reduce((sum, file) => sum + gzipOf(file), 0);
console.log(
  `playground JavaScript: ${startBytes} bytes gzipped at start, ${later.length} parts loaded when asked for (${later.join(", ")} bytes); ${gzipBytes} bytes in all (ceiling ${CEILING_GZIP_BYTES})`,
);
if (gzipBytes > CEILING_GZIP_BYTES) {
  console.error(`the playground's JavaScript is ${gzipBytes} bytes gzipped, above the ${CEILING_GZIP_BYTES}-byte ceiling`);
  process.exit(1);
}
if (values["build-only"]) process.exit(0);

const server = createServer((request, response) => {
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  const file = resolve(out, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
  const type = TYPES[extname(file)];
  // Only the built files, by their plain names: anything else (other methods, paths outside the folder) is not found.
  if (request.method !== "GET" || !file.startsWith(out + sep) || !type || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
  createReadStream(file).pipe(response);
});
server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`playground: http://127.0.0.1:${server.address().port}/`);
});
