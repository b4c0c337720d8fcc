// Builds the playground with `scripts/playground.mjs`, serves it, and drives Debian's Chromium over
// it: what the page shows must be exactly what the library computes for the same plan, policy and
// days, with no console error and no request beyond the page's own origin.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toFhir } from "../../src/fhir";
import { toICalendar } from "../../src/ical";
import { addDays, authorizationStatus, checkPlan, expandSchedule, explainRule, formatFinding, PRESET_IDS, type PresetId } from "../../src/index";
import { es } from "../../src/locales/es";

const CHROMIUM = "/usr/bin/chromium";
const TIMEOUT = 180_000;
const SEVERITY_ORDER = ["error", "warning", "info"] as const;

/** A plan crossing the spring clock change in New York (Sunday 2026-03-08, 02:00 → 03:00) with a 02:30 session and no diagnosis. */
function clockChangePlan(): unknown {
  const plan = JSON.parse(readFileSync("examples/plans/valid-plan.json", "utf8"));
  plan.id = "plan-clock-change";
  plan.period.admitted = "2026-03-02";
  plan.diagnoses = [];
  plan.schedule.sessions.push({ day: "sun", start: "02:30", activities: [{ kind: "group-therapy", topic: "stress-management", minutes: 60, facilitatorRole: "licensed-therapist" }] });
  return plan;
}

interface Scenario {
  readonly name: string;
  readonly input: unknown;
  /** An example plan's file name (picked from the list), or undefined to paste the JSON. */
  readonly example?: string;
  /** A plan file to open instead. */
  readonly file?: string;
  readonly policy: PresetId;
  readonly asOf: string;
  readonly week: string;
}

const examples = readdirSync("examples/plans").filter((name) => name.endsWith(".json")).sort();
const scenarios: Scenario[] = [
  ...examples.map((name, index) => ({
    name: `example ${name}`,
    example: name,
    input: JSON.parse(readFileSync(join("examples/plans", name), "utf8")),
    policy: PRESET_IDS[index % PRESET_IDS.length]!,
    asOf: "2026-04-20",
    week: "2026-03-30",
  })),
  { name: "opened file valid-plan.json", file: "examples/plans/valid-plan.json", input: JSON.parse(readFileSync("examples/plans/valid-plan.json", "utf8")), policy: "asam-2.1", asOf: "2026-03-30", week: "2026-03-09" },
  { name: "pasted plan across a clock change", input: clockChangePlan(), policy: "asam-2.1", asOf: "2026-03-30", week: "2026-03-02" },
  { name: "pasted plan that does not read", input: { schemaVersion: 1, id: "x", period: { admitted: "2026-13-01" } }, policy: "medicare-iop", asOf: "2026-03-30", week: "2026-03-02" },
];

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let origin: string;
let sizeLine: string;
const out = mkdtempSync(join(tmpdir(), "iopkit-playground-"));
const consoleErrors: string[] = [];
/** The console errors of the page's first load, Content-Security-Policy violations included (Chromium logs them). */
const loadErrors: string[] = [];
const foreignRequests: string[] = [];

/** Starts `npm run playground`'s script on a free port; resolves with its address and size lines once it serves. */
function serve(): Promise<{ address: string; size: string }> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, ["scripts/playground.mjs", "--port", "0", "--out", out], { stdio: ["ignore", "pipe", "pipe"] });
    let size = "";
    let errors = "";
    server.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    server.on("exit", (code) => reject(new Error(`scripts/playground.mjs exited with ${code}: ${errors}`)));
    createInterface({ input: server.stdout! }).on("line", (line) => {
      if (line.startsWith("playground JavaScript:")) size = line;
      const address = /^playground: (http:\/\/\S+)$/.exec(line)?.[1];
      if (address) resolve({ address, size });
    });
  });
}

// Without Chromium the hook still serves the page and every browser test fails (a failing hook would only skip them).
const chromiumFound = existsSync(CHROMIUM);

beforeAll(async () => {
  const served = await serve();
  origin = new URL(served.address).origin;
  sizeLine = served.size;
  if (!chromiumFound) return;
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  // A Content-Security-Policy violation that a script catches (zod probing whether eval is allowed) logs no error of its own.
  await page.addInitScript({
    content: 'document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} at ${event.sourceFile}`));',
  });
  // data: URLs (the page's empty icon) are not requests to any server.
  page.on("request", (request) => !request.url().startsWith("data:") && new URL(request.url()).origin !== origin && foreignRequests.push(request.url()));
  await page.goto(served.address);
  // The page is loaded once its script has written the summary's invitation.
  await page.getByTestId("summary").getByText("Load a plan to check it.").waitFor();
  loadErrors.push(...consoleErrors);
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(out, { recursive: true, force: true });
});

/** Loads a scenario's plan with its policy, as-of day and week, through the page's labelled controls and the keyboard. */
async function open(scenario: Scenario): Promise<void> {
  await page.getByLabel("Policy").selectOption(scenario.policy);
  await page.getByLabel("As of").fill(scenario.asOf);
  await page.getByLabel("As of").dispatchEvent("change");
  if (scenario.example) {
    await page.getByLabel("Example plan").selectOption(scenario.example);
  } else if (scenario.file) {
    await page.getByLabel(/Plan JSON/).fill("");
    await page.getByLabel(/Open a plan file/).setInputFiles(scenario.file);
    await expect.poll(() => page.getByLabel(/Plan JSON/).inputValue()).toContain('"schemaVersion"');
  } else {
    await page.getByLabel(/Plan JSON/).fill(JSON.stringify(scenario.input));
    await page.getByRole("button", { name: "Check this plan" }).focus();
    await page.keyboard.press("Enter");
  }
  await page.getByLabel("Week starting").fill(scenario.week);
  await page.getByLabel("Week starting").dispatchEvent("change");
}

describe("playground in Chromium", () => {
  it("finds Debian's Chromium", () => {
    expect(chromiumFound, `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`).toBe(true);
  });

  it("loads without a console error: no eval refused by its Content-Security-Policy, no script error", () => {
    expect(loadErrors).toEqual([]);
  });

  it("builds its JavaScript under 150 kB gzipped: every file the page can load", () => {
    const start = Number(/(\d+) bytes gzipped at start/.exec(sizeLine)?.[1]);
    const all = Number(/(\d+) bytes in all/.exec(sizeLine)?.[1]);
    expect(start).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(start);
    expect(all).toBeLessThanOrEqual(150_000);
  });

  it.each(scenarios)("shows the library's results for the $name", async (scenario) => {
    consoleErrors.length = 0;
    foreignRequests.length = 0;
    await open(scenario);
    const report = checkPlan(scenario.input, { policy: scenario.policy, asOf: scenario.asOf });

    await expect.poll(() => page.getByTestId("policy").inputValue()).toBe(scenario.policy);
    expect(await page.getByTestId("as-of").inputValue()).toBe(scenario.asOf);
    const summary = await page.getByTestId("summary").innerText();
    expect(summary).toContain(report.ok ? "The plan passes" : "The plan does not pass");
    expect(summary).toContain(`Errors: ${report.counts.error}`);
    expect(summary).toContain(`Warnings: ${report.counts.warning}`);
    expect(summary).toContain(`Information: ${report.counts.info}`);

    const shownFindings = await page.getByTestId("finding").evaluateAll((items) => items.map((item) => [item.getAttribute("data-rule"), item.getAttribute("data-severity")]));
    const expectedFindings = SEVERITY_ORDER.flatMap((severity) => report.findings.filter((finding) => finding.severity === severity).map((finding) => [finding.rule, finding.severity]));
    expect(shownFindings).toEqual(expectedFindings);

    const shownSessions = await page.getByTestId("session").evaluateAll((items) =>
      items.map((item) => ({ date: item.getAttribute("data-date"), times: [...item.querySelectorAll("time")].map((time) => time.dateTime), adjusted: item.textContent?.includes("Adjusted:") })),
    );
    if (report.plan) {
      const expanded = expandSchedule(report.plan, { from: scenario.week, to: addDays(scenario.week, 6) });
      if (!expanded.success) throw new Error("the week did not expand");
      expect(expanded.data.sessions.length).toBeGreaterThan(0);
      expect(shownSessions).toEqual(expanded.data.sessions.map((session) => ({ date: session.date, times: [session.start, session.end], adjusted: session.adjusted })));

      const canvas = await page.getByTestId("measure-chart").locator("canvas").first().boundingBox();
      expect(canvas?.width).toBeGreaterThan(0);
      expect(canvas?.height).toBeGreaterThan(0);

      const status = authorizationStatus(report.plan, { asOf: scenario.asOf });
      if (!status.success) throw new Error("the plan has no authorization");
      const coverage = page.getByTestId("coverage");
      expect(await coverage.locator("dt:text-is('Authorized days') + dd").innerText()).toBe(String(status.data.approvedDays));
      expect(await coverage.locator(`dt:text-is('Used up to ${scenario.asOf}') + dd`).innerText()).toMatch(new RegExp(`^${status.data.usedDays}\\s*$`));
      expect(await coverage.locator("dt:text-is('Remaining days') + dd").innerText()).toBe(String(status.data.remainingDays));
    } else {
      expect(shownSessions).toEqual([]);
      expect(await page.getByTestId("measure-chart").count()).toBe(0);
    }

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, TIMEOUT);

  it("marks a session whose time did not exist and explains a rule when asked, from the keyboard", async () => {
    await open(scenarios.find((scenario) => scenario.name.includes("clock change"))!);
    const moved = page.locator("[data-testid=session][data-date='2026-03-08']");
    await expect.poll(() => moved.innerText()).toContain("Adjusted: 02:30 did not exist that day");
    const finding = page.locator("[data-testid=finding][data-rule='plan/diagnosis-required']");
    expect(await finding.innerText()).toContain("About: diagnoses");
    await finding.locator("summary").focus();
    await page.keyboard.press("Enter");
    const explained = await finding.locator("dl").innerText();
    expect(explained).toContain(explainRule("plan/diagnosis-required")!.source);
    expect(explained).toContain(explainRule("plan/diagnosis-required")!.summary);
    expect(consoleErrors).toEqual([]);
  }, TIMEOUT);

  it("downloads the iCalendar file toICalendar writes and the Bundle toFhir writes", async () => {
    consoleErrors.length = 0;
    const scenario = scenarios.find((candidate) => candidate.example === "valid-plan.json")!;
    await open(scenario);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the schedule (.ics)" }).click()]);
    // The page stamps the file with the browser's clock (which SEQUENCE follows): the same stamp gives the same file.
    const downloaded = readFileSync(await download.path(), "utf8");
    const [, year, month, day, hour, minute, second] = /^DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/m.exec(downloaded)!;
    const expected = toICalendar(checkPlan(scenario.input).plan!, { stamp: `${year}-${month}-${day}T${hour}:${minute}:${second}Z` });
    if (!expected.success) throw new Error("the plan did not export");
    expect(download.suggestedFilename()).toBe("plan-example.ics");
    expect(downloaded).toBe(expected.data);

    const [bundle] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the FHIR Bundle (.json)" }).click()]);
    const expectedBundle = toFhir(checkPlan(scenario.input).plan!);
    if (!expectedBundle.success) throw new Error("the plan did not convert");
    expect(bundle.suggestedFilename()).toBe("plan-example.fhir.json");
    expect(JSON.parse(readFileSync(await bundle.path(), "utf8"))).toEqual(expectedBundle.data);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, TIMEOUT);

  it("writes the findings in the browser's language: Spanish for a browser that prefers it", async () => {
    const spanish = await browser!.newPage({ locale: "es-MX" });
    try {
      await spanish.goto(`${origin}/`);
      await spanish.getByLabel("As of").fill("2026-03-30");
      await spanish.getByLabel("As of").dispatchEvent("change");
      await spanish.getByLabel("Example plan").selectOption("broken-plan.json");
      const input = JSON.parse(readFileSync("examples/plans/broken-plan.json", "utf8"));
      const report = checkPlan(input, { asOf: "2026-03-30", locale: es });
      const expected = SEVERITY_ORDER.flatMap((severity) => report.findings.filter((finding) => finding.severity === severity).map((finding) => finding.message));
      await expect.poll(() => spanish.getByTestId("finding").count()).toBe(expected.length);
      const shown = await spanish.getByTestId("finding").evaluateAll((items) => items.map((item) => item.textContent ?? ""));
      shown.forEach((text, index) => expect(text).toContain(expected[index]));
      expect(shown.join(" ")).toContain("diagnóstico");
      // Only the messages are Spanish: the rest of the page (headings, badges, explanations) is English and says so.
      expect(await spanish.locator("#findings-body").getAttribute("lang")).toBeNull();
      expect(await spanish.getByTestId("finding").locator(".message").evaluateAll((items) => items.map((item) => item.getAttribute("lang")))).toEqual(expected.map(() => "es"));
      expect(await spanish.locator("html").getAttribute("lang")).toBe("en");
      // The coverage panel's own findings (a plan without an authorization) are in Spanish too.
      const valid = JSON.parse(readFileSync("examples/plans/valid-plan.json", "utf8"));
      const unauthorized = { ...valid, coverage: { ...valid.coverage, authorization: undefined } };
      const status = authorizationStatus(JSON.parse(JSON.stringify(unauthorized)), { asOf: "2026-03-30" });
      expect(status.success).toBe(false);
      await spanish.getByLabel(/Plan JSON/).fill(JSON.stringify(unauthorized));
      await spanish.getByRole("button", { name: "Check this plan" }).click();
      const coverage = spanish.getByTestId("coverage").locator("li");
      await expect.poll(() => coverage.allInnerTexts()).toEqual(status.success ? [] : status.findings.map((finding) => formatFinding(finding, { locale: es })));
      expect(await coverage.first().innerText()).toMatch(/autorizaci/);
    } finally {
      await spanish.close();
    }
  }, TIMEOUT);

  it("keeps its controls disabled until its script answers them, so an early choice is never overwritten", async () => {
    const controls = ["Example plan", "Policy", "As of", "Week starting"];
    const withoutScript = await browser!.newContext({ javaScriptEnabled: false });
    try {
      const before = await withoutScript.newPage();
      await before.goto(`${origin}/`);
      for (const label of controls) await expect(before.getByLabel(label).isDisabled()).resolves.toBe(true);
    } finally {
      await withoutScript.close();
    }
    for (const label of controls) await expect(page.getByLabel(label).isEnabled()).resolves.toBe(true);
  }, TIMEOUT);

  it("saves a screenshot of an example plan, a rule explained, for the docs", async () => {
    await open(scenarios.find((scenario) => scenario.example === "valid-plan.json")!);
    await page.getByTestId("finding").first().locator("summary").click();
    await page.screenshot({ path: "docs/playground.png", fullPage: true });
    expect(readFileSync("docs/playground.png").subarray(1, 4).toString()).toBe("PNG");
  }, TIMEOUT);
});
