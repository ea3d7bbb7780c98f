// `node scripts/make-icons.mjs`: draws the web app's PNG icons (public/icons/) from the same shapes as
// public/favicon.svg: a blue tile with four stacked white vertebrae. Run it after changing the favicon; the PNGs are
// committed, so building needs no image tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

const BLUE = '#0b5cad';

/** The favicon's 32-unit drawing, scaled into a square of `size`, inside a safe zone for maskable icons. */
function draw(size, { maskable }) {
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  const round = (x, y, w, h, r) => {
    context.beginPath();
    context.roundRect(x, y, w, h, r);
    context.fill();
  };
  context.fillStyle = BLUE;
  if (maskable) context.fillRect(0, 0, size, size);
  else round(0, 0, size, size, (size * 6) / 32);
  // Maskable icons keep their content in the central 80% circle.
  const scale = (maskable ? size * 0.7 : size) / 32;
  const offset = maskable ? size * 0.15 : 0;
  context.fillStyle = '#fff';
  for (const [y, h] of [
    [4, 5],
    [11, 5],
    [18, 5],
    [25, 4],
  ]) {
    round(offset + 13 * scale, offset + y * scale, 6 * scale, h * scale, 1.5 * scale);
  }
  return canvas.toBuffer('image/png');
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, draw(size, { maskable: false }));
writeFileSync('public/icons/maskable-512.png', draw(512, { maskable: true }));
writeFileSync('public/icons/apple-touch-icon-180.png', draw(180, { maskable: true }));
console.log('Icons written to public/icons/.');
