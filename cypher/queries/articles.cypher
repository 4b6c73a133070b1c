// articles: which articles does the graph hold (filtered, one page at a time, in resolution order)?
// Parameters:
//   $publishers  LIST<STRING>|null  only articles of these publishers; null: any
//   $languages   LIST<STRING>|null  only articles in these languages (BCP 47 tags such as en; an article that names none is left out); null: any
//   $from        STRING|null        ISO date: only articles published on or after it; null: no lower bound
//   $to          STRING|null        ISO date: only articles published on or before it; null: no upper bound
//   $after       STRING|null        the rank of the last article of the previous page; null: the first page
//   $limit       INTEGER            at most this many rows
// Returns: one row per article: article - its properties and labels (the text left out), rank - its sort key
// Resolution order is Article.rank: the earliest published first, undated ones last, ties by id. An undated article
// is left out of any date range: nothing says it falls in it.
// Example: {"publishers": null, "languages": null, "from": null, "to": null, "after": null, "limit": 10}
MATCH (a:Article)
// A rank above the cursor reads the article_rank index in order, so a page reads its own rows and not every article's.
WHERE a.rank > coalesce($after, '')
  AND ($publishers IS NULL OR a.publisher IN $publishers)
  AND ($languages IS NULL OR a.language IN $languages)
  AND ($from IS NULL OR a.published >= date($from))
  AND ($to IS NULL OR a.published <= date($to))
RETURN a {.*, text: null, labels: labels(a)} AS article, a.rank AS rank
ORDER BY a.rank
LIMIT toInteger($limit)
