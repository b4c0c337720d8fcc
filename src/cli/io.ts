import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { MAX_LINE_BYTES } from "../audit/check-lines";

/**
 * Larger inputs are refused: no plan comes near this size. At most this many bytes (and one more)
 * are read. The longest line of a caseload, so a plan file the command line reads fits on a line.
 */
export const MAX_INPUT_BYTES = MAX_LINE_BYTES;

/** A JSON input read from a file or standard input, or why it could not be read. */
export type Input = { readonly name: string; readonly value: unknown } | { readonly name: string; readonly error: string };

/** Thrown for bad usage: the message is shown and the command exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * A file or folder name as printed: control characters (a newline, an escape sequence) are
 * written as `\u….` escapes, so each message stays one line and cannot repaint the terminal.
 */
export function displayName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The text of a JSON input: UTF-8, with or without a byte-order mark; anything else is named. */
function decode(bytes: Uint8Array): { text: string } | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { error: "the input is UTF-16 text; save it as UTF-8" };
  if (bytes.includes(0)) return { error: "the input is binary data, not JSON text" };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { error: "the input is not UTF-8 text" };
  }
}

function parseJson(name: string, bytes: Uint8Array): Input {
  const decoded = decode(bytes);
  if ("error" in decoded) return { name, error: decoded.error };
  if (decoded.text.trim() === "") return { name, error: "the input is empty" };
  try {
    return { name, value: JSON.parse(decoded.text) as unknown };
  } catch (error) {
    if (error instanceof RangeError) return { name, error: "the input is nested too deeply to read" };
    // The parser's own message may quote the input; only its position is kept.
    const position = /position (\d+)/.exec(String(error))?.[1];
    return { name, error: `the input is not valid JSON${position === undefined ? "" : ` (near character ${position})`}` };
  }
}

/** Waits a little while standard input has nothing to read yet. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
}

/**
 * Reads at most {@link MAX_INPUT_BYTES} and one more byte from a descriptor, whatever its size
 * claims to be (`/dev/zero` and pipes report 0): one byte more is how an input too large is told.
 * The buffer starts small and doubles, so a small file costs little.
 */
function readBounded(fd: number): Uint8Array {
  const limit = MAX_INPUT_BYTES + 1;
  let buffer = new Uint8Array(64 * 1024);
  let length = 0;
  while (length < limit) {
    if (length === buffer.length) {
      const larger = new Uint8Array(Math.min(buffer.length * 2, limit));
      larger.set(buffer);
      buffer = larger;
    }
    let read: number;
    try {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      pause();
      continue;
    }
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

const TOO_LARGE = `the input is above the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`;

/** Why a file could not be read, in words, from the system's error code. */
export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "a folder, not a file";
    case "ELOOP":
      return "a loop of symbolic links";
    case "ENAMETOOLONG":
      return "the name is too long";
    default:
      return "the file cannot be read";
  }
}

function readFile(path: string): Input {
  const name = displayName(path);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const bytes = readBounded(fd);
    return bytes.length > MAX_INPUT_BYTES ? { name, error: TOO_LARGE } : parseJson(name, bytes);
  } catch (error) {
    return { name, error: readError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readStdin(): Input {
  try {
    const bytes = readBounded(0);
    return bytes.length > MAX_INPUT_BYTES ? { name: "-", error: TOO_LARGE } : parseJson("-", bytes);
  } catch {
    return { name: "-", error: "standard input cannot be read" };
  }
}

/** The `.json` files of a folder, sorted, or why the folder cannot be listed. */
function folderFiles(folder: string): string[] | string {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(folder, name));
  } catch (error) {
    return readError(error);
  }
}

/**
 * Reads each argument in turn: `-` is standard input, a folder gives its `.json` files (sorted),
 * a file itself. Inputs are read one at a time, as they are consumed, so a folder of many large
 * files never sits in memory at once; one that cannot be read is an input with its `error`.
 */
export function* readInputs(args: readonly string[]): Generator<Input> {
  for (const arg of args) {
    if (arg === "-") {
      yield readStdin();
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      // Reported by readFile below.
    }
    if (!isFolder) {
      yield readFile(arg);
      continue;
    }
    const files = folderFiles(arg);
    if (typeof files === "string") yield { name: displayName(arg), error: files };
    else if (files.length === 0) yield { name: displayName(arg), error: "the folder holds no .json file" };
    else for (const file of files) yield readFile(file);
  }
}

/** Reads exactly one input, or throws a usage error. */
export function readOne(args: readonly string[]): Input {
  if (args.length !== 1) throw new UsageError("expected exactly one plan file (or - for standard input)");
  return readInputs(args).next().value as Input;
}
