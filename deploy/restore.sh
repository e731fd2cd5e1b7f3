#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a NEW database (never over a live one), all or nothing.
# See docs/operations.md ("Backup and restore", "Rolling back").
#
#   deploy/restore.sh BACKUP_FILE TARGET_DATABASE
#
# Connection: libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) of a superuser (it creates the database
# and restores owners, grants and row-level-security policies). The roles cs_owner and cs_app must exist on
# the cluster (deploy/postgres-init.sql). PG_BIN as for backup.sh. Afterwards point ConnectionStrings at the
# new database, or rename it into place with the portal stopped (docs/operations.md shows both).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP_FILE TARGET_DATABASE" >&2
  exit 2
fi

file=$1
target=$2
owner=${OWNER_ROLE:-cs_owner}
app=${APP_ROLE:-cs_app}
bin=${PG_BIN:+$PG_BIN/}

case "$target" in *[!a-z0-9_]*|'') echo "TARGET_DATABASE must be a plain name (a-z, 0-9, _), not '$target'" >&2; exit 2 ;; esac
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 2; }
if [ -r "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256")
fi
"${bin}pg_restore" --list "$file" >/dev/null

exists=$("${bin}psql" --no-password --dbname=postgres --tuples-only --no-align --command="SELECT 1 FROM pg_database WHERE datname = '$target'")
if [ -n "$exists" ]; then
  echo "database $target already exists: restore into a new name" >&2
  exit 1
fi

"${bin}createdb" --no-password --owner="$owner" --encoding=UTF8 --template=template0 "$target"
"${bin}psql" --no-password --dbname=postgres --quiet --set=ON_ERROR_STOP=1 \
  --command="REVOKE ALL ON DATABASE \"$target\" FROM PUBLIC; GRANT CONNECT ON DATABASE \"$target\" TO \"$owner\", \"$app\";"
if ! "${bin}pg_restore" --no-password --exit-on-error --single-transaction --dbname="$target" "$file"; then
  echo "restore failed; dropping the half-made database $target" >&2
  "${bin}dropdb" --no-password "$target" || true
  exit 1
fi

echo "restored $file into $target"
