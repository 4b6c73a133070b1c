/**
 * Builds the Lucene query for the full-text indexes (entity_names, node_texts, article_titles) from what a user
 * typed. The words travel as a Cypher parameter, but Lucene parses them again: every character that Lucene treats as
 * syntax is escaped and the words are lower-cased (so "and", "or", "not" are words, not operators).
 */
export function fullTextQuery(words: string): string {
  return (
    searchWords(words)
      .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (character) => `\\${character}`))
      // Every word must match, as a whole token or as the start of one ("witk" finds Witkoff).
      .map((word) => `(${word} OR ${word}*)`)
      .join(' AND ')
  );
}

/** The words of what a user typed, lower-cased, as the full-text query uses them (before escaping). */
export function searchWords(words: string): string[] {
  return (
    words
      .toLowerCase()
      .split(/\s+/)
      // A word of punctuation alone ("(") analyses to nothing, and would make the whole query match nothing.
      .filter((word) => /[\p{L}\p{N}]/u.test(word))
  );
}
