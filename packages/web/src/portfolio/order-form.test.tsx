// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { OrderForm } from './order-form.js';
import type { OrderTicket } from './order-ticket.js';
import type { PlacedOrder } from './placed-order.js';

const PORTFOLIO = '3b241101-e2bb-4255-8caf-4136c566a962';

function placedFor(ticket: OrderTicket): PlacedOrder {
  const limit = ticket.type === 'limit';
  const order = {
    id: '9d7a1e2c-3f4b-4c5d-8e6f-7a8b9c0d1e2f', portfolioId: PORTFOLIO, symbol: ticket.symbol, side: ticket.side, type: ticket.type, quantity: ticket.quantity,
    limitPrice: ticket.limitPrice ?? null, status: limit ? 'open' : 'filled', filledQuantity: limit ? '0' : ticket.quantity,
    createdAt: '2026-05-04T14:30:00.000Z', updatedAt: '2026-05-04T14:30:00.000Z',
  } as const;
  const fill = limit
    ? null
    : { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', orderId: order.id, portfolioId: PORTFOLIO, symbol: ticket.symbol, side: ticket.side, quantity: ticket.quantity, price: '187.25', commission: '0', time: '2026-05-04T14:30:00.000Z' };
  return { order, fill, quote: { price: '187.25', time: '2026-05-04T14:30:00.000Z', simulated: true } };
}

function describedText(label: string): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

afterEach(cleanup);

describe('OrderForm', () => {
  it('sends a market buy with the symbol upper-cased, tells how it filled and clears the quantity', async () => {
    const sent: OrderTicket[] = [];
    render(<OrderForm onPlace={async (ticket) => (sent.push(ticket), placedFor(ticket))} />);
    expect(screen.queryByLabelText('Limit price')).toBeNull();
    type('Symbol', 'aapl');
    type('Quantity', '10');
    fireEvent.click(screen.getByRole('button', { name: 'Place buy order' }));

    expect((await screen.findByRole('status')).textContent).toBe('Buy 10 AAPL: filled at 187.25 (simulated quote).');
    expect(sent).toEqual([{ symbol: 'AAPL', side: 'buy', quantity: '10', type: 'market' }]);
    expect((screen.getByLabelText('Quantity') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Symbol') as HTMLInputElement).value).toBe('aapl');
  });

  it('sends a limit sell with its price, and says it is working', async () => {
    const sent: OrderTicket[] = [];
    render(<OrderForm onPlace={async (ticket) => (sent.push(ticket), placedFor(ticket))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sell' }));
    fireEvent.click(screen.getByRole('button', { name: 'Limit' }));
    type('Symbol', 'MSFT');
    type('Quantity', '2.5');
    type('Limit price', '450.10');
    expect(describedText('Limit price')).toBe('the least to take per unit');
    fireEvent.click(screen.getByRole('button', { name: 'Place sell order' }));

    expect((await screen.findByRole('status')).textContent).toBe('Sell 2.5 MSFT: working, limit 450.10 (last 187.25).');
    expect(sent).toEqual([{ symbol: 'MSFT', side: 'sell', quantity: '2.5', type: 'limit', limitPrice: '450.10' }]);
  });

  it('sends nothing while a field is wrong, and says so at each field', () => {
    const sent: OrderTicket[] = [];
    render(<OrderForm onPlace={async (ticket) => (sent.push(ticket), placedFor(ticket))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Limit' }));
    type('Quantity', '1.5.2');
    type('Limit price', '0');
    fireEvent.click(screen.getByRole('button', { name: 'Place buy order' }));

    expect(sent).toEqual([]);
    expect(describedText('Symbol')).toBe('required');
    expect(describedText('Quantity')).toBe('a positive number, like 10 or 2.5');
    expect(describedText('Limit price')).toBe('must be greater than 0');
    expect(screen.getByLabelText('Quantity').getAttribute('aria-invalid')).toBe('true');

    type('Quantity', '3');
    expect(describedText('Quantity')).toBe('');
    expect(describedText('Symbol')).toBe('required');
  });

  it("shows the API's field problems at their fields, and other refusals in an alert", async () => {
    const refusals = [
      new ApiError(400, 'GS_ERR_VALIDATION', 'body.quantity needs 18725 cash; 10000 is available', [{ field: 'body.quantity', message: 'needs 18725 cash; 10000 is available' }]),
      new ApiError(503, 'GS_ERR_UNAVAILABLE', 'no quote for ZZZZ: every provider failed'),
    ];
    render(
      <OrderForm
        onPlace={async () => {
          throw refusals.shift();
        }}
      />,
    );
    type('Symbol', 'AAPL');
    type('Quantity', '100');
    fireEvent.click(screen.getByRole('button', { name: 'Place buy order' }));
    await screen.findByText('needs 18725 cash; 10000 is available');
    expect(describedText('Quantity')).toBe('needs 18725 cash; 10000 is available');
    expect(screen.queryByRole('alert')).toBeNull();

    type('Symbol', 'ZZZZ');
    fireEvent.click(screen.getByRole('button', { name: 'Place buy order' }));
    expect((await screen.findByRole('alert')).textContent).toBe('no quote for ZZZZ: every provider failed');
    expect(describedText('Quantity')).toBe('');
  });
});
