/**
 * Splits an article at a passage given in Unicode code points (the API's offsets), not in UTF-16 units as
 * JavaScript strings count: an emoji or a rare letter before the passage would shift a naive slice.
 */
export function splitAtPassage(text: string, start: number, end: number): { before: string; passage: string; after: string } | null {
  const points = Array.from(text);
  if (start < 0 || end > points.length || start >= end) return null;
  return { before: points.slice(0, start).join(''), passage: points.slice(start, end).join(''), after: points.slice(end).join('') };
}
