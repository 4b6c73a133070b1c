import { graphql } from './api';
import { timelineQuery } from './queries';
import type { DashboardState } from './state';
import type { TimelineEvent } from './timelineLayout';

/**
 * The most events the timeline draws: a graph of a million events is read a page at a time up to this many, and
 * the view says that more match, so an analyst narrows the filters instead of the browser drawing everything.
 */
export const maxTimelineEvents = 500;
const pageSize = 100;

export interface TimelineData {
  events: TimelineEvent[];
  /** More events match the filters than were fetched. */
  more: boolean;
}

interface Page {
  timeline: {
    edges: { sequence: number; node: Omit<TimelineEvent, 'sequence'> }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export async function fetchTimeline(state: Pick<DashboardState, 'actor' | 'kinds' | 'from' | 'to'>): Promise<TimelineData> {
  const events: TimelineEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const variables = {
      actorId: state.actor,
      kinds: state.kinds.length ? state.kinds : null,
      from: state.from,
      to: state.to,
      first: pageSize,
      after,
    };
    const page: Page = await graphql<Page>(timelineQuery, variables);
    events.push(...page.timeline.edges.map((edge) => ({ ...edge.node, sequence: edge.sequence })));
    const { hasNextPage, endCursor } = page.timeline.pageInfo;
    if (!hasNextPage || endCursor === null) return { events, more: false };
    if (events.length >= maxTimelineEvents) return { events, more: true };
    after = endCursor;
  }
}
