# syntax=docker/dockerfile:1
# One image per Sild app, from one Dockerfile (docs/operations.md#container-images):
#   docker build --build-arg APP=registry -t sild/registry .                 # a service
#   docker build --build-arg APP=cli --target cli -t sild/cli .              # the `sild` CLI
# APP is a folder of apps/ (registry, signer, gateway, population-register; router and audit
# when they land). The build stage compiles the app and the libs to plain JavaScript with
# scripts/build.ts (SWC, the same transform the sources run with); the runtime stages hold that
# output, the production dependencies and Node 24, and run as the unprivileged user 1000.
ARG NODE_IMAGE=node:24-bookworm-slim

# Every dependency, for the build (tsx, @swc/core).
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Production dependencies only: what the runtime stages copy.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM deps AS build
ARG APP
RUN test -n "${APP}" || { echo "set --build-arg APP=<folder of apps/>" >&2; exit 1; }
COPY tsconfig.json ./
COPY scripts/build.ts scripts/
COPY proto proto
COPY libs libs
COPY apps apps
RUN test -d "apps/${APP}" || { echo "apps/${APP} does not exist" >&2; exit 1; } \
 && npx tsx scripts/build.ts "apps/${APP}" \
 && printf "import './apps/%s/src/main.js';\n" "${APP}" > "dist/apps/${APP}/main.js"

# Common runtime: Node 24, production node_modules, the compiled app; nothing owned by the user
# it runs as except /sild (volumes for instance files and local data).
FROM ${NODE_IMAGE} AS runtime
ARG APP
ENV NODE_ENV=production \
    SILD_APP=${APP} \
    NODE_OPTIONS="--enable-source-maps --disable-warning=TimeoutNegativeWarning"
WORKDIR /app
COPY --from=prod-deps /src/node_modules node_modules
COPY --from=build /src/dist/apps/${APP} .
RUN mkdir -p /sild/instance /sild/data /sild/gateways && chown -R 1000:1000 /sild
USER 1000:1000

# A service: health and metrics over HTTP (HTTP_PORT, the app's default when unset).
# Kubernetes ignores HEALTHCHECK and probes /healthz and /readyz itself (deploy/kubernetes).
FROM runtime AS service
COPY deploy/docker/healthcheck.mjs /usr/local/lib/sild/healthcheck.mjs
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "/usr/local/lib/sild/healthcheck.mjs"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "/app/main.js"]

# The `sild` CLI (APP=cli): `sild` on PATH, scripts/demo.sh where it expects bin/sild.
FROM runtime AS cli
USER root
RUN printf '#!/bin/sh\nexec node /app/main.js "$@"\n' > /usr/local/bin/sild \
 && chmod 755 /usr/local/bin/sild && mkdir -p /app/bin && ln -s /usr/local/bin/sild /app/bin/sild
COPY scripts/demo.sh /app/scripts/demo.sh
USER 1000:1000
HEALTHCHECK NONE
ENTRYPOINT ["sild"]
