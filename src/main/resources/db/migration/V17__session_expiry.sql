-- Finding the page sessions past their expiry, which every sign-in deletes (account.SessionPurge).
-- Portable SQL (H2 2.x, PostgreSQL 13+).
CREATE INDEX ix_api_token_expiry ON api_token (kind, expires_at);
