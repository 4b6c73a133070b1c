# The GraphQL API for docker-compose: talks to the neo4j service through NEO4J_URI, so no local Neo4j is built.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY cypher ./cypher
COPY seed ./seed
EXPOSE 4000
USER node
CMD ["node", "dist/src/cli/start.js"]
