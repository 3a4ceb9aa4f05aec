/**
 * A fixed table that is read with keys from outside: a feed's words, a page's source, a command.
 * A plain object literal answers `constructor`, `toString` or `__proto__` with Object.prototype's
 * members, so a readout naming "Constructor" once came back with a function as its country. The
 * table returned here has no prototype, and it is frozen.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
