# syntax=docker/dockerfile:1
# The console's image (docs/operations.md, "Deployable build"):
#   docker build -t ccc-console .                            the console: only the standalone folder, as user node
#   docker build --target emulator -t ccc-emulator .         the bundled CCC emulator, for staging (compose.yaml)
# Stages: deps (npm ci) → build (next build + standalone folder, emulator bundle) → emulator / runtime.

# One pinned base for every stage. Pin a digest too (node:20.20.2-bookworm-slim@sha256:…) in your registry.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Read by `next build` and baked into the image: the callee limit (it sizes the server-action body limit), HSTS
# (sent only when the console is served over https) and the build id, which cannot come from git here (.git is not
# in the context). See docs/operations.md.
ARG CONSOLE_MAX_CALLEES
ARG CONSOLE_URL
ARG SECURITY_HSTS
ARG CONSOLE_BUILD_ID
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The server-action key comes as a build secret, so it is in no layer or image history (optional: without it Next
# makes one per build, which is fine while every instance runs this one image).
RUN --mount=type=secret,id=next_actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
    npm run build && npm run build:emulator

FROM ${NODE_IMAGE} AS emulator
WORKDIR /emulator
# Reachable from the console's container; off loopback the emulator refuses to start without an admin token.
ENV NODE_ENV=production \
    CCC_EMULATOR_HOST=0.0.0.0
RUN mkdir /state && chown node:node /state
COPY --from=build --chown=node:node /app/dist/ccc-emulator.js ./
USER node
EXPOSE 4010
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4010/__admin/health',{headers:{'x-emulator-admin-token':process.env.CCC_EMULATOR_ADMIN_TOKEN||''}}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "ccc-emulator.js", "--port", "4010"]

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# HOSTNAME: Docker sets it to the container id, which would bind only the container's own address.
# DATA_DIR: the embedded database (when DATABASE_URL is unset) lives on the volume.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    SHUTDOWN_TIMEOUT_MS=25000
RUN mkdir /data && chown node:node /data
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
VOLUME ["/data"]
EXPOSE 3000
# The console's graceful shutdown (server/shutdown.ts) runs on SIGTERM; give it SHUTDOWN_TIMEOUT_MS + 5 s.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "console-server.js"]
