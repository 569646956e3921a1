#!/usr/bin/env bash
# `npm start`: runs the platform locally. Today that is the infrastructure every Sild service
# stands on (the Kafka broker, PostgreSQL); the services themselves arrive with their issues and
# are added here as they land.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/use-node.sh

if [ -z "${DATABASE_URL:-}" ]; then bash scripts/ensure-postgres.sh || echo "start: no local PostgreSQL; services will need DATABASE_URL"; fi
bash scripts/kafka/kafka.sh up

cat <<MSG

Sild infrastructure is up:
  Kafka       ${KAFKA_BROKERS:-127.0.0.1:9092 (the project's broker; log in .data/kafka/broker.log)}
  PostgreSQL  ${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sild}

No Sild service runs yet: registry, signer, gateways, router and audit come with their
issues, and this command will start them and the demo. Stop the broker with: npm run kafka:down
MSG
