// The app icons: generated from public/icon.svg by `npm run icons` (favicon, 64/192/512 PNGs, a maskable icon, the
// Apple touch icon) and committed.
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#2e1065' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#2e1065' } },
  },
  images: ['public/icon.svg'],
});
