// Which engine draws the page, for the few workarounds one engine needs: WebKit (Safari, every iOS browser,
// WebKitGTK) names AppleWebKit in its user agent without Chromium's "Chrome/" token.
export function isWebKit(userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent): boolean {
  return /AppleWebKit\//.test(userAgent) && !/(Chrome|Chromium)\//.test(userAgent);
}
