/** The separator of a CSV text, from its first line: `;` (as German Excel and the Hauskoordinaten write it), `,` or tab. */
export function separatorOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((s) => [s, first.split(s).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ';';
}
