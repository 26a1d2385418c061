// Draws the link preview cards (public/og/<kind>.png, 1200×630) that prerendered pages name in og:image: the wiki's
// mark and name over its own colours, with the page kind's name (the wiki's own card for home, timeline and about).
// Run once after changing them: npm run card-images (sharp renders the SVG; saves committing an image editor's files).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { entityKinds } from '../src/content/kinds.ts';
import { pageKindLabels } from '../src/content/labels.ts';
import { cardImageSize, siteName } from './page-head.ts';

const outDir = fileURLToPath(new URL('../public/og/', import.meta.url));
const { width, height } = cardImageSize;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function cardSvg(heading: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="mark" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#7c3aed"/><stop offset="1" stop-color="#2e1065"/>
    </linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="#141119"/>
  <rect x="0" y="${height - 16}" width="${width}" height="16" fill="#7c3aed"/>
  <g transform="translate(96 96) scale(0.375)">
    <rect width="512" height="512" rx="112" fill="url(#mark)"/>
    <g fill="none" stroke="#f3e8ff" stroke-width="44" stroke-linecap="round" stroke-linejoin="round">
      <path d="M140 140 H236 M206 140 V300 a50 50 0 0 1 -100 0"/>
      <path d="M304 140 H400 M370 140 V300 a50 50 0 0 1 -100 0"/>
    </g>
  </g>
  <text x="320" y="190" font-family="DejaVu Sans, sans-serif" font-size="56" font-weight="bold" fill="#f3e8ff">${escapeXml(siteName)}</text>
  <text x="96" y="420" font-family="DejaVu Sans, sans-serif" font-size="104" font-weight="bold" fill="#ffffff">${escapeXml(heading)}</text>
  <text x="96" y="510" font-family="DejaVu Sans, sans-serif" font-size="38" fill="#c4b5fd">Every fact cited. Works offline.</text>
</svg>`;
}

mkdirSync(outDir, { recursive: true });
const cards: [name: string, heading: string][] = [
  ['wiki', 'Jessica Jones'],
  ...entityKinds.map((kind): [string, string] => [kind, pageKindLabels[kind].many]),
];
for (const [name, heading] of cards) {
  await sharp(Buffer.from(cardSvg(heading)))
    .png({ compressionLevel: 9, palette: true })
    .toFile(join(outDir, `${name}.png`));
}
console.log(`Wrote ${cards.length} cards to ${outDir}`);
