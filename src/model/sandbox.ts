// The sandbox's credentials, for a hub whose document declares security. Nothing here is a
// secret: they are printed at start-up, published in the hub's /openapi.json and written in
// docs/openapi.md, so anyone testing against the sandbox can use them.

/** The sandbox's OAuth 2 client (also its basic-auth user and password), and its API key. */
export const SANDBOX = {
  clientId: 'seedhub',
  clientSecret: 'sandbox-secret',
  apiKey: 'seedhub-sandbox-key',
} as const;

/** Seconds a token says it lasts (the sandbox does not expire them). */
export const TOKEN_LIFETIME = 3600;
