// Packs the package, unpacks it into a fresh project that has only its runtime dependencies, and
// imports it from ESM, CommonJS and TypeScript (moduleResolution nodenext and bundler).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(".");
const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const project = mkdtempSync(join(tmpdir(), "iopkit-smoke-"));
try {
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", project], { encoding: "utf8" }).trim().split("\n").at(-1);
  const modules = join(project, "node_modules");
  mkdirSync(join(modules, "iopkit"), { recursive: true });
  execFileSync("tar", ["-xzf", join(project, tarball), "-C", join(modules, "iopkit"), "--strip-components=1"]);
  for (const dependency of [...Object.keys(manifest.dependencies), "fast-check", "typescript", "@types/node"]) {
    const target = join(modules, dependency);
    mkdirSync(join(target, ".."), { recursive: true });
    symlinkSync(join(root, "node_modules", dependency), target, "dir");
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "smoke", private: true, type: "module" }));

  const checkSource = `
    const result = templates.standardIop({ id: "p", participantId: "pt", admitted: "2026-03-09", days: ["mon", "wed", "fri"],
      start: "09:00", timeZone: "America/Phoenix", ageGroup: "adult", diagnoses: [{ code: "F33.1" }] });
    if (!result.success || !validatePlan(result.data).ok) throw new Error("template plan did not validate");
    if (typeof arbPlan !== "function") throw new Error("iopkit/testing is missing arbPlan");
    const calendar = toICalendar(result.data, { stamp: "2026-03-01T12:00:00Z" });
    if (!calendar.success || !calendar.data.startsWith("BEGIN:VCALENDAR")) throw new Error("iopkit/ical did not write a calendar");
    const bundle = toFhir(result.data);
    if (!bundle.success || fromFhir(bundle.data).data?.id !== "p") throw new Error("iopkit/fhir did not round-trip the plan");
  `;
  writeFileSync(join(project, "esm.mjs"), `import { templates, validatePlan } from "iopkit";\nimport { arbPlan } from "iopkit/testing";\nimport { toICalendar } from "iopkit/ical";\nimport { fromFhir, toFhir } from "iopkit/fhir";\n${checkSource}\nconsole.log("esm ok");`);
  writeFileSync(join(project, "cjs.cjs"), `const { templates, validatePlan } = require("iopkit");\nconst { arbPlan } = require("iopkit/testing");\nconst { toICalendar } = require("iopkit/ical");\nconst { fromFhir, toFhir } = require("iopkit/fhir");\n${checkSource}\nconsole.log("cjs ok");`);
  execFileSync("node", ["esm.mjs"], { cwd: project, stdio: "inherit" });
  execFileSync("node", ["cjs.cjs"], { cwd: project, stdio: "inherit" });

  const typed = `import { templates, validatePlan, type Report } from "iopkit";\nimport { arbPlan } from "iopkit/testing";\nimport { toICalendar, type ICalendarOptions } from "iopkit/ical";\n` +
    `import { toFhir, type Bundle } from "iopkit/fhir";\n` +
    `const result = templates.standardIop({ id: "p", participantId: "pt", admitted: "2026-03-09", days: ["mon"], start: "09:00", timeZone: "UTC", ageGroup: "adult", diagnoses: [] });\n` +
    `const report: Report | undefined = result.success ? validatePlan(result.data) : undefined;\nvoid report; void arbPlan;\n` +
    `const options: ICalendarOptions = { stamp: "2026-03-01T12:00:00Z", mode: "series" };\nconst calendar = result.success ? toICalendar(result.data, options) : undefined;\nvoid calendar;\n` +
    `const written = result.success ? toFhir(result.data) : undefined;\nconst bundle: Bundle | undefined = written?.success ? written.data : undefined;\nvoid bundle;\n`;
  writeFileSync(join(project, "typed.ts"), typed);
  for (const [module, moduleResolution] of [["nodenext", "nodenext"], ["preserve", "bundler"]]) {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module, moduleResolution, target: "es2022", types: [] }, files: ["typed.ts"] }),
    );
    execFileSync(join(modules, "typescript", "bin", "tsc"), ["-p", "tsconfig.json"], { cwd: project, stdio: "inherit" });
    console.log(`typescript ${moduleResolution} ok`);
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
