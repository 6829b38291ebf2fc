import type { Migration } from '../migration.js';

/** Invitations for invite-only registration (REGISTRATION=invite). */
export const invitesMigration: Migration = {
  version: 4,
  name: 'invites',
  sql: `
CREATE TABLE invites (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code_hash text NOT NULL,
  role text NOT NULL DEFAULT 'viewer',
  email text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid,
  CONSTRAINT invites_pkey PRIMARY KEY (id),
  CONSTRAINT invites_code_hash_key UNIQUE (code_hash),
  CONSTRAINT invites_role_check CHECK (role IN ('viewer', 'trader', 'admin'))
);
CREATE INDEX invites_created_at_idx ON invites (created_at DESC);
`,
};
