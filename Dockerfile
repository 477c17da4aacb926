FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund
RUN npm run build:web
EXPOSE 4000
CMD ["npm", "run", "serve"]
