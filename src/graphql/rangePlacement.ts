/** How an event's date interval sits in a timeline's date range (RangePlacement in schema/timeline.graphql). */
export type RangePlacement = 'NO_RANGE' | 'WITHIN' | 'OVERLAPS';

/**
 * WITHIN when the whole interval lies inside [from, to] (an open bound of the event counts as reaching past any
 * closed bound of the range), OVERLAPS
 * when the interval only reaches into it: an analyst can tell what certainly happened in a range from what may
 * have. The timeline only returns overlapping events, so no other case arises for its rows.
 */
export function rangePlacement(
  date: { earliest: string | null; latest: string | null },
  from: string | null,
  to: string | null,
): RangePlacement {
  if (from === null && to === null) return 'NO_RANGE';
  const { earliest, latest } = date;
  // ISO dates of the same shape compare as strings in calendar order.
  // An open side of the range holds any bound, a known one or an open one; a closed side needs a known bound inside.
  const startsInside = from === null || (earliest !== null && earliest >= from);
  const endsInside = to === null || (latest !== null && latest <= to);
  return startsInside && endsInside ? 'WITHIN' : 'OVERLAPS';
}
