/**
 * Page noise that scrapers leave around article text, as a table of named
 * fragments. A line is noise only when it is made up ENTIRELY of these
 * fragments (plus separators), so a sentence that merely contains "Share" or
 * "By" is never touched. Add a row to teach the ingester a new kind of noise.
 *
 * Patterns are written without anchors or flags; `noise.ts` compiles them as
 * sticky, case-sensitive unicode regexes unless `ignoreCase` is set.
 */
export interface NoiseFragmentRule {
  /** Reported in `removed` and on stderr, e.g. `share-button`. */
  name: string;
  pattern: string;
  ignoreCase?: boolean;
  /** Why this is noise, for the editor reading the table. */
  description: string;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?';
/** A weekday and nothing else: `Wed`, `Thursday`, `Sat.` (not `Sunshine`). */
const WEEKDAY_ONLY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?';
const TIME = '\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?';
const DATE_FORMS = [
  '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2}|\\s+[A-Z]{2,4})?)?',
  `(?:${WEEKDAY}\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  `(?:${WEEKDAY}\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`,
  '\\d{1,2}/\\d{1,2}/\\d{2,4}',
  // A stamp without the year names the weekday: `Saturday, 15 June`, `Wed, Oct 15`.
  `${WEEKDAY_ONLY}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}`,
  `${WEEKDAY_ONLY}\\s+${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?`,
].join('|');

/** News agencies and picture libraries, as they appear in photo credits. */
const AGENCY =
  '(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Shutterstock|PA(?: Wire| Images)?|Alamy|Bloomberg|Xinhua|Anadolu(?: Agency)?|dpa|ANI|PTI|IANS|Yonhap|Kyodo|TASS|Sputnik|SIPA|NurPhoto|ZUMA(?: Press)?|Pool|Handout|File)';
const CREDIT_NAME = "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}";

/** Outlet names that some pages print as a line of their own above the story. */
const OUTLET =
  '(?:CNN|BBC(?: News)?|Reuters|Associated Press|AP News|AFP|Al Jazeera|Sky News|Fox News|NBC News|CBS News|ABC News|NPR|Bloomberg|Euronews|Politico|Axios|The Hill|USA Today|Daily Mail|Financial Times|The Times|The Sunday Times|The Guardian|The Observer|The Independent|The Telegraph|The Daily Telegraph|The New York Times|The Washington Post|The Wall Street Journal|The Economist|Press TV|Premium Times|Yonhap|Xinhua|TASS)';

export const NOISE_FRAGMENT_RULES: readonly NoiseFragmentRule[] = [
  { name: 'other-news', pattern: 'Other news', ignoreCase: true, description: 'heading of a list of links to other stories' },
  {
    name: 'related-links',
    pattern: '(?:Related|More|Recommended|Trending|Latest) (?:News|Stories|Articles|Content|Coverage|Posts|Videos)',
    ignoreCase: true,
    description: 'heading of a list of links to other stories',
  },
  {
    name: 'read-more-link',
    pattern: '(?:Read more|Also read|Read also|See also|Related|Recommended)\\s*:.*',
    ignoreCase: true,
    description: 'a link to another story, introduced by a label and a colon',
  },
  { name: 'most-popular', pattern: 'Most (?:Popular|Read|Viewed|Shared|Commented)', ignoreCase: true, description: 'sidebar heading' },
  {
    name: 'load-more',
    pattern: '(?:Load|Show|See|View) more(?: (?:stories|articles|news|comments|results))?',
    ignoreCase: true,
    description: 'pagination button',
  },
  {
    name: 'share-button',
    pattern:
      '(?:Share(?: (?:this|the) (?:story|article|page|post)| on (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Email)| via (?:Email|WhatsApp))?|Tweet|Email|Print|Copy link|Copied|Comments?|Close Button|Click to share on \\S+(?: \\(Opens in new window\\))?)',
    ignoreCase: true,
    description: 'share and comment buttons, often run together (`Share this articleComments`)',
  },
  {
    name: 'sign-up',
    pattern:
      '(?:Sign up|Subscribe|Register)\\b[^.!?]{0,80}\\b(?:newsletters?|e-?mails?|inbox|alerts|updates)\\b[^.!?]{0,40}[.!]?',
    ignoreCase: true,
    description: 'newsletter sign-up prompt',
  },
  {
    name: 'breadcrumb',
    pattern: "\\p{Lu}[\\p{L}&'’. ]{0,30}?\\s*[>›»](?=\\s|$)",
    description: 'a step of the navigation trail above the story, one per line or run together: `Home >`, `News › World ›`',
  },
  {
    name: 'representation-photo',
    pattern:
      '(?:File (?:photo|image|picture)(?: used for representation(?:al purposes?)?(?: only)?)?|Representational (?:image|photo|picture)|(?:Image|Photo|Picture) (?:used )?for representation(?:al purposes?)?(?: only)?|For representation(?:al)? purposes?(?: only)?)\\.?',
    ignoreCase: true,
    description: 'a note under a stock photo: `File photo used for representation only`, `Representational image`',
  },
  {
    name: 'skip-link',
    pattern: 'Skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)',
    ignoreCase: true,
    description: 'an accessibility skip link at the top of the page: `Skip to main content`',
  },
  {
    name: 'filed-under',
    pattern: '(?:Filed under|Filtered by|Posted in|Categories|Category|Section)\\s*:\\s*[^.!?\\n]{1,80}',
    ignoreCase: true,
    description: 'the section or category label a CMS prints above or below the story: `Filed under: Politics`',
  },
  {
    name: 'tags',
    pattern: '(?:Tags|TAGS|Topics|TOPICS)\\b\\s*:?(?:\\s*[^.!?\\n]{1,200})?',
    description: 'list of topic tags; a sentence starting with "Tags" ends with a full stop and is kept',
  },
  {
    name: 'byline',
    pattern:
      "[Bb]y\\s+\\p{Lu}[\\p{L}'’.\\-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|and|with|for|in|of|the|&|\\|))*",
    description: 'author line: `By Jane Doe`, `By Euronews with AP`, `By Tom Reyes SOCIAL MEDIA CORRESPONDENT`',
  },
  {
    name: 'photo-credit',
    pattern: `\\(?(?:Photo|Photos|Image|Picture|Pic|Photograph|Credit|Photo credit|Image credit|Image source)s?(?:\\s+by\\s+|\\s*[:：]\\s*)${CREDIT_NAME}(?:\\s*/\\s*${CREDIT_NAME})*\\)?`,
    ignoreCase: false,
    description: 'labelled photo credit: `(Photo: Reuters)`, `Photo credit: Jane Doe/AFP`',
  },
  {
    name: 'agency-credit',
    pattern: `(?:${CREDIT_NAME}\\s*/\\s*)?(?:${CREDIT_NAME} via )?${AGENCY}(?:\\s*/\\s*${CREDIT_NAME})?`,
    description: 'picture agency credit: `Getty Images`, `Jo Marsh/AP`, `REUTERS/Carlos Barria`',
  },
  { name: 'copyright', pattern: '(?:Copyright|©|\\(c\\))(?:\\s*\\d{4})?', description: 'copyright mark before a credit' },
  {
    name: 'image-file-name',
    pattern: '[\\p{L}\\p{N}_\\-. ()]{1,80}\\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp|svg|heic)',
    ignoreCase: true,
    description: 'an image file name left by the scraper: `IMG_1234.jpg`, `airline emergency.jpg`',
  },
  {
    name: 'image-slug',
    pattern: '[\\p{Ll}\\p{N}]+(?:_[\\p{L}\\p{N}]+)+',
    description: 'an underscore-joined image id such as `exit_polls_psd`: never prose',
  },
  {
    name: 'date-stamp',
    pattern: `(?:(?:date|published|updated|posted|last updated|first published)(?: on)?\\s*:?\\s*)?(?:${DATE_FORMS})(?:,?\\s*(?:[-–—|·]\\s*)?(?:at\\s*)?${TIME})?`,
    ignoreCase: true,
    description: 'publication date stamp: `date 2017-07-10`, `Published: June 3, 2021 10:30 am`, `May 2, 2024 - 7:18pm`',
  },
  {
    name: 'time-stamp',
    pattern: `(?:${WEEKDAY_ONLY}|(?:(?:updated|published|posted|last updated)\\s*:?\\s*(?:at\\s*)?${TIME}))`,
    ignoreCase: true,
    description: 'a weekday or a labelled time standing alone, as page stamps split over lines: `• Wed`, `• Updated: 8:55pm`',
  },
  {
    name: 'relative-time',
    pattern:
      '(?:(?:last\\s+)?(?:updated|published|posted)\\s*:?\\s*)?(?:\\d+|an?)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago',
    ignoreCase: true,
    description: 'a time stamp relative to the scrape: `Updated 2 hours ago`, `Posted: 5 mins ago`',
  },
  {
    name: 'reading-time',
    pattern: '\\d+\\s*(?:minutes?|mins?)\\.?\\s+read',
    ignoreCase: true,
    description: 'estimated reading time: `5 min read`',
  },
  {
    name: 'pressreader-footer',
    pattern: 'Newspapers (?:in|from) \\p{Lu}[\\p{L} ]*',
    description: 'PressReader edition footer: `Newspapers in English`',
  },
  {
    name: 'archived-article-notice',
    pattern:
      'This is an archived article and the information in the article may be outdated\\.(?: Please look at the time stamp on the story to see when it was last updated\\.)?',
    description: 'banner on archived local-TV pages',
  },
  { name: 'outlet-name', pattern: OUTLET, description: 'the outlet name printed above the story' },
  {
    name: 'media-label',
    pattern: '(?:VIDEO|WATCH|PHOTOS?|GALLERY|LISTEN|ADVERTISEMENT|Advertisement|Sponsored|SPONSORED)',
    description: 'a label standing alone on a line (never when it starts a headline)',
  },
  {
    name: 'separator',
    // Never sentence punctuation: a trailing full stop must keep "Tags were fitted." in the story.
    pattern: '[\\p{Pd}|•·*/\\\\~_=#+]+',
    description: 'dashes, bars, bullets between fragments (`- By Jane Doe`), or alone as a line (`—`, `* * *`)',
  },
];
