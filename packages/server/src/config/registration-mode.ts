/** Who may create an account (the first account, which becomes admin, is always allowed). */
export const REGISTRATION_MODES = ['open', 'invite', 'closed'] as const;

/** `open`: anyone; `invite`: with a code an admin created; `closed`: only admins create accounts. */
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];
