#!/usr/bin/env bash
# Backs up the portal's database: one pg_dump custom-format file (-Fc) per run, checked readable, with a
# SHA-256 beside it; files older than RETENTION_DAYS are deleted. See docs/operations.md ("Backup and restore").
#
#   deploy/backup.sh [BACKUP_DIR]
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass, PGDATABASE,
# default communitystation). The role must see past row-level security: the cluster's superuser, or a
# backup role: CREATE ROLE cs_backup LOGIN BYPASSRLS PASSWORD '…'; GRANT pg_read_all_data TO cs_backup;
# GRANT CONNECT ON DATABASE communitystation TO cs_backup;
# Settings: BACKUP_DIR (default /var/backups/communitystation), RETENTION_DAYS (default 30),
# PG_BIN (directory of pg_dump/pg_restore, when they are not on PATH; use the server's version or newer).
# Prints the path of the new backup on success; exits non-zero (and leaves no partial file) on failure.
set -euo pipefail

dir=${1:-${BACKUP_DIR:-/var/backups/communitystation}}
database=${PGDATABASE:-communitystation}
keep=${RETENTION_DAYS:-30}
bin=${PG_BIN:+$PG_BIN/}

case "$keep" in ''|*[!0-9]*) echo "RETENTION_DAYS must be a whole number of days, not '$keep'" >&2; exit 2 ;; esac
umask 077
mkdir -p "$dir"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="$dir/$database-$stamp.dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

"${bin}pg_dump" --format=custom --compress=6 --no-password --dbname="$database" --file="$partial"
"${bin}pg_restore" --list "$partial" >/dev/null
mv "$partial" "$file"
(cd "$dir" && sha256sum "$(basename "$file")" >"$(basename "$file").sha256")

# Retention: by age, and never the backup just made.
find "$dir" -maxdepth 1 -type f \( -name "$database-*.dump" -o -name "$database-*.dump.sha256" \) -mtime +"$keep" ! -name "$(basename "$file")*" -print -delete >&2

echo "$file"
