/**
 * The day that stands for an open date bound: an event's unknown `latest` (or, in the timeline's sort key, its
 * unknown `earliest`) sorts as this day, and its `span` point lies on the index's top edge at its day number.
 * Cypher receives it as `$openEnd`, so every file sorts and indexes open ends alike.
 */
export const openEnd = '9999-12-31';
