import { readFileSync } from "node:fs";
import { checkPlan } from "./src/index";
const text = readFileSync("test/fixtures/reference-plan.json", "utf8");
const opts = { asOf: "2026-04-15" };
const time = (fn: () => void, n: number) => { const t = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - t) / n; };
for (let r = 0; r < 3; r++) {
  time(() => checkPlan(JSON.parse(text), opts), 200);
  const parse = time(() => JSON.parse(text), 2000);
  const check = time(() => checkPlan(JSON.parse(text), opts), 1000);
  console.log(`parse ${(parse * 1000).toFixed(0)}µs check+parse ${(check * 1000).toFixed(0)}µs ratio ${(check / parse).toFixed(1)}`);
}
