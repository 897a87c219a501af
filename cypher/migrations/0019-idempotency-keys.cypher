// Idempotency keys (src/editing/idempotency.ts): one node per edit a keyed request committed,
// kept beside its change records until it expires, then purged.
CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.id IS UNIQUE;
CREATE INDEX idempotency_key_expires IF NOT EXISTS FOR (k:IdempotencyKey) ON (k.expiresAt);
