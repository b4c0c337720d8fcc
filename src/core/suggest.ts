function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates closest to a misspelt name (at most `limit`, nearest first), for "did you mean"
 * messages. Candidates further than a quarter of the name's length (at least 2 edits) are not
 * suggested; a name that is no string has none.
 */
export function closestMatches<Candidate extends string>(name: string, candidates: readonly Candidate[], limit = 3): Candidate[] {
  if (typeof name !== "string") return [];
  const threshold = Math.max(2, Math.ceil(name.length / 4));
  // Names whose lengths differ by more than the threshold are that many edits apart at least.
  return candidates
    .filter((candidate) => Math.abs(candidate.length - name.length) <= threshold)
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= threshold)
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
