// Runs steps as a small graph over the machine's cores: a step starts when the steps it comes
// `after` have ended and it finds as many free cores as it keeps busy; a ready step waiting for
// cores is not overtaken by the steps listed after it, so the long runs listed first start as soon
// as they can instead of waiting behind short ones that keep taking the free core. Each step prints one line
// when it ends (with the lines its `summary` picks from its output); a step that fails prints its
// whole output, the steps still running are stopped, and the graph ends with the failure.
import { spawn } from "node:child_process";

/**
 * @typedef {object} Step
 * @property {string} id
 * @property {string} title
 * @property {string[][]} commands - run one after the other
 * @property {string[]} [after] - ids of the steps that must end first
 * @property {number} [cores] - cores the step keeps busy (default 1); 0 for a step that starts as soon as its `after` steps end, beside the others
 * @property {(output: string) => string[]} [summary] - the lines shown on success
 */

/** A line without its terminal colours, trimmed. */
export function plain(line) {
  return line.replace(/\x1b\[[0-9;]*m/g, "").trim();
}

/** A summary that shows the output lines matching a pattern. */
export function linesMatching(pattern) {
  return (output) => output.split("\n").map(plain).filter((line) => pattern.test(line));
}

function seconds(from) {
  return `${((performance.now() - from) / 1000).toFixed(1)} s`;
}

/**
 * Runs the steps; resolves to true when every step passed, false at the first failure.
 *
 * @param {Step[]} steps - in the order they start when several are ready, which is also their priority
 * @param {{ capacity: number, log?: (text: string) => void, env?: NodeJS.ProcessEnv }} options
 */
export function runGates(steps, { capacity, log = console.log, env = process.env }) {
  const ids = new Set(steps.map((step) => step.id));
  for (const step of steps) for (const id of step.after ?? []) if (!ids.has(id)) throw new Error(`step ${step.id} comes after an unknown step ${id}`);
  const started = new Map();
  const done = new Set();
  const children = new Set();
  const begin = performance.now();
  let busy = 0;
  let finished = false;

  const runOne = (command, collect) =>
    new Promise((resolve, reject) => {
      const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "pipe", "pipe"], env: { ...env, FORCE_COLOR: "0" } });
      children.add(child);
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("error", (error) => reject(error.message));
      child.on("close", (code, signal) => {
        children.delete(child);
        if (code === 0) resolve();
        else reject(`${command.join(" ")} exited with ${code ?? signal}`);
      });
    });

  return new Promise((resolveAll) => {
    const end = (passed) => {
      finished = true;
      for (const child of children) child.kill("SIGTERM");
      resolveAll(passed);
    };
    const schedule = () => {
      for (const step of steps) {
        if (finished) return;
        if (started.has(step.id) || !(step.after ?? []).every((id) => done.has(id))) continue;
        const cores = Math.min(step.cores ?? 1, capacity);
        if (busy + cores > capacity) return;
        busy += cores;
        started.set(step.id, performance.now());
        let output = "";
        const collect = (chunk) => (output += chunk);
        step.commands
          .reduce((previous, command) => previous.then(() => runOne(command, collect)), Promise.resolve())
          .then(
            () => {
              if (finished) return;
              busy -= cores;
              done.add(step.id);
              log([`✓ ${step.title} (${seconds(started.get(step.id))})`, ...(step.summary?.(output) ?? []).map((line) => `    ${line}`)].join("\n"));
              if (done.size === steps.length) {
                log(`every gate passed in ${seconds(begin)}`);
                end(true);
              } else schedule();
            },
            (reason) => {
              if (finished) return;
              log(`✗ ${step.title} (${seconds(started.get(step.id))})\n${output.trimEnd()}\n${reason}`);
              end(false);
            },
          );
      }
    };
    schedule();
  });
}
