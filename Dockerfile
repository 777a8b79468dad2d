# syntax=docker/dockerfile:1
# Multi-stage build: compile with dev dependencies, run with production dependencies only, as a non-root user.
# Node 22 LTS: Node 20 reached its end of life on 2026-04-30, and production dependencies declare Node >= 22.15.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ormconfig.ts ./
COPY src ./src
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded PostgreSQL binaries are optional here: in a container DATABASE_URL points at a real server (without
# it, production stops at start with one line saying so).
# pino-pretty is a dev dependency: logs stay JSON.
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The operators' CLI on PATH: `docker compose run --rm app explainer-api migrate run`.
RUN chmod +x dist/src/cli/index.js && ln -s /app/dist/src/cli/index.js /usr/local/bin/explainer-api
# The commit this image is built from, for GET /version (.git is not in the build context); late, so that a new
# commit does not invalidate the dependency layers: docker compose build --build-arg GIT_COMMIT=$(git rev-parse HEAD)
ARG GIT_COMMIT=unknown
ENV GIT_COMMIT=${GIT_COMMIT}
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Seeds an empty database (SEED_ON_START), runs pending migrations unless MIGRATE_ON_START=false, then serves.
CMD ["node", "dist/src/main.js"]
