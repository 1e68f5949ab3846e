export type Align = 'left' | 'right';

/**
 * A plain-text table with aligned columns and a rule under the header, for
 * terminal reports. `ruleBefore` lists row indexes that get a rule above them
 * (a totals row, say).
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { align?: readonly Align[]; ruleBefore?: readonly number[] } = {},
): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (options.align?.[column] === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const out = [line(header), rule];
  rows.forEach((row, index) => {
    if (options.ruleBefore?.includes(index)) out.push(rule);
    out.push(line(row));
  });
  return out.join('\n');
}
