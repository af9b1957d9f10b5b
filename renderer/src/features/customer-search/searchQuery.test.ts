// The search as the agent types, through TanStack Query's own observer (what useQuery runs): answers arriving out of
// order never show an older one, the list is never emptied while the next answer comes, a superseded request is aborted.
import { QueryClient, QueryObserver, type QueryObserverResult } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerSummary } from '../../../../shared/api';
import { customerSearchInput, customerSearchQuery, shownAnswer, type CustomerSearchAnswer } from './searchQuery';

interface Pending {
  query: string;
  signal: AbortSignal | undefined;
  answer: () => void;
}
const pending: Pending[] = [];

vi.mock('../../lib/api', () => ({
  call: (_method: string, input: { query: string }, options: { signal?: AbortSignal } = {}) =>
    new Promise((resolve) => {
      const items = [{ id: input.query.length, name: `answer to ${input.query}` } as unknown as CustomerSummary];
      pending.push({ query: input.query, signal: options.signal, answer: () => resolve({ items }) });
    }),
}));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function typing() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const observer = new QueryObserver<CustomerSearchAnswer, Error, CustomerSearchAnswer, CustomerSearchAnswer, readonly ['customers.search', ReturnType<typeof customerSearchInput>]>(
    client,
    customerSearchQuery(customerSearchInput('')),
  );
  /** What the screen showed after every change: the query its list answers, '' for an empty list. */
  const shown: string[] = [];
  let input = customerSearchInput('');
  const unsubscribe = observer.subscribe((result: QueryObserverResult<CustomerSearchAnswer>) => {
    shown.push(shownAnswer(input, result.data)?.answered ?? '');
  });
  const type = (text: string) => {
    input = customerSearchInput(text);
    observer.setOptions(customerSearchQuery(input));
    // The box re-renders on the keystroke itself, whether or not the observer's result changed.
    shown.push(shownAnswer(input, observer.getCurrentResult().data)?.answered ?? '');
  };
  const answer = async (query: string) => {
    const found = pending.find((p) => p.query === query);
    if (!found) throw new Error(`no request for ${query}`);
    found.answer();
    await flush();
  };
  return { client, type, answer, shown, unsubscribe };
}

describe('the customer search as the agent types', () => {
  beforeEach(() => {
    pending.length = 0;
  });
  afterEach(() => vi.clearAllMocks());

  it('asks at once on every keystroke, with no wait in front', async () => {
    const { type, unsubscribe } = typing();
    type('1');
    type('13');
    type('138');
    await flush();
    expect(pending.map((p) => p.query)).toEqual(['1', '13', '138']);
    unsubscribe();
  });

  it('never shows an older answer after a newer one, whatever order the answers arrive in', async () => {
    const { type, answer, shown, unsubscribe } = typing();
    type('13');
    await flush();
    await answer('13');
    type('138');
    type('1381');
    await flush();
    await answer('1381');
    await answer('138');
    type('13812');
    await flush();
    await answer('13812');
    const answers = shown.filter((query) => query !== '');
    expect(answers.at(-1)).toBe('13812');
    // Each shown answer is to a longer prefix than the one before: time only goes forward.
    for (let i = 1; i < answers.length; i++) expect(answers[i]!.length).toBeGreaterThanOrEqual(answers[i - 1]!.length);
    expect(answers).not.toContain('138');
    unsubscribe();
  });

  it('keeps the last answer on screen while the next one comes, and drops it once the box is cleared', async () => {
    const { type, answer, shown, unsubscribe } = typing();
    type('13');
    await flush();
    await answer('13');
    const firstShown = shown.indexOf('13');
    type('138');
    await flush();
    expect(shown.at(-1)).toBe('13');
    await answer('138');
    expect(shown.slice(firstShown)).not.toContain('');
    type('');
    await flush();
    expect(shown.at(-1)).toBe('');
    type('5');
    await flush();
    // A fresh search does not bring back the cleared one's results while its answer comes.
    expect(shown.at(-1)).toBe('');
    unsubscribe();
  });

  it('aborts the request a newer keystroke superseded', async () => {
    const { type, answer, unsubscribe } = typing();
    type('13');
    await flush();
    type('138');
    await flush();
    expect(pending.find((p) => p.query === '13')!.signal!.aborted).toBe(true);
    expect(pending.find((p) => p.query === '138')!.signal!.aborted).toBe(false);
    await answer('138');
    unsubscribe();
  });
});
