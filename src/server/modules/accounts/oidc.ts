// OpenID Connect relying party (municipal SSO). Implemented in the OIDC work package.
export interface OidcClient {
  readonly issuer: string;
}
