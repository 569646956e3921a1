#!/usr/bin/env bash
# Compose's `setup` step, in the sild/cli image: the registrations of `npm start`
# (scripts/demo.sh, baked into the image), then a key file and a certificate for each gateway
# (`sild key generate` + `sild cert issue --csr`), kept in the gateways volume. Safe to run again.
set -euo pipefail
bash /app/scripts/demo.sh
for member in NL/GOV/00000001 NL/MUN/0363; do
  dir="/sild/gateways/${member//\//_}"
  if [ -f "$dir/signing.cert.pem" ]; then echo "$member: certified before ($dir)"; continue; fi
  sild key generate "$member" --out "$dir" > /dev/null
  sild cert issue --csr "$dir/signing.csr.pem" --out "$dir/signing.cert.pem" > /dev/null
  echo "$member: key file $dir/signing.key.pem, certificate $dir/signing.cert.pem"
done
sild subsystem add NL/MUN/0363/sociaal > /dev/null 2>&1 || true
