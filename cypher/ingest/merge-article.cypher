// merge-article: create or update the Article node of one annotation file (the first statement of a load).
// Parameters:
//   $article  MAP  {id, title, source, textFile, textSha256, text, published: ISO date STRING|null}
// Returns: one row: reloaded - whether the article was in the graph before (only then can anything be stale).
// Example: {"article": {"id": "article:example", "title": "Example", "source": "web", "textFile": "example.txt", "textSha256": "…", "text": "…", "published": null}}
OPTIONAL MATCH (earlier:Article {id: $article.id})
WITH earlier IS NOT NULL AS reloaded
MERGE (a:Node {id: $article.id})
SET a:Article,
    a.title = $article.title,
    a.source = $article.source,
    a.textFile = $article.textFile,
    a.textSha256 = $article.textSha256,
    a.text = $article.text,
    a.published = date($article.published)
RETURN reloaded
