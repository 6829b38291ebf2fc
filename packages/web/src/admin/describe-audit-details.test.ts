import { describe, expect, it } from 'vitest';
import { describeAuditDetails } from './describe-audit-details.js';

const EMAILS = new Map([['7d2f5c1e-0b6a-4e8f-9a3d-2c1b0e9f8a7d', 'viewer@example.com']]);

describe('describeAuditDetails', () => {
  it('names the target account by e-mail and writes a role change as from → to', () => {
    expect(describeAuditDetails({ to: 'trader', from: 'viewer', targetUserId: '7d2f5c1e-0b6a-4e8f-9a3d-2c1b0e9f8a7d' }, EMAILS)).toBe('account viewer@example.com · viewer → trader');
  });

  it('keeps an unknown id and writes other details as key and value, leaving out empty ones', () => {
    expect(describeAuditDetails({ role: 'viewer', inviteId: null, targetUserId: '00000000-0000-4000-8000-000000000000' }, EMAILS)).toBe('account 00000000-0000-4000-8000-000000000000 · role viewer');
    expect(describeAuditDetails({ apiKeyId: 'k1', prefix: 'ab12cd34', retry: { seconds: 30 } }, EMAILS)).toBe('apiKeyId k1 · prefix ab12cd34 · retry {"seconds":30}');
    expect(describeAuditDetails({}, EMAILS)).toBe('');
  });
});
