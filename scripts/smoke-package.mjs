// Checks a packed tarball (`node scripts/smoke-package.mjs iopkit-x.y.z.tgz`; without an argument
// it packs a copy of the sources, where prepack builds it, so the checkout's dist/ is never rebuilt
// under running tests): what the tarball ships; then it installs it into fresh ESM and CommonJS
// TypeScript apps offline (the tarball unpacked, its dependencies linked from this checkout),
// builds a plan from parts with the exported input types, validates it, and type-checks the apps
// under TypeScript 5.9 and 7 (moduleResolution nodenext; attw checks that the types resolve under
// bundler resolution too).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(".");
const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const work = mkdtempSync(join(tmpdir(), "iopkit-smoke-"));

/** Fails with a message naming what the package lacks. */
function check(condition, message) {
  if (!condition) throw new Error(`package check failed: ${message}`);
}

/** A fresh app folder with the unpacked tarball and the dependencies an install would bring. */
function createApp(name, type, tarball) {
  const app = join(work, name);
  const modules = join(app, "node_modules");
  mkdirSync(join(modules, "iopkit"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", join(modules, "iopkit"), "--strip-components=1"]);
  for (const dependency of [...Object.keys(manifest.dependencies), "fast-check"]) {
    const target = join(modules, dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(root, "node_modules", dependency), target, "dir");
  }
  writeFileSync(join(app, "package.json"), JSON.stringify({ name, private: true, type }));
  return app;
}

/**
 * Type-checks both apps in one program (moduleResolution nodenext: each app.ts is ESM or CommonJS
 * by its app's package.json, and resolves iopkit through the import or the require conditions)
 * under TypeScript 5.9 and 7 (the packages `typescript` and `typescript-7`); 7 emits app.js beside
 * each app.ts.
 */
function typecheckApps(apps) {
  writeFileSync(join(work, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, target: "es2022", types: [], module: "nodenext", moduleResolution: "nodenext" }, files: apps.map((app) => join(app, "app.ts")) }));
  for (const [compiler, emit] of [["typescript", ["--noEmit"]], ["typescript-7", []]]) {
    execFileSync(process.execPath, [join(root, "node_modules", compiler, "bin", "tsc"), "-p", join(work, "tsconfig.json"), ...emit], { stdio: "inherit" });
  }
}

// A plan written part by part with the exported input types, as an integrator would.
const fromParts = `
const sessions: SessionInput[] = (["mon", "wed", "fri"] as const).map((day) => ({
  day, start: "09:00",
  activities: [
    { kind: "group-therapy", minutes: 90, interventionId: "int-group", topic: "stress-management" },
    { kind: "break", minutes: 15 },
    { kind: "psychoeducation", minutes: 75, topic: "condition" },
  ],
}));
const intervention: InterventionInput = { id: "int-group", modality: "group-therapy", perWeek: 3, responsibleRole: "licensed-therapist" };
const objective: ObjectiveInput = { id: "obj-1", statement: "PHQ-9 below 10", targetDate: "2026-04-20", interventions: [intervention] };
const goal: GoalInput = { id: "goal-1", statement: "Manage low mood", objectives: [objective] };
const problem: ProblemInput = { id: "prob-1", statement: "Depressed mood most days", goals: [goal] };
const diagnosis: DiagnosisInput = { code: "F33.1", primary: true };
const medication: MedicationInput = { id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] };
const created: Result<TreatmentPlan> = createPlan({
  id: "plan-parts", timeZone: "America/Phoenix", status: "active",
  participant: { id: "pt-1", ageGroup: "adult" },
  period: { admitted: "2026-03-09", plannedDischarge: "2026-05-01" },
  diagnoses: [diagnosis], problems: [problem], medications: [medication],
  careTeam: [{ id: "ct-1", role: "licensed-therapist" }, { id: "ct-2", role: "psychiatrist", credentials: "MD" }],
  dischargeCriteria: ["Objectives met"], schedule: { sessions },
});
if (!created.success) throw new Error("the plan built from parts did not parse: " + JSON.stringify(created.findings));
const report: Report = validatePlan(created.data);
if (!Array.isArray(report.findings)) throw new Error("validatePlan returned no findings list");
const edited = updatePlan(created.data, (draft) => { draft.diagnoses.push({ code: "F41.1" }); });
if (!edited.success || diffPlans(created.data, edited.data).changes[0]?.kind !== "diagnosis-added") throw new Error("updatePlan or diffPlans failed");
const migrated = migratePlan(JSON.parse(JSON.stringify(created.data)));
if (!migrated.success) throw new Error("migratePlan failed on a current plan");
const options: ICalendarOptions = { stamp: "2026-03-01T12:00:00Z", mode: "series" };
const calendar = toICalendar(created.data, options);
if (!calendar.success || !calendar.data.startsWith("BEGIN:VCALENDAR")) throw new Error("iopkit/ical did not write a calendar");
const written = toFhir(created.data);
const bundle: Bundle | undefined = written.success ? written.data : undefined;
const readBack = bundle ? fromFhir(bundle) : undefined;
if (!readBack?.success || readBack.data.id !== "plan-parts") throw new Error("iopkit/fhir did not round-trip the plan");
console.log("plan from parts ok:", report.findings.length, "findings");
`;
const imports = `import { createPlan, diffPlans, migratePlan, updatePlan, validatePlan, type DiagnosisInput, type GoalInput, type InterventionInput, type MedicationInput, type ObjectiveInput, type ProblemInput, type Report, type Result, type SessionInput, type TreatmentPlan } from "iopkit";\nimport { arbPlan } from "iopkit/testing";\nimport { toICalendar, type ICalendarOptions } from "iopkit/ical";\nimport { fromFhir, toFhir, type Bundle } from "iopkit/fhir";\nimport { es } from "iopkit/locales/es";\nvoid arbPlan;\n`;

/** Packs a copy of what the build and the tarball read, leaving the checkout untouched. */
function pack() {
  const staging = join(work, "source");
  for (const entry of ["package.json", "tsup.config.ts", "tsconfig.json", "tsconfig.build.json", "src", "docs", "schema.json", "LICENSE", "README.md"]) {
    cpSync(entry, join(staging, entry), { recursive: true, filter: (path) => !path.startsWith(join("docs", "api")) });
  }
  symlinkSync(join(root, "node_modules"), join(staging, "node_modules"), "dir");
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: staging, encoding: "utf8" }).trim().split("\n").at(-1);
  return join(work, packed);
}

try {
  const tarball = process.argv[2] ? resolve(process.argv[2]) : pack();
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").map((entry) => entry.replace(/^package\//, ""));
  for (const shipped of ["LICENSE", "README.md", "schema.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/testing.js", "dist/ical.js", "dist/ical.cjs", "dist/fhir.js", "dist/fhir.cjs", "dist/locales/es.js", "dist/locales/es.cjs", "docs/getting-started.md", "docs/plan-reference.md", "docs/rules.md"]) {
    check(listing.includes(shipped), `the tarball lacks ${shipped}`);
  }
  for (const [, target] of readFileSync("README.md", "utf8").matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)) {
    check(listing.includes(target), `README links to ${target}, which the tarball lacks`);
  }

  const esm = createApp("esm-app", "module", tarball);
  const cjs = createApp("cjs-app", "commonjs", tarball);
  for (const app of [esm, cjs]) writeFileSync(join(app, "app.ts"), `${imports}${fromParts}`);
  typecheckApps([esm, cjs]);
  for (const app of [esm, cjs]) execFileSync("node", ["app.js"], { cwd: app, stdio: "inherit" });
  console.log("typescript esm and cjs apps ok");

  const checkSource = `
    const result = templates.standardIop({ id: "p", participantId: "pt", admitted: "2026-03-09", days: ["mon", "wed", "fri"],
      start: "09:00", timeZone: "America/Phoenix", ageGroup: "adult", diagnoses: [{ code: "F33.1" }] });
    if (!result.success || !validatePlan(result.data).ok) throw new Error("template plan did not validate");
    if (typeof arbPlan !== "function") throw new Error("iopkit/testing is missing arbPlan");
    if (typeof toICalendar !== "function" || typeof toFhir !== "function") throw new Error("iopkit/ical or iopkit/fhir did not load");
    const spanish = validatePlan({ ...result.data, diagnoses: [] }, { locale: es }).findings.find((finding) => finding.rule === "plan/diagnosis-required");
    if (!spanish || !spanish.message.includes("diagnóstico")) throw new Error("iopkit/locales/es did not write the finding in Spanish");
    if (JSON.parse(readFileSync(require.resolve("iopkit/schema.json"), "utf8")).$schema !== "https://json-schema.org/draft/2020-12/schema") throw new Error("iopkit/schema.json is not a 2020-12 schema");
  `;
  writeFileSync(
    join(esm, "esm.mjs"),
    `import { readFileSync } from "node:fs";\nimport { createRequire } from "node:module";\nimport { templates, validatePlan } from "iopkit";\nimport { arbPlan } from "iopkit/testing";\nimport { toICalendar } from "iopkit/ical";\nimport { toFhir } from "iopkit/fhir";\nimport { es } from "iopkit/locales/es";\nconst require = createRequire(import.meta.url);\n${checkSource}\nconsole.log("esm ok");`,
  );
  writeFileSync(join(cjs, "cjs.cjs"), `const { readFileSync } = require("node:fs");\nconst { templates, validatePlan } = require("iopkit");\nconst { arbPlan } = require("iopkit/testing");\nconst { toICalendar } = require("iopkit/ical");\nconst { toFhir } = require("iopkit/fhir");\nconst { es } = require("iopkit/locales/es");\n${checkSource}\nconsole.log("cjs ok");`);
  execFileSync("node", ["esm.mjs"], { cwd: esm, stdio: "inherit" });
  execFileSync("node", ["cjs.cjs"], { cwd: cjs, stdio: "inherit" });
  check(existsSync(join(esm, "node_modules", "iopkit", "LICENSE")), "LICENSE is not installed");
} finally {
  rmSync(work, { recursive: true, force: true });
}
