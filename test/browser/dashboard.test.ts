import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { seedFiles } from '../../src/ingest';
import { collectErrors, launchBrowser, screenshot, seededDashboard } from './browser';

/**
 * The dashboard on the seed article, in Debian's chromium: what an analyst sees and clicks, checked against
 * what the article says.
 */

const seeded = seededDashboard();
let browser: Browser;
let page: Page;
let errors: string[];
const articleText = Array.from(fs.readFileSync(seedFiles.article, 'utf8'));

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  errors = collectErrors(page);
});

afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

function open(query = ''): Promise<unknown> {
  return page.goto(`${seeded.server.dashboardUrl}${query}`);
}

async function centreX(selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return box.x + box.width / 2;
}

const event = (id: string) => `#timeline g.event[data-id="${id}"]`;

async function timelineIds(): Promise<string[]> {
  return page.locator('#timeline g.event').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-id') ?? ''));
}

describe('timeline', () => {
  it('draws 1997 before October 7, 2023, before the lane of the undated talks', async () => {
    await open();
    await page.locator(event('event:us-hamas-direct-talks')).waitFor();
    const designation = await centreX(event('event:hamas-terrorist-designation'));
    const raid = await centreX(event('event:october-7-raid'));
    const talks = await centreX(event('event:us-hamas-direct-talks'));
    expect(designation).toBeLessThan(raid);
    expect(raid).toBeLessThan(talks);
    // "1997" is a year (a bar), "October 7, 2023" a day (a point), "recent" talks have no date of their own.
    expect(await page.locator(event('event:hamas-terrorist-designation')).getAttribute('data-shape')).toBe('bar');
    expect(await page.locator(event('event:october-7-raid')).getAttribute('data-shape')).toBe('point');
    expect(await page.locator(event('event:us-hamas-direct-talks')).getAttribute('data-lane')).toBe('undated');
    // The undated lane follows the text's order: the talks followed the raid, the press secretary's remarks the talks.
    const ids = await timelineIds();
    expect(ids.indexOf('event:us-hamas-direct-talks')).toBeLessThan(ids.indexOf('event:leavitt-remarks'));
    await screenshot(page, 'timeline');
  });

  it('filtered by Adam Boehler (found with the keyboard), keeps his events only, and the URL says so', async () => {
    await open();
    await page.locator(event('event:october-7-raid')).waitFor();
    await page.getByRole('combobox', { name: 'Filter by actor…' }).fill('Boehler');
    await page.locator('#actor-search [role=option][data-id="person:adam-boehler"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#actor-filter .chip[data-id="person:adam-boehler"]').waitFor();
    await page.locator(event('event:october-7-raid')).waitFor({ state: 'detached' });
    expect((await timelineIds()).sort()).toEqual(['event:abraham-accords', 'event:boehler-nomination', 'event:us-hamas-direct-talks']);
    expect(new URL(page.url()).searchParams.get('actor')).toBe('person:adam-boehler');
    await screenshot(page, 'timeline-boehler');
  });

  it('filters by kind from a shared link, and opens the event panel on a click', async () => {
    await open('?kinds=talks,attack');
    await page.locator(event('event:october-7-raid')).waitFor();
    expect((await timelineIds()).sort()).toEqual(['event:october-7-raid', 'event:us-hamas-direct-talks']);
    await page.locator(event('event:october-7-raid')).click();
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Hamas cross-border raid into southern Israel');
    expect(new URL(page.url()).searchParams.get('select')).toBe('event:october-7-raid');
  });
});

describe('negotiation network', () => {
  /** The edge's label and its midpoint in page coordinates, from the drawn graph. */
  async function edge(id: string): Promise<{ label: string; x: number; y: number }> {
    await page.waitForFunction(
      (edgeId) => window.dashboardNetwork?.getElementById(edgeId).nonempty() && document.getElementById('network')?.dataset.renderMs,
      id,
    );
    return page.evaluate((edgeId) => {
      const drawn = window.dashboardNetwork!.getElementById(edgeId);
      const point = drawn.renderedMidpoint();
      const box = document.getElementById('network')!.getBoundingClientRect();
      return { label: String(drawn.data('label')), x: box.left + point.x, y: box.top + point.y };
    }, id);
  }

  it('shows Boehler with Hamas, Egypt and Qatar mediating; a click on the edge lists the direct talks', async () => {
    await open('?view=network&rollup=0');
    const pair = await edge('edge:org:hamas|person:adam-boehler');
    expect(pair.label).toBe('1 · via Egypt, Qatar');
    await page.mouse.click(pair.x, pair.y);
    await page.locator('#panel .edge-events').waitFor();
    expect(await page.locator('#panel h2').textContent()).toBe('Hamas – Adam Boehler');
    expect(await page.locator('#panel .edge-events li').allTextContents()).toEqual(['Direct US-Hamas talks (talks)']);
    expect(await page.locator('#panel .mediators li').allTextContents()).toEqual(['Egypt', 'Qatar']);
    expect(new URL(page.url()).searchParams.get('select')).toBe('edge:org:hamas|person:adam-boehler');
    await screenshot(page, 'network-people');
  });

  it('rolled up, shows the United States with Hamas through the same mediators', async () => {
    await open('?view=network');
    const pair = await edge('edge:org:hamas|org:united-states');
    expect(pair.label).toBe('2 · via Egypt, Qatar');
    await page.mouse.click(pair.x, pair.y);
    await page.locator('#panel .edge-events').waitFor();
    expect(await page.locator('#panel .edge-events li').allTextContents()).toContain('Direct US-Hamas talks (talks)');
    await screenshot(page, 'network');
  });

  it('at 500 pairs (over the cost limit with mediators) still labels the heaviest pairs with theirs', async () => {
    await open('?view=network&rollup=0&edges=500');
    expect((await edge('edge:org:hamas|person:adam-boehler')).label).toBe('1 · via Egypt, Qatar');
  });
});

describe('evidence', () => {
  it('opens the article with exactly the quoted passage highlighted', async () => {
    await open('?select=event:us-hamas-direct-talks');
    const quote = page.locator('#panel button.quote').first();
    await quote.waitFor();
    const [start, end] = [Number(await quote.getAttribute('data-start')), Number(await quote.getAttribute('data-end'))];
    const quoted = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    const mark = page.locator('#reader mark#passage');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(quoted);
    expect(quoted).toBe(articleText.slice(start, end).join(''));
    // The whole article is there around it, not only the passage.
    expect(await page.locator('#reader .article-text').textContent()).toBe(articleText.join(''));
    expect(new URL(page.url()).searchParams.get('start')).toBe(String(start));
    await screenshot(page, 'evidence');
  });

  it('reopens the same passage from a shared link', async () => {
    const quote = 'Egyptian and Qatari mediators played a crucial role in arranging these talks';
    const start = articleText.join('').indexOf(quote);
    const points = Array.from(articleText.join('').slice(0, start)).length;
    await open(`?article=article:us-hamas-direct-talks&start=${points}&end=${points + Array.from(quote).length}`);
    await page.locator('#reader mark#passage').waitFor();
    expect(await page.locator('#reader mark#passage').textContent()).toBe(quote);
  });
});

describe('search', () => {
  it('moves through hits with the arrows, opens the chosen one, and the back button returns', async () => {
    await open();
    await page.locator(event('event:october-7-raid')).waitFor();
    const box = page.getByRole('combobox', { name: 'Search people, organizations, places…' });
    await box.fill('Hamas');
    await page.locator('#search [role=option]').first().waitFor();
    const options = await page.locator('#search [role=option]').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    expect(options).toContain('org:hamas');
    for (let index = 0; index < options.indexOf('org:hamas'); index += 1) await box.press('ArrowDown');
    expect(await page.locator('#search [role=option][aria-selected=true]').getAttribute('data-id')).toBe('org:hamas');
    await box.press('Enter');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Hamas');
    expect(new URL(page.url()).searchParams.get('select')).toBe('org:hamas');
    await page.goBack();
    await page.locator('#panel').waitFor({ state: 'hidden' });
  });

  it('says so when nothing matches, and Escape closes the list', async () => {
    await open();
    const box = page.getByRole('combobox', { name: 'Search people, organizations, places…' });
    await box.fill('Zzyzx');
    await page.locator('#search .no-hits').waitFor();
    await box.press('Escape');
    await page.locator('#search [role=listbox]').waitFor({ state: 'hidden' });
  });
});
