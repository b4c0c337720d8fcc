/// <reference lib="dom" />
// The page builds its DOM with this one function: text always goes in as text nodes, never as HTML.

/** Attributes of an element; `undefined` leaves one out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A child: an element, text, or nothing. */
export type Child = Node | string | number | undefined | false;

/** Creates an element with attributes (`true` sets an empty one) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: readonly (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === "number" ? String(child) : child);
  }
  return element;
}

/** Words for an identifier such as `group-therapy` or `plannedDischarge`: "group therapy", "planned discharge". */
export function words(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[-_]/g, " ")
    .toLowerCase();
}

/** Replaces a container's content with children. */
export function fill(container: Element, children: readonly Child[]): void {
  container.replaceChildren(...children.flatMap((child) => (child === undefined || child === false ? [] : [typeof child === "number" ? String(child) : child])));
}
