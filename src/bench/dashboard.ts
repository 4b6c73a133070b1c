import type { Browser } from 'playwright-core';

/** What one visit of the dashboard took, as the browser saw it. */
export interface DashboardTiming {
  /** Navigation start to the timeline drawn (its events placed, the status line written). */
  timelineMs: number;
  timelineEvents: number;
  /** The status line: says when more events match than the timeline draws. */
  timelineStatus: string;
  /** Navigation start to the network drawn. */
  networkMs: number;
  /** The network's own figures: the API's answer, then cytoscape's layout and first frame. */
  networkFetchMs: number;
  networkRenderMs: number;
  networkEdges: number;
}

/** Opens the timeline, then the network of the heaviest `edges` pairs, in a fresh page each, and times both. */
export async function timeDashboard(browser: Browser, dashboardUrl: string, edges: number): Promise<DashboardTiming> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    let began = Date.now();
    await page.goto(dashboardUrl);
    // Selectors, not page functions: the page's policy forbids evaluating strings, and this file has no DOM types.
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
    const timelineMs = Date.now() - began;
    const timelineEvents = await page.locator('#timeline g.event').count();
    const timelineStatus = (await page.locator('#status').textContent()) ?? '';

    began = Date.now();
    await page.goto(`${dashboardUrl}?view=network&edges=${edges}`);
    await page.locator('#network[data-render-ms]').waitFor({ state: 'attached', timeout: 120_000 });
    const networkMs = Date.now() - began;
    const network = page.locator('#network');
    const figure = async (name: string) => Number(await network.getAttribute(`data-${name}`));
    return {
      timelineMs,
      timelineEvents,
      timelineStatus,
      networkMs,
      networkFetchMs: await figure('fetch-ms'),
      networkRenderMs: await figure('render-ms'),
      networkEdges: await figure('edges'),
    };
  } finally {
    await page.close();
  }
}
