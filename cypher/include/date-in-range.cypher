// date-in-range: whether {{node}} (an event, proposal or statement) is dated in [$from, $to] under $match, the
// timeline's rule (schema/timeline.graphql, RangeMatch): WITHIN (earliest >= from, a known latest <= to),
// STARTS_IN (from <= earliest <= to) or OVERLAPS (earliest <= to, latest >= from or open). A null $from or $to
// holds every day on its side; a node with no earliest day is not placed in time, so any range leaves it out.
// The query declares $from, $to (ISO dates or null) and $match.
(($from IS NULL AND $to IS NULL) OR {{node}}.earliest IS NOT NULL)
AND ($to IS NULL OR {{node}}.earliest <= date($to))
AND CASE $match
  WHEN 'OVERLAPS' THEN $from IS NULL OR {{node}}.latest >= date($from) OR {{node}}.latest IS NULL
  WHEN 'STARTS_IN' THEN $from IS NULL OR {{node}}.earliest >= date($from)
  ELSE ($from IS NULL OR {{node}}.earliest >= date($from)) AND ($to IS NULL OR {{node}}.latest <= date($to))
END
