/** An idea's text on one line of a list or a reference: its first words, cut at a space. */
export function shortText(text: string | undefined, max = 80): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max - 2);
  return `${line.slice(0, cut > max / 2 ? cut : max - 2)} …`;
}
