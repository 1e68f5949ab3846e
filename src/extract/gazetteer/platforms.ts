/**
 * Online platforms, as data: the social networks a page's share and follow
 * buttons name, and messaging and streaming apps. Lowercase name keys
 * (`nameKey`). Hand-kept, like the rest of the gazetteer; the rules that read
 * these sets hold no names of their own.
 */

/** Social networks named on share and follow buttons (and the buttons' `email`): never an outlet or a source on a furniture line. */
export const SOCIAL_NETWORKS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'instagram', 'linkedin', 'telegram', 'reddit', 'pinterest', 'tiktok',
  'youtube', 'threads', 'bluesky', 'messenger', 'email', 'e-mail', 'flipboard', 'snapchat',
]);

/** Messaging and streaming apps that are not social networks: named as a medium, a product. */
export const MESSAGING_APPS: ReadonlySet<string> = new Set(['signal', 'wechat', 'discord', 'viber', 'substack', 'twitch', 'truth social']);
