import type { APIRoute } from 'astro';
import { BASE } from '../domain/paths';
import { webManifest } from '../domain/site';

/** The web app manifest, for the base path this copy is built for. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webManifest(BASE), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
