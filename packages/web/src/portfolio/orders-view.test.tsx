// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrderView } from './order-view.js';
import { OrdersView } from './orders-view.js';

const ORDER: OrderView = {
  id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', portfolioId: '3b241101-e2bb-4255-8caf-4136c566a962', symbol: 'AAPL', side: 'buy', type: 'limit', quantity: '5',
  limitPrice: '150.5', status: 'partially_filled', filledQuantity: '2', createdAt: '2026-05-04T14:30:00.000Z', updatedAt: '2026-05-04T14:31:00.000Z',
};

afterEach(cleanup);

describe('OrdersView', () => {
  it('lists a working order with its fill progress and cancels that order', () => {
    const cancelled: string[] = [];
    render(<OrdersView orders={[ORDER]} onCancel={(order) => cancelled.push(order.id)} />);
    const row = within(screen.getByRole('table', { name: 'Working orders' })).getAllByRole('row')[1];
    expect([...row.querySelectorAll('th, td')].slice(0, 7).map((cell) => cell.textContent)).toEqual(['AAPL', 'buy', 'limit', '5', '2', '150.50', 'partially filled']);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel buy 5 AAPL limit 150.5' }));
    expect(cancelled).toEqual([ORDER.id]);
  });

  it('offers no cancel button while that order is being cancelled, and none at all without onCancel', () => {
    const { rerender } = render(<OrdersView orders={[ORDER]} onCancel={() => undefined} cancelling={ORDER.id} />);
    expect((screen.getByRole('button', { name: /^Cancel/ }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<OrdersView orders={[ORDER]} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
