# syntax=docker/dockerfile:1
# Readout as a container: `docker build -t readout .`, then see README "Run in a container".
# Two stages: the build stage has the compiler (better-sqlite3 is compiled there, against the
# image's own Node headers) and the dev dependencies (TypeScript); the runtime stage gets the
# compiled dist/ and the production node_modules only, and runs as the unprivileged `node` user.

FROM node:20-slim AS build
# python3, make and g++: node-gyp compiles better-sqlite3's native module.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies without their install scripts (and without `prepare`: the sources are not here
# yet), then better-sqlite3 compiled from source against this Node (no prebuilt download).
RUN npm ci --ignore-scripts --no-audit --no-fund
RUN npm_config_build_from_source=true npm rebuild better-sqlite3 --nodedir=/usr/local
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY handlers ./handlers
RUN npm run build
# What ships: the production dependencies only (better-sqlite3's compiled module stays).
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    PORT=3000 \
    DATABASE_URL=/data/readout.db
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# Read at run time: the manifest (OAuth scopes) and the fixtures (`readout demo`, the eval).
COPY manifest.yml ./
COPY fixtures ./fixtures
# /data: the SQLite database (a volume); /app/data: the demo's scratch database.
RUN mkdir -p /data /app/data && chown node:node /data /app/data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Ready, not just alive: the database answers, Slack takes the token, a poll cycle ended lately.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1's child of nothing: `docker stop` (SIGTERM) reaches the app, which stops
# within 10 s (Docker's default grace period).
CMD ["node", "bin/readout.js", "serve"]
