// merge-article: create the Article node of each annotation file of a batch (a load runs unload-* first, so they are new).
// Parameters:
//   $articles  LIST<MAP>  {id, title, source, textFile, textSha256, text, rank, published, retrieved: ISO date STRING|null,
//                          publisher, url, language: STRING|null}
// Returns: one row per article: article - the id.
// Example: {"articles": [{"id": "article:example", "title": "Example", "source": "web", "textFile": "example.txt", "textSha256": "…", "text": "…", "rank": "9999-12-31|article:example", "published": null, "retrieved": null, "publisher": null, "url": null, "language": "en"}]}
UNWIND $articles AS article
CREATE (a:Node:Article {id: article.id})
SET a.title = article.title,
    a.source = article.source,
    a.textFile = article.textFile,
    a.textSha256 = article.textSha256,
    a.text = article.text,
    a.rank = article.rank,
    a.published = date(article.published),
    a.retrieved = date(article.retrieved),
    a.publisher = article.publisher,
    a.url = article.url,
    a.language = article.language
RETURN a.id AS article
