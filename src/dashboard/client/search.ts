import { graphql } from './api';
import { el } from './dom';
import { searchQuery } from './queries';

export interface SearchHit {
  score: number;
  entity: { __typename: string; id: string; name: string; kind?: string | null };
}

/**
 * A search box over entities (a combobox: arrows move through the hits, Enter picks, Escape closes). Each key
 * stroke waits briefly for the next, and an answer to an older text is dropped.
 */
export function searchBox(container: HTMLElement, label: string, pick: (hit: SearchHit) => void): HTMLInputElement {
  const listId = `${container.id}-hits`;
  const input = el('input', {
    type: 'search',
    role: 'combobox',
    'aria-label': label,
    placeholder: label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
  });
  const list = el('ul', { id: listId, role: 'listbox', class: 'hits', hidden: '' });
  container.replaceChildren(input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let asked = '';
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, position) => item.setAttribute('aria-selected', String(position === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = '';
    pick(hit);
  };
  const show = (found: SearchHit[]) => {
    hits = found;
    list.replaceChildren(
      ...(found.length
        ? found.map((hit, index) => {
            const item = el(
              'li',
              { id: `${listId}-${index}`, role: 'option', 'data-id': hit.entity.id, 'aria-selected': 'false' },
              hit.entity.name,
              el('small', {}, ` ${hit.entity.kind ?? hit.entity.__typename}`),
            );
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              choose(index);
            });
            return item;
          })
        : [el('li', { class: 'no-hits' }, 'No match')]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(found.length ? 0 : -1);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    timer = window.setTimeout(() => {
      asked = text;
      graphql<{ search: SearchHit[] }>(searchQuery, { text })
        .then(({ search }) => {
          if (asked === text && input.value.trim() === text) show(search);
        })
        .catch((error: unknown) => {
          list.replaceChildren(el('li', { class: 'error' }, error instanceof Error ? error.message : String(error)));
          list.hidden = false;
        });
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) highlight((active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  return input;
}
