/**
 * `npm start` runs the product, not a development build: unless NODE_ENV says otherwise, the
 * libraries run in their production mode. graphql-js, for one, otherwise adds a development-only
 * check to every failed type test of every field of every answer. Imported first by `main.ts`,
 * before any library has read NODE_ENV (ES modules run their imports in order).
 */
process.env.NODE_ENV ??= "production";
