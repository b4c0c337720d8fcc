import { readFileSync } from "node:fs";
import { checkPlan } from "./src/index";
const text = readFileSync("test/fixtures/reference-plan.json", "utf8");
const opts = { asOf: "2026-04-15" };
for (let i = 0; i < 1500; i++) checkPlan(JSON.parse(text), opts);
