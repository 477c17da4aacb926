# The app image: the UI and the server are built in one stage and run in another that holds
# production dependencies only, as the unprivileged `node` user. Upgrading Node: see README
# ("Docker"); build with `--build-arg NODE_VERSION=22` to try another line.
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY formats/package.json formats/
COPY import/package.json import/
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web && npm run build:server

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY formats/package.json formats/
COPY import/package.json import/
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# The server bundle reads the corpus, the registry and the UI build where they are in the repo.
COPY --from=build /app/dist/server dist/server
COPY --from=build /app/web/dist web/dist
COPY import/corpus import/corpus
COPY import/reference import/reference
# Files stay root-owned: the app cannot change its own code.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT ?? 4000}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/server/start.js"]
