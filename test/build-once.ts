// Vitest's global setup: builds the package (`npm run build`) before any test file runs, when
// dist/ lacks the command line or its audit worker or is older than what it is built from (src/,
// the manifest, whose version the command line prints, and the build's configuration). The command line's tests
// run dist/cli.js in processes of their own, and the audit's worker threads load
// dist/audit-worker.js, found beside it as in an installed package. Built here, once, rather than
// by the test files, which run side by side.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const BUILT = ["dist/cli.js", "dist/audit-worker.js"];
const SOURCES = ["src", "package.json", "tsup.config.ts", "tsconfig.build.json"];

/** The newest modification time under a path. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the package when a built file is missing or older than the newest source. */
export default function buildOnce(): void {
  const sources = Math.max(...SOURCES.map(newest));
  if (BUILT.every((path) => existsSync(path) && statSync(path).mtimeMs >= sources)) return;
  execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
}
