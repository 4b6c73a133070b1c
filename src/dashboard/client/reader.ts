import { graphql } from './api';
import { el } from './dom';
import { splitAtPassage } from './passage';
import { articleQuery } from './queries';
import type { Passage } from './state';

interface Article {
  __typename: string;
  id: string;
  title?: string;
  source?: string | null;
  published?: string | null;
  text?: string | null;
}

const articles = new Map<string, Promise<Article | null>>();

function fetchArticle(id: string): Promise<Article | null> {
  let article = articles.get(id);
  if (!article) {
    article = graphql<{ entity: Article | null }>(articleQuery, { id }).then(({ entity }) => entity);
    // A failed fetch is not remembered, so opening the passage again asks again.
    article.catch(() => articles.delete(id));
    articles.set(id, article);
  }
  return article;
}

/** Shows the article in `container` with the passage marked and scrolled into view. */
export async function renderPassage(container: HTMLElement, passage: Passage): Promise<void> {
  const body = el('div', { class: 'article-text', tabindex: '0' }, 'Loading the article…');
  const title = el('h2', {}, passage.articleId);
  const meta = el('p', { class: 'article-meta' });
  const content = container.querySelector('.reader-content');
  if (!content) throw new Error('the reader has no .reader-content');
  content.replaceChildren(title, meta, body);
  container.hidden = false;
  const article = await fetchArticle(passage.articleId);
  if (article?.__typename !== 'Article') {
    body.replaceChildren(el('p', { class: 'error' }, `The graph holds no article with id ${passage.articleId}.`));
    return;
  }
  title.textContent = article.title ?? article.id;
  meta.textContent = [article.source, article.published].filter(Boolean).join(' · ');
  const parts = article.text ? splitAtPassage(article.text, passage.start, passage.end) : null;
  if (!parts) {
    body.replaceChildren(
      el(
        'p',
        { class: 'error' },
        article.text
          ? `Characters ${passage.start} to ${passage.end} lie outside the article text.`
          : 'The graph holds no text for this article.',
      ),
    );
    return;
  }
  const mark = el('mark', { id: 'passage' }, parts.passage);
  body.replaceChildren(parts.before, mark, parts.after);
  mark.scrollIntoView({ block: 'center' });
}
