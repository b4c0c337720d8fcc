import * as z from "zod";
// zod's core namespace read through its own entry, which bundlers tree-shake: read as `z.core`,
// the namespace object keeps every zod module, its forty-odd locales among them, in a bundle.
import { util } from "zod/v4/core";

/** The payload a zod schema or check reads and writes: the value, and the issues found in it. */
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** A zod check as zod stores it: `when` decides whether it runs, `check` pushes issues onto the payload. */
interface Check {
  readonly _zod: {
    readonly def: {
      readonly check?: string;
      readonly when?: (payload: Payload) => boolean;
      readonly maximum?: number;
      readonly minimum?: number;
      readonly value?: number;
      readonly inclusive?: boolean;
      readonly format?: string;
    };
    check(payload: Payload): unknown;
  };
}

/** The parts of a zod schema's internals the compiler reads: its definition, traits and the sets it derives. */
interface ZodNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly checks?: readonly Check[];
      readonly shape?: Readonly<Record<PropertyKey, ZodNode>>;
      readonly catchall?: ZodNode;
      readonly element?: ZodNode;
      readonly innerType?: ZodNode;
      readonly options?: readonly ZodNode[];
      readonly discriminator?: string;
      readonly coerce?: boolean;
    };
    readonly traits: ReadonlySet<string>;
    readonly optin?: string;
    readonly optout?: string;
    readonly values?: ReadonlySet<unknown>;
    readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
  };
}

/** A compiled schema node: the value zod would return for `value`, or {@link UNSURE}; checks run on the one payload a parse shares. */
type Walk = (value: unknown, payload: Payload) => unknown;

/** The answer of a node that cannot vouch for its value: zod has to judge it. */
const UNSURE: unique symbol = Symbol("unsure");

/** The result of a fast parse: the value zod would return, or `undefined` when only zod can tell. */
export type FastParse<T> = { readonly value: T } | undefined;

/** Stops compiling at a part of the schema the compiler does not know: the fast path stays off. */
function unknownPart(): never {
  throw UNSURE;
}

/** Whether zod's check leaves the payload without an issue: it runs zod's own check, as zod's parse runs it. */
type Test = (payload: Payload) => boolean;

/** A string or an array, the values whose `length` the length checks read. */
function hasLength(value: unknown): value is string | readonly unknown[] {
  return typeof value === "string" || Array.isArray(value);
}

/**
 * A check's test. Length and number bounds first try a condition under which zod's check surely
 * passes (a string is never longer in code points than in UTF-16 units, nor shorter than half);
 * every other case runs zod's own check, skipped where its `when` says so.
 */
function test(check: Check): Test {
  const zod = check._zod;
  const { when, check: kind, maximum = NaN, minimum = NaN, value: bound, inclusive, format } = zod.def;
  const run: Test = (payload) => (when !== undefined && !when(payload)) || (!(zod.check(payload) instanceof Promise) && payload.issues.length === 0);
  switch (kind) {
    case "max_length":
      return (payload) => (hasLength(payload.value) && payload.value.length <= maximum) || run(payload);
    case "min_length":
      return (payload) => (hasLength(payload.value) && payload.value.length >= (typeof payload.value === "string" ? 2 * minimum : minimum)) || run(payload);
    case "greater_than":
      return (payload) => (inclusive ? (payload.value as number) >= bound! : (payload.value as number) > bound!) || run(payload);
    case "less_than":
      return (payload) => (inclusive ? (payload.value as number) <= bound! : (payload.value as number) < bound!) || run(payload);
    case "number_format":
      return format === "safeint" ? (payload) => Number.isSafeInteger(payload.value) || run(payload) : run;
    default:
      return run;
  }
}

/** Most values of an enum or literal compared one by one in the generated code; a larger set is looked up. */
const MAX_COMPARED_VALUES = 8;

/** Whether a value is written in code as itself and `===` finds it as a set's lookup does. */
function comparable(value: unknown): value is string | boolean | number {
  return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/**
 * The condition of an enum or literal: the value is one of the values zod's own parse looks up,
 * compared one by one when they are few strings, numbers or booleans.
 */
function member(values: ReadonlySet<unknown> | undefined): Accepts {
  if (!values) return unknownPart();
  const all = [...values];
  if (all.length <= MAX_COMPARED_VALUES && all.every(comparable)) return (value) => all.map((each) => `${value} === ${JSON.stringify(each)}`).join(" || ");
  return (value, source) => `${source.value(values)}.has(${value})`;
}

/** Writes the condition under which a leaf's value, named `value` in the generated code, is accepted. */
type Accepts = (value: string, source: Source) => string;

/** The type test of each leaf kind, as zod's parse of that kind accepts a value. */
const LEAVES: Readonly<Record<string, (node: ZodNode) => Accepts>> = {
  string: () => (value) => `typeof ${value} === "string"`,
  number: () => (value) => `typeof ${value} === "number" && Number.isFinite(${value})`,
  boolean: () => (value) => `typeof ${value} === "boolean"`,
  enum: (node) => member(node._zod.values),
  literal: (node) => member(node._zod.values),
};

/**
 * What the compiler read of a schema node: its kind and parts, and the tests zod runs on its
 * output (a leaf's own checks, a container's refinements and sizes). Read once, then compiled to
 * code.
 */
type Shape =
  | { readonly kind: "leaf"; readonly accepts: Accepts; readonly tests: readonly Test[] }
  | { readonly kind: "object"; readonly fields: readonly Field[]; readonly strict: boolean; readonly known: ReadonlySet<string>; readonly tests: readonly Test[] }
  | { readonly kind: "array"; readonly element: Shape; readonly cap: number; readonly tests: readonly Test[] }
  | { readonly kind: "union"; readonly discriminator: string; readonly options: readonly Shape[]; readonly optionOf: ReadonlyMap<unknown, number | null>; readonly tests: readonly Test[] }
  | { readonly kind: "optional"; readonly inner: Shape; readonly tests: readonly Test[] };

/** A declared key of an object: its shape, and whether it may be absent. */
interface Field {
  readonly key: string;
  readonly shape: Shape;
  readonly optional: boolean;
}

/** A leaf: its kind's type test, then its checks (a number format or string format is its own first check). */
function leafShape(node: ZodNode, accepts: Accepts): Shape {
  if (node._zod.def.coerce) unknownPart();
  const tests = [...(node._zod.traits.has("$ZodCheck") ? [node as unknown as Check] : []), ...(node._zod.def.checks ?? [])].map(test);
  return { kind: "leaf", accepts, tests };
}

/** An object: every declared key in shape order; unknown keys stripped or, when strict, unsure. */
function objectShape(node: ZodNode, read: (child: ZodNode) => Shape, tests: readonly Test[]): Shape {
  const { shape = {}, catchall } = node._zod.def;
  const strict = catchall !== undefined;
  // A catchall other than `never` keeps unknown keys; symbol keys and `__proto__` are read apart by zod.
  if ((strict && catchall._zod.def.type !== "never") || Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, "__proto__")) unknownPart();
  const fields = Object.keys(shape).map((key): Field => {
    const { optin, optout } = shape[key]!._zod;
    // A default fills in an absent key.
    if (optin !== optout || (optin !== undefined && optin !== "optional")) unknownPart();
    return { key, shape: read(shape[key]!), optional: optin === "optional" };
  });
  return { kind: "object", fields, strict, known: new Set(Object.keys(shape)), tests };
}

/** An array, with its smallest `max`: a longer one is left to zod before any item is read. */
function arrayShape(node: ZodNode, element: Shape, tests: readonly Test[]): Shape {
  const cap = Math.min(...(node._zod.def.checks ?? []).map(({ _zod: { def } }) => (def.check === "max_length" ? (def.maximum ?? Infinity) : Infinity)));
  return { kind: "array", element, cap, tests };
}

/** A discriminated union: the option each discriminator value names, as zod maps values to options (a value two options claim names none). */
function unionShape(node: ZodNode, read: (child: ZodNode) => Shape, tests: readonly Test[]): Shape {
  const { discriminator, options = [] } = node._zod.def;
  if (discriminator === undefined) unknownPart();
  const optionOf = new Map<unknown, number | null>();
  const shapes = options.map((option, index) => {
    const values = option._zod.propValues?.[discriminator];
    if (!values || values.size === 0) unknownPart();
    for (const tag of values) optionOf.set(tag, optionOf.has(tag) ? null : index);
    return read(option);
  });
  return { kind: "union", discriminator, options: shapes, optionOf, tests };
}

/** Reads one node (once per schema instance); a kind or feature it does not know throws, and the whole fast path is off. */
function readShape(node: ZodNode, read: Map<ZodNode, Shape | null>): Shape {
  const done = read.get(node);
  if (done) return done;
  if (done === null) unknownPart(); // a recursive schema
  read.set(node, null);
  const { type, checks = [] } = node._zod.def;
  const child = (part: ZodNode) => readShape(part, read);
  let shape: Shape;
  const accepts = LEAVES[type];
  if (accepts) shape = leafShape(node, accepts(node));
  else if (node._zod.traits.has("$ZodCheck")) unknownPart();
  else if (type === "object") shape = objectShape(node, child, checks.map(test));
  else if (type === "array" && node._zod.def.element) shape = arrayShape(node, child(node._zod.def.element), checks.map(test));
  else if (type === "union") shape = unionShape(node, child, checks.map(test));
  else if (type === "optional" && node._zod.def.innerType && !node._zod.traits.has("$ZodExactOptional")) {
    if (node._zod.def.innerType._zod.optin !== undefined) unknownPart(); // an optional default
    shape = { kind: "optional", inner: child(node._zod.def.innerType), tests: checks.map(test) };
  } else unknownPart();
  read.set(node, shape);
  return shape;
}

/**
 * Whether code may be compiled from text: not when zod is told to run without it
 * (`z.config({ jitless: true })`, for a strict Content Security Policy) nor when the runtime
 * forbids it, as zod itself decides for its own objects.
 */
function compilesCode(): boolean {
  return !z.config().jitless && util.allowsEval.value;
}

/** The source of a generated container: its statements, and the values they read, passed in by name. */
class Source {
  readonly lines: string[] = [];
  readonly values: unknown[] = [];
  private names = 0;

  /** A new local name. */
  name(prefix: string): string {
    return `${prefix}${this.names++}`;
  }

  /** The name the code reads a value by. */
  value(value: unknown): string {
    return `k${this.values.push(value) - 1}`;
  }
}

/**
 * How a parser's code is written: the functions written so far, and whether it builds zod's output
 * (`copy`) or vouches for the input itself (`in-place`, see {@link fastParser}).
 */
interface Compiler {
  readonly done: Map<Shape, Walk>;
  readonly mode: FastParseMode;
}

/**
 * A shape run by generated code: a function of its own for each object, array and union, whose
 * leaves and optional parts are written inline and whose other parts are calls to their own
 * functions. Every key is read by name and every call has one target, so the engine's caches
 * see one shape per site, where closures shared by every node of a kind would share theirs.
 */
function generated(shape: Shape, compiler: Compiler): Walk {
  const known = compiler.done.get(shape);
  if (known) return known;
  const source = new Source();
  const output = emit(shape, "value", source, compiler);
  const factory = `${source.values.map((_, index) => `const k${index} = values[${index}];`).join("\n")}
return function (value, payload) {
${source.lines.join("\n")}
return ${output};
};`;
  const walk = new Function("values", "UNSURE", factory)(source.values, UNSURE) as Walk;
  compiler.done.set(shape, walk);
  return walk;
}

/** Writes the statements that compute a part's output from `input` and returns the name holding it: a leaf or optional part inline, a container by a call. */
function part(shape: Shape, input: string, source: Source, compiler: Compiler): string {
  if (shape.kind !== "leaf" && shape.kind !== "optional") {
    const output = source.name("o");
    source.lines.push(`const ${output} = ${source.value(generated(shape, compiler))}(${input}, payload);`, `if (${output} === UNSURE) return UNSURE;`);
    return output;
  }
  return emit(shape, input, source, compiler);
}

/** The statement that leaves a value to zod unless zod reads it as an object: not null, not an array. */
function unlessObject(value: string): string {
  return `if (typeof ${value} !== "object" || ${value} === null || Array.isArray(${value})) return UNSURE;`;
}

/**
 * Writes an object's statements: each declared key's part, then its output. A copy gets the
 * declared keys present in the input; in place, the input itself, when every key it has is a
 * declared one.
 */
function emitObject(shape: Extract<Shape, { kind: "object" }>, value: string, output: string, source: Source, compiler: Compiler): void {
  const { lines } = source;
  const inPlace = compiler.mode === "in-place";
  const present = source.name("n");
  lines.push(unlessObject(value), inPlace ? `let ${present} = 0;` : `const ${output} = {};`);
  for (const { key, shape: field, optional } of shape.fields) {
    const name = JSON.stringify(key);
    const result = part(field, `${value}[${name}]`, source, compiler);
    lines.push(`if (${name} in ${value}) ${inPlace ? `${present}++` : `${output}[${name}] = ${result}`};${optional ? "" : " else return UNSURE;"}`);
  }
  if (inPlace) {
    const all = source.name("n");
    lines.push(`let ${all} = 0;`, `for (const key in ${value}) ${all}++;`, `if (${all} !== ${present}) return UNSURE;`, `const ${output} = ${value};`);
  } else if (shape.strict) lines.push(`for (const key in ${value}) if (!${source.value(shape.known)}.has(key)) return UNSURE;`);
}

/** Writes the statements of a shape itself, its tests included, and returns the name holding its output. */
function emit(shape: Shape, input: string, source: Source, compiler: Compiler): string {
  const { lines } = source;
  const value = source.name("v");
  lines.push(`const ${value} = ${input};`);
  let output = source.name("o");
  switch (shape.kind) {
    case "leaf":
      lines.push(`if (!(${shape.accepts(value, source)})) return UNSURE;`, `const ${output} = ${value};`);
      break;
    case "optional":
      lines.push(`let ${output};`, `if (${value} !== undefined) {`);
      lines.push(`${output} = ${part(shape.inner, value, source, compiler)};`, "}");
      break;
    case "object":
      emitObject(shape, value, output, source, compiler);
      break;
    case "array": {
      const index = source.name("i");
      const inPlace = compiler.mode === "in-place";
      lines.push(`if (!Array.isArray(${value}) || ${value}.length > ${source.value(shape.cap)}) return UNSURE;`, `const ${output} = ${inPlace ? value : `new Array(${value}.length)`};`);
      lines.push(`for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {`);
      const item = part(shape.element, `${value}[${index}]`, source, compiler);
      if (!inPlace) lines.push(`${output}[${index}] = ${item};`);
      lines.push("}");
      break;
    }
    case "union":
      lines.push(unlessObject(value), `let ${output};`);
      lines.push(`switch (${source.value(shape.optionOf)}.get(${value}[${JSON.stringify(shape.discriminator)}])) {`);
      shape.options.forEach((option, index) => {
        lines.push(`case ${index}: {`);
        lines.push(`${output} = ${part(option, value, source, compiler)};`, "break;", "}");
      });
      lines.push("default: return UNSURE;", "}");
      break;
  }
  if (shape.tests.length === 0) return output;
  lines.push(`payload.value = ${output};`);
  for (const each of shape.tests) lines.push(`if (!${source.value(each)}(payload)) return UNSURE;`);
  // In place, a check that rewrites the value (a trim, a lower-casing) leaves an output the input is not.
  if (compiler.mode === "in-place") lines.push(`if (payload.value !== ${output}) return UNSURE;`);
  else {
    output = source.name("o");
    lines.push(`const ${output} = payload.value;`);
  }
  return output;
}

/**
 * What a fast parse answers with: a `copy` (zod's output, new objects and arrays) or the input
 * itself, `in-place`, for a caller that owns it and gives it up.
 */
export type FastParseMode = "copy" | "in-place";

/**
 * A parser compiled, at its first call, from a zod schema's own definition: for a value zod
 * accepts it returns the output zod would return (new objects and arrays, keys in zod's order, an
 * optional key given as `undefined` kept) without running zod's parse of the whole tree. Leaves
 * test their kind as zod's parse does, then run zod's own checks and refinements; containers run
 * theirs on the output they built. A value with any issue, and any exception, gives `undefined`:
 * only zod's parse tells what is wrong. A schema with a part the compiler does not know
 * (transforms, defaults, plain unions, records, lazy or recursive parts…) always gives `undefined`.
 * The input is read as zod reads it (each declared key once, `in` for presence, `for…in` for
 * unknown keys) and never written. The walk is code compiled from text, as zod compiles its
 * objects: under `z.config({ jitless: true })` or a Content Security Policy that forbids it, the
 * parser always gives `undefined` and zod's parse does the work, slower and the same.
 *
 * In `in-place` mode nothing is built: the parser answers with the input itself when zod's output
 * would hold the same values (no unknown key, no check that rewrites a value such as a trim; only
 * the order of keys may differ), else `undefined`. Zod's checks and refinements then run on the
 * input. It is for a caller that owns the input, such as a line it has just parsed from JSON.
 *
 * @param schema - the zod schema, the one source of truth
 * @param mode - `copy` (the default) or `in-place`
 * @returns a parser: `{ value }` when zod would accept the input with that output, else `undefined`
 */
export function fastParser<Schema extends z.ZodType>(schema: Schema, mode: FastParseMode = "copy"): (input: unknown) => FastParse<z.output<Schema>> {
  let walk: Walk | undefined;
  let compilable = true;
  return (input) => {
    if (!compilable || (walk === undefined && !compilesCode())) return undefined;
    try {
      walk ??= generated(readShape(schema as unknown as ZodNode, new Map()), { done: new Map(), mode });
      const output = walk(input, { value: undefined, issues: [] });
      return output === UNSURE ? undefined : { value: output as z.output<Schema> };
    } catch {
      compilable = walk !== undefined;
      return undefined;
    }
  };
}
