/** Edit distance, so an unknown id can be answered with the ids an editor probably meant. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The `count` known ids nearest to `id`. */
export function closestIds(id: string, known: Iterable<string>, count = 4): string[] {
  return [...known].sort((x, y) => editDistance(id, x) - editDistance(id, y)).slice(0, count);
}
