/** API key of a partner organisation (Freier Träger). Only a SHA-256 hash of the secret is stored. */
import * as z from 'zod';
import { entitySchemas, Id, IsoDateTime, NonEmpty } from './common.ts';
import { API_KEY_PATTERN } from '../identity/apiKeyFormat.ts';

export const apiKey = entitySchemas(
  {
    organisationId: Id,
    name: NonEmpty(100),
    expiresAt: IsoDateTime.optional(),
  },
  {
    readonly: {
      prefix: z.string(),
      lastUsedAt: IsoDateTime.optional(),
      revokedAt: IsoDateTime.optional(),
    },
  },
);
export type ApiKey = z.infer<typeof apiKey.entity> & { hash?: string };

/** POST /v1/api-keys answers once with the plaintext key; it is stored nowhere. */
export const ApiKeyCreated = apiKey.entity.extend({ key: z.string().regex(API_KEY_PATTERN) });
