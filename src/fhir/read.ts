import type { Finding, FindingPath } from "../core/finding";
import { FHIR_EXTENSIONS, type ExtensionName } from "./vocabulary";
import type { MessageOf } from "../core/messages";
import { fhirFinding, type FHIR_CATALOG, type UnmappedVariant } from "./messages";

/** A JSON object read from the Bundle. */
export type Json = Readonly<Record<string, unknown>>;

/** A resource of the Bundle with the path to it. */
export interface Located {
  readonly resource: Json;
  readonly path: FindingPath;
}

/** The value as a JSON object, if it is one. */
export function obj(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The value as an array, or an empty one. */
export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value as a string, if it is one. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The calendar day a FHIR date or dateTime starts with. */
export function day(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : undefined;
}

/** The wall time `HH:MM` of a FHIR time. */
export function wallTime(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && /^\d{2}:\d{2}/.test(text) ? text.slice(0, 5) : undefined;
}

/** The extensions of an element with a URL. */
export function extensionsOf(element: Json | undefined, url: string): Json[] {
  return arr(element?.extension).flatMap((item) => {
    const extension = obj(item);
    return extension?.url === url ? [extension] : [];
  });
}

/** The value of the first iopkit extension of a name (`valueString`, `valueCode`, …). */
export function extValue(element: Json | undefined, name: ExtensionName, key: string): unknown {
  return extensionsOf(element, FHIR_EXTENSIONS[name])[0]?.[key];
}

/** The value of a nested extension part. */
export function partValue(extension: Json, url: string, key: string): unknown {
  return extensionsOf(extension, url)[0]?.[key];
}

/** The code of a concept in a system. */
export function codeIn(concept: unknown, system: string): string | undefined {
  for (const item of arr(obj(concept)?.coding)) {
    const coding = obj(item);
    if (coding?.system === system && typeof coding.code === "string") return coding.code;
  }
  return undefined;
}

/** The value of a resource's identifier in a system, or of its first identifier when no system is named. */
export function identifierValue(resource: Json, system?: string): string | undefined {
  const identifiers = arr(resource.identifier).map(obj);
  return str((system === undefined ? identifiers[0] : identifiers.find((identifier) => identifier?.system === system))?.value);
}

/** Resolves references between the Bundle's entries and collects what could not be mapped. */
export class BundleReader {
  readonly findings: Finding[] = [];
  readonly located: Located[] = [];
  private readonly byUrl = new Map<string, Located>();

  constructor(entries: readonly unknown[]) {
    entries.forEach((item, index) => {
      const entry = obj(item);
      const resource = obj(entry?.resource);
      if (resource === undefined || typeof resource.resourceType !== "string") {
        this.gap(["entry", index], "emptyEntry");
        return;
      }
      const located = { resource, path: ["entry", index, "resource"] };
      this.located.push(located);
      const fullUrl = str(entry?.fullUrl);
      if (fullUrl !== undefined) this.byUrl.set(fullUrl, located);
      if (typeof resource.id === "string") this.byUrl.set(`${resource.resourceType}/${resource.id}`, located);
    });
  }

  /** Every resource of a type, in Bundle order. */
  ofType(type: string): Located[] {
    return this.located.filter((located) => located.resource.resourceType === type);
  }

  /** The resource a reference points to, by full URL or `Type/id`; an unresolvable one is a gap. */
  resolve(reference: unknown, path: FindingPath): Located | undefined {
    const target = str(obj(reference)?.reference);
    if (target === undefined) return undefined;
    const found = this.byUrl.get(target) ?? this.byUrl.get(target.split("/").slice(-2).join("/"));
    if (found === undefined) this.gap([...path, "reference"], "danglingReference");
    return found;
  }

  /** Records what the Bundle lacked or what iopkit could not map, at its FHIR path. */
  gap(path: FindingPath, variant: UnmappedVariant): void {
    this.findings.push(fhirFinding("fhir/unmapped", "warning", path, { variant } as MessageOf<(typeof FHIR_CATALOG)["fhir/unmapped"]>));
  }
}
