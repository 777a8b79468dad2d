import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app calls /graphql on its own origin (as behind a CDN that routes /graphql to the API); `npm run dev` and
// `npm run preview` forward it, WebSocket included, to the API at EXPLAINER_API_URL.
const api = process.env.EXPLAINER_API_URL ?? 'http://localhost:4000';
const proxy = { '/graphql': { target: api, ws: true, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
});
