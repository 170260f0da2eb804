# syntax=docker/dockerfile:1
# Multi-stage production image of Mål och budget: build with dev dependencies, run without them,
# as a non-root user.

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# The runtime needs only production dependencies (tsx among them: it runs server.ts).
FROM build AS prune
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app --home /app app \
  && mkdir -p /app/data && chown app:app /app/data
COPY --from=build --chown=app:app /app/package.json /app/package-lock.json /app/server.ts \
  /app/payload.config.ts /app/next.config.mjs /app/proxy.ts /app/tsconfig.json ./
COPY --from=prune --chown=app:app /app/node_modules ./node_modules
COPY --from=build --chown=app:app /app/src ./src
COPY --from=build --chown=app:app /app/host ./host
COPY --from=build --chown=app:app /app/app ./app
COPY --from=build --chown=app:app /app/.next ./.next
COPY --from=build --chown=app:app /app/dist ./dist
USER app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--conditions=production", "--no-deprecation", "--max-semi-space-size=32", "dist/server.mjs"]
