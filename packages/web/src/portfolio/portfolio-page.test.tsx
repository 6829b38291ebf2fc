// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../auth/session-store.js';
import { PortfolioPage } from './portfolio-page.js';

afterEach(() => {
  cleanup();
  useSessionStore.setState({ user: null });
});

describe('PortfolioPage', () => {
  it('tells a viewer paper trading is for traders, and offers no trading controls', () => {
    useSessionStore.setState({ user: { id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', email: 'viewer@example.com', role: 'viewer' } });
    render(<PortfolioPage />);
    expect(screen.getByText(/Paper portfolios are for traders and admins/)).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
