import type { Browser, Page, Request } from 'playwright-core';
import { collectErrors, launchBrowser, screenshot, seededDashboard } from './browser';

/** The pages work with no internet: every request any of them makes stays on the server that served it. */

const seeded = seededDashboard();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A page that records the URL of every request it makes, from the first. */
async function recordingPage(): Promise<{ page: Page; requested: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requested: string[] = [];
  page.on('request', (request: Request) => requested.push(request.url()));
  return { page, requested, errors: collectErrors(page) };
}

function hosts(urls: string[]): string[] {
  return [...new Set(urls.filter((url) => !url.startsWith('data:')).map((url) => new URL(url).host))];
}

it('serves the GraphQL explorer at /graphql, loading nothing from elsewhere, and runs a query', async () => {
  const { page, requested, errors } = await recordingPage();
  await page.goto(seeded.server.url);
  await page.locator('.graphiql-container').waitFor();
  // The schema's descriptions reach the explorer by introspection: the docs pane shows the Query type's.
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response').getByText('event:hamas-terrorist-designation').waitFor();
  expect(await page.locator('.graphiql-response').textContent()).toContain('"precision": "YEAR"');
  await screenshot(page, 'explorer');
  expect(hosts(requested)).toEqual([new URL(seeded.server.url).host]);
  expect(new URL(seeded.server.url).hostname).toBe('127.0.0.1');
  expect(requested.filter((url) => url.endsWith('/graphql')).length).toBeGreaterThanOrEqual(3);
  expect(errors).toEqual([]);
  await page.close();
});

it('shows the schema descriptions in the explorer docs', async () => {
  const { page, errors } = await recordingPage();
  await page.goto(seeded.server.url);
  await page.locator('.graphiql-container').waitFor();
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.getByText('Query', { exact: true }).first().click();
  await page.getByText('Events in the order of their date interval', { exact: false }).first().waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

it('loads the dashboard, its views and an article with no request leaving 127.0.0.1', async () => {
  const { page, requested, errors } = await recordingPage();
  await page.goto(`${seeded.server.dashboardUrl}?select=event:us-hamas-direct-talks`);
  await page.locator('#panel button.quote').first().click();
  await page.locator('#reader mark#passage').waitFor();
  await page.getByRole('link', { name: 'Network' }).click();
  await page.waitForFunction(() => document.getElementById('network')?.dataset.renderMs !== undefined);
  expect(hosts(requested)).toEqual([new URL(seeded.server.url).host]);
  expect(errors).toEqual([]);
  await page.close();
});
