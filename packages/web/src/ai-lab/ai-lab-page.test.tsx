// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../auth/session-store.js';
import { AiLabPage } from './ai-lab-page.js';
import { NO_LANGUAGE_MODEL } from './ai-status-banner.js';
import { FakeAiApi } from './fake-ai-api.test-support.js';

let api: FakeAiApi;

function renderPage(address = '/ai-lab') {
  const router = createMemoryRouter([{ path: '/ai-lab', element: <AiLabPage /> }], { initialEntries: [address] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

function questionBox(): HTMLTextAreaElement {
  return screen.getByLabelText('Your question');
}

function messages(): string[] {
  return within(screen.getByRole('list', { name: 'Messages' }))
    .getAllByRole('listitem')
    .filter((item) => item.hasAttribute('data-message-role'))
    .map((item) => `${item.getAttribute('data-message-role')}: ${item.querySelector('p')?.textContent ?? ''}`);
}

beforeEach(() => {
  api = new FakeAiApi();
  vi.stubGlobal('fetch', vi.fn(api.fetch));
  useSessionStore.setState({ accessToken: 'access-1', refreshToken: null, user: { id: 'u-1', email: 'viewer@example.com', role: 'viewer' } });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  useSessionStore.setState({ accessToken: null, refreshToken: null, user: null });
});

describe('AiLabPage chat', () => {
  it('says plainly that no language model is configured, and offers the three questions it can answer', async () => {
    renderPage();
    expect((await screen.findByLabelText('Assistant status')).textContent).toContain(NO_LANGUAGE_MODEL);
    expect(screen.getByLabelText('Assistant status').textContent).toContain('it matches shared words, not meaning');
    expect(screen.getAllByRole('button', { name: /\?$/ }).map((button) => button.textContent)).toEqual(['Why is AAPL a buy?', 'Which agents are most accurate?', 'How did my last backtest do?']);
    expect(await screen.findByText('No conversations yet. Your first question starts one.')).toBeTruthy();
  });

  it('starts a conversation from a suggestion and shows the answer token by token, with its tool call and sources', async () => {
    const router = renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Which agents are most accurate?' }));
    await waitFor(() => expect(api.streams).toHaveLength(1));
    const [stream] = api.streams;
    expect(api.asked).toEqual(['Which agents are most accurate?']);
    expect(router.state.location.search).toBe('?conversation=c1');
    expect(api.authorizations.every((header) => header === 'Bearer access-1')).toBe(true);

    act(() => stream.send('tool', { id: 'call-1', name: 'compare_agents', arguments: {}, summary: '5 agents ranked of 31' }));
    act(() => stream.send('token', { text: 'Most accurate agents:\n' }));
    await screen.findByText(/^Most accurate agents:/);
    const answer = screen.getByText(/^Most accurate agents:/);
    expect(answer.getAttribute('aria-live')).toBe('polite');
    expect(answer.getAttribute('aria-busy')).toBe('true');
    expect(questionBox().disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy();
    expect(screen.getByText('called compare_agents()')).toBeTruthy();
    expect(screen.getByText('5 agents ranked of 31')).toBeTruthy();

    act(() => stream.send('token', { text: '1. RSI: 61% over 120 scored votes.' }));
    act(() => stream.send('citation', { kind: 'agent', id: 'rsi', title: 'RSI (agent rsi)', url: '/api/v1/agents/rsi' }));
    await screen.findByText(/1\. RSI: 61%/);
    await act(async () => {
      api.finish(stream, 'c1', {
        content: 'Most accurate agents:\n1. RSI: 61% over 120 scored votes.',
        toolCalls: [{ id: 'call-1', name: 'compare_agents', arguments: {} }],
        citations: [{ kind: 'agent', id: 'rsi', title: 'RSI (agent rsi)', url: '/api/v1/agents/rsi' }],
      });
    });

    await waitFor(() => expect(questionBox().disabled).toBe(false));
    expect(messages()).toEqual(['user: Which agents are most accurate?', 'assistant: Most accurate agents:\n1. RSI: 61% over 120 scored votes.']);
    expect(screen.getByRole('link', { name: 'RSI (agent rsi)' }).getAttribute('href')).toBe('/analytics');
    // The stored answer keeps only the call: its summary is remembered from the stream.
    expect(screen.getByText('5 agents ranked of 31')).toBeTruthy();
    expect(within(await screen.findByRole('list', { name: 'Conversations' })).getByText('Which agents are most accurate?')).toBeTruthy();
    expect(document.activeElement).toBe(questionBox());
  });

  it('sends on Enter, not on Shift+Enter, counts characters to 4000, and stops an answer with Stop', async () => {
    renderPage();
    const box = questionBox();
    fireEvent.change(box, { target: { value: 'Why is MSFT a sell?' } });
    expect(screen.getByText(/^19 \/ 4000 characters/)).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(api.asked).toEqual([]);
    fireEvent.change(box, { target: { value: 'x'.repeat(4100) } });
    expect(box.value).toHaveLength(4000);
    fireEvent.change(box, { target: { value: 'Why is MSFT a sell?' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(api.streams).toHaveLength(1));
    expect(box.value).toBe('');

    act(() => api.streams[0].send('token', { text: 'MSFT is a SELL because' }));
    await screen.findByText('MSFT is a SELL because');
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await screen.findByText('Stopped: the answer is incomplete.');
    expect(api.streams[0].aborted).toBe(true);
    expect(messages()).toEqual(['user: Why is MSFT a sell?', 'assistant: MSFT is a SELL because']);
    expect(questionBox().disabled).toBe(false);
  });

  it('shows why a question was refused and puts it back in the box', async () => {
    api.refuseNext = { status: 429, code: 'GS_ERR_RATE_LIMITED', message: 'too many questions: try again in 30 s' };
    renderPage();
    fireEvent.change(questionBox(), { target: { value: 'How did my last backtest do?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('alert')).textContent).toBe('too many questions: try again in 30 s');
    expect(questionBox().value).toBe('How did my last backtest do?');
  });

  it('shows the error event of a failed answer', async () => {
    renderPage();
    fireEvent.change(questionBox(), { target: { value: 'Why is AAPL a buy?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(api.streams).toHaveLength(1));
    act(() => api.streams[0].send('error', { code: 'GS_ERR_LLM_UNAVAILABLE', message: 'the language model at http://localhost:11434/v1 cannot be reached' }));
    expect((await screen.findByRole('alert')).textContent).toBe('the language model at http://localhost:11434/v1 cannot be reached');
  });

  it('reopens the conversation in the address and deletes it after a second click', async () => {
    api.conversations.push({ id: 'c9', title: 'Why is AAPL a buy?', createdAt: '2026-05-01T09:00:00.000Z', updatedAt: '2026-05-01T09:00:05.000Z', messages: [
      { id: 'q', role: 'user', content: 'Why is AAPL a buy?', createdAt: '2026-05-01T09:00:00.000Z' },
      { id: 'a', role: 'assistant', content: 'AAPL is a BUY: 21 of 30 agents agree.', citations: [{ kind: 'signal', id: 's1', title: 'AAPL 1d BUY signal' }, { kind: 'document', id: 'd1', title: 'risk-policy.md' }], createdAt: '2026-05-01T09:00:05.000Z' },
    ] });
    const router = renderPage('/ai-lab?conversation=c9');
    await screen.findByText('AAPL is a BUY: 21 of 30 agents agree.');
    expect(screen.getByRole('button', { name: 'AAPL 1d BUY signal' })).toBeTruthy();
    expect(screen.getByText('risk-policy.md').closest('a')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Why is AAPL a buy?' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete conversation Why is AAPL a buy?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete now' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(api.conversations).toEqual([]);
    expect(await screen.findByText('No conversations yet. Your first question starts one.')).toBeTruthy();
  });
  it('says a conversation of a stale link is gone, and asks in a new one', async () => {
    const router = renderPage('/ai-lab?conversation=gone');
    expect((await screen.findByRole('alert')).textContent).toBe('no conversation gone');
    fireEvent.change(questionBox(), { target: { value: 'How did my last backtest do?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(api.streams).toHaveLength(1));
    expect(router.state.location.search).toBe('?conversation=c1');
    expect(api.conversations[0].messages.map((message) => message.content)).toEqual(['How did my last backtest do?']);
  });
});

describe('AiLabPage documents and search', () => {
  it("uploads a text file, lists it, and shows the server's refusal of an image", async () => {
    renderPage();
    await screen.findByText(/^No documents yet/);
    const input = screen.getByLabelText('Document file');
    fireEvent.change(input, { target: { files: [new File(['Never risk more than 1% per trade.'], 'risk-policy.txt', { type: 'text/plain' })] } });
    expect((await screen.findByText('Indexed risk-policy.txt: 1 passage searchable.')).closest('[role="status"]')).not.toBeNull();
    const listed = within(await screen.findByRole('list', { name: 'Documents' }));
    expect(listed.getByText('risk-policy.txt')).toBeTruthy();
    expect(listed.getByText(/^34 bytes · 1 passage · /)).toBeTruthy();

    fireEvent.change(input, { target: { files: [new File([new Uint8Array([137, 80, 78, 71])], 'chart.png', { type: 'image/png' })] } });
    expect((await screen.findByRole('alert')).textContent).toBe('image/png is not a document type this server indexes: upload PDF, CSV, plain text or Markdown');
  });

  it('searches and shows kind, title, excerpt and score of each passage', async () => {
    api.searchHits = [{ kind: 'document', id: 'd1', title: 'risk-policy.txt', text: 'Never risk more than 1% per trade.', score: 0.8123 }];
    renderPage();
    const search = screen.getByRole('search', { name: 'Search your data' });
    fireEvent.change(within(search).getByLabelText('Search'), { target: { value: 'risk' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Search' }));
    const results = within(await screen.findByRole('list', { name: 'Search results' }));
    expect(results.getByText('document')).toBeTruthy();
    expect(results.getByText('risk-policy.txt')).toBeTruthy();
    expect(results.getByText('Never risk more than 1% per trade.')).toBeTruthy();
    expect(results.getByText('0.81')).toBeTruthy();

    fireEvent.change(within(search).getByLabelText('Search'), { target: { value: 'dividends' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Nothing found for “dividends”.')).toBeTruthy();
  });
});
