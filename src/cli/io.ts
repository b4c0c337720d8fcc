import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Larger inputs are refused before they are read: no plan comes near this size. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A JSON input read from a file or standard input, or why it could not be read. */
export type Input = { readonly name: string; readonly value: unknown } | { readonly name: string; readonly error: string };

/** Thrown for bad usage: the message is shown and the command exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

function parseJson(name: string, text: string): Input {
  if (text.trim() === "") return { name, error: "the input is empty" };
  try {
    return { name, value: JSON.parse(text) as unknown };
  } catch (error) {
    // The parser's own message may quote the input; only its position is kept.
    const position = /position (\d+)/.exec(String(error))?.[1];
    return { name, error: `the input is not valid JSON${position === undefined ? "" : ` (near character ${position})`}` };
  }
}

function readFile(path: string): Input {
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) return { name: path, error: `the file is ${Math.round(size / 1024 / 1024)} MB, above the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit` };
    return parseJson(path, readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { name: path, error: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : "the file cannot be read" };
  }
}

function readStdin(): Input {
  try {
    const buffer = readFileSync(0);
    if (buffer.length > MAX_INPUT_BYTES) return { name: "-", error: `standard input is above the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit` };
    return parseJson("-", buffer.toString("utf8"));
  } catch {
    return { name: "-", error: "standard input cannot be read" };
  }
}

/** Reads each argument: `-` is standard input, a folder gives its `.json` files (sorted), a file itself. */
export function readInputs(args: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      inputs.push(readStdin());
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      // Reported by readFile below.
    }
    if (!isFolder) {
      inputs.push(readFile(arg));
      continue;
    }
    const files = readdirSync(arg).filter((name) => name.endsWith(".json")).sort();
    if (files.length === 0) inputs.push({ name: arg, error: "the folder holds no .json file" });
    for (const file of files) inputs.push(readFile(join(arg, file)));
  }
  return inputs;
}

/** Reads exactly one input, or throws a usage error. */
export function readOne(args: readonly string[]): Input {
  if (args.length !== 1) throw new UsageError("expected exactly one plan file (or - for standard input)");
  return readInputs(args)[0]!;
}
