# syntax=docker/dockerfile:1
# GoldenSignals image: one image for the API (`serve`, the default) and the job worker (`worker`).
#   docker build -t goldensignals .
#   docker run -p 8080:8080 goldensignals                 # embedded database under /app/data
#   docker run goldensignals worker                       # needs DATABASE_URL and REDIS_URL
# Debian slim rather than Alpine: argon2 ships prebuilt binaries for glibc, and slim has no build tools to need.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: every dependency, then the TypeScript and the dashboard bundle ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json package-lock.json .npmrc ./
COPY packages/engine/package.json packages/engine/
COPY packages/server/package.json packages/server/
COPY packages/web/package.json packages/web/
COPY packages/cli/package.json packages/cli/
COPY bench/package.json bench/
# --ignore-scripts: the root `prepare` script builds, and the sources are not copied yet; the native addons
# used at run time load their prebuilt binaries without an install step.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json ./
COPY packages packages
COPY bench bench
# tsc compiles the server's migrations (TypeScript modules) into packages/server/dist; vite bundles the dashboard.
RUN npm run build \
 && test -f packages/cli/dist/main.js \
 && test -f packages/server/dist/storage/migrations/all-migrations.js \
 && test -f packages/web/dist/index.html

# ---- runtime: production dependencies of the server side and the built output, nothing else ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/app/data
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY packages/engine/package.json packages/engine/
COPY packages/server/package.json packages/server/
COPY packages/web/package.json packages/web/
COPY packages/cli/package.json packages/cli/
COPY bench/package.json bench/
# Only the workspaces that run (cli -> server -> engine): the dashboard is a static bundle, its React and
# build tools stay in the build stage.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
      --workspace packages/cli --workspace packages/server --workspace packages/engine \
 && npm cache clean --force
COPY --from=build /app/packages/engine/dist packages/engine/dist
COPY --from=build /app/packages/server/dist packages/server/dist
COPY --from=build /app/packages/cli/dist packages/cli/dist
COPY --from=build /app/packages/web/dist packages/web/dist
# The embedded database and the generated signing secret live here (mount a volume); scaled out, nothing is written.
RUN mkdir -p /app/data && chown node:node /app/data
# The `node` user (uid 1000) of the base image: the process never runs as root.
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/health').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "packages/cli/dist/main.js"]
CMD ["serve"]
