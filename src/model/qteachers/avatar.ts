// Placeholder photos: an SVG silhouette with initials on a colour derived from the
// person's ID. No faces, no network, the same bytes for the same person every time.
import { hash32 } from '../internal/hash.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An SVG image (96×96) for a person: background hue from `id`, initials from the names. */
export function avatarSvg(id: string, givenName: string, familyName: string): string {
  const hue = hash32(id) % 360;
  const initials = escape(`${givenName.charAt(0)}${familyName.charAt(0)}`.toUpperCase());
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">' +
    `<rect width="96" height="96" fill="hsl(${hue},45%,72%)"/>` +
    `<circle cx="48" cy="38" r="18" fill="hsl(${hue},30%,45%)"/>` +
    `<path d="M14 96c4-20 18-30 34-30s30 10 34 30z" fill="hsl(${hue},30%,45%)"/>` +
    `<text x="48" y="90" font-family="sans-serif" font-size="14" text-anchor="middle" fill="#fff">${initials}</text>` +
    '</svg>'
  );
}

/** The SVG as base64, the way SIF's PictureSource carries an image. */
export function avatarBase64(id: string, givenName: string, familyName: string): string {
  return Buffer.from(avatarSvg(id, givenName, familyName), 'utf8').toString('base64');
}
