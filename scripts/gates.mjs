// Runs steps as a small graph over the machine's cores: a step starts when the steps it comes
// `after` have ended and it finds as many free cores as it keeps busy; a ready step waiting for
// cores is not overtaken by the steps listed after it that keep cores, so the long runs listed
// first start as soon as they can instead of waiting behind short ones that keep taking the free
// core (a step that keeps no core starts whenever it is ready; an idle one also runs at the lowest
// processor priority, on the time the others leave). Each step prints one line when it
// ends (with the lines its `summary` picks from its output); a step that fails prints its whole
// output, the steps still running are stopped, except those that must not be (an installation a
// signal would leave half done), which the graph waits for, and the graph ends with the failure.
import { spawn } from "node:child_process";
import { constants, setPriority } from "node:os";

/**
 * @typedef {object} Step
 * @property {string} id
 * @property {string} title
 * @property {string[][]} commands - run one after the other
 * @property {string[]} [after] - ids of the steps that must end first
 * @property {number} [cores] - cores the step keeps busy (default 1); 0 for a step that starts as soon as its `after` steps end, beside the others
 * @property {boolean} [idle] - runs at the lowest processor priority and keeps no core: it starts as soon as its `after` steps end and takes the processor time the others leave
 * @property {boolean} [uninterruptible] - never stopped when another step fails: the graph waits for it to end
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
  /** The running commands, each with its step and a promise of its end. */
  const children = new Map();
  const begin = performance.now();
  let busy = 0;
  let finished = false;

  const runOne = (step, command, collect) => {
    if (finished) return Promise.reject("stopped");
    return new Promise((resolve, reject) => {
      const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "pipe", "pipe"], env: { ...env, FORCE_COLOR: "0" } });
      // Set before the command has started its own processes, which inherit it.
      if (step.idle && child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
      // A command that could not start reports an error and may never close.
      children.set(child, { step, closed: new Promise((closed) => child.on("close", closed).on("error", closed)) });
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("error", (error) => {
        children.delete(child);
        reject(error.message);
      });
      child.on("close", (code, signal) => {
        children.delete(child);
        if (code === 0) resolve();
        else reject(`${command.join(" ")} exited with ${code ?? signal}`);
      });
    });
  };

  return new Promise((resolveAll) => {
    const end = (passed) => {
      finished = true;
      const awaited = [];
      for (const [child, { step, closed }] of children) {
        if (!step.uninterruptible) child.kill("SIGTERM");
        else {
          log(`… waiting for ${step.title} to end`);
          awaited.push(closed);
        }
      }
      Promise.all(awaited).then(() => resolveAll(passed));
    };
    const schedule = () => {
      // Set once a ready step waits for cores: from then on only steps that keep no core start.
      let waiting = false;
      for (const step of steps) {
        if (finished) return;
        if (started.has(step.id) || !(step.after ?? []).every((id) => done.has(id))) continue;
        const cores = step.idle ? 0 : Math.min(step.cores ?? 1, capacity);
        if (cores > 0 && (waiting || busy + cores > capacity)) {
          waiting = true;
          continue;
        }
        busy += cores;
        started.set(step.id, performance.now());
        let output = "";
        const collect = (chunk) => (output += chunk);
        step.commands
          .reduce((previous, command) => previous.then(() => runOne(step, command, collect)), Promise.resolve())
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
