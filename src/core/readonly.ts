/**
 * Makes every property and array of a data type read-only, all the way down. Strings (branded or
 * not), numbers and booleans are left as they are.
 *
 * @category Plan
 * @example
 * ```ts
 * type Frozen = DeepReadonly<{ days: string[] }>; // { readonly days: readonly string[] }
 * ```
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : { readonly [Key in keyof T]: DeepReadonly<T[Key]> };
