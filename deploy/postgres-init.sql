-- Roles for docker compose: cs_owner owns the schema and runs migrations; cs_app is what the portal
-- connects as (no ownership, no BYPASSRLS), so row-level security binds it.
CREATE ROLE cs_owner LOGIN PASSWORD 'cs_owner_compose' NOSUPERUSER NOBYPASSRLS;
CREATE ROLE cs_app LOGIN PASSWORD 'cs_app_compose' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE communitystation OWNER cs_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE communitystation FROM PUBLIC;
GRANT CONNECT ON DATABASE communitystation TO cs_app, cs_owner;
\connect communitystation
ALTER SCHEMA public OWNER TO cs_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cs_app;
