/**
 * Words that tell a photo caption from a story sentence. Captions describe
 * what a picture shows, in the present tense ("Trump meets with Putin at the
 * G20"); story sentences report in the past tense and attribute speech.
 */

/** Present-tense verbs of what people in a photo do. Matched as whole words. */
export const CAPTION_VERBS: readonly string[] = [
  'meets', 'meets with', 'meet', 'is seen', 'are seen', 'poses', 'pose', 'posing', 'speaks', 'speaks to',
  'speaks with', 'arrives', 'arrive', 'gestures', 'gesture', 'waves', 'wave', 'looks on', 'look on', 'attends',
  'attend', 'shakes hands', 'shake hands', 'walks', 'walk', 'stands', 'stand', 'sits', 'sit', 'holds', 'hold',
  'delivers', 'listens', 'listen', 'addresses', 'greets', 'greet', 'celebrates', 'celebrate', 'reacts', 'react',
  'talks', 'talk', 'leaves', 'leave', 'gathers', 'gather', 'march', 'marches', 'pictured', 'is pictured',
  'are pictured', 'shown', 'is shown', 'are shown', 'smiles', 'smile', 'hugs', 'hug', 'embrace', 'embraces',
  'rides', 'ride', 'carries', 'carry', 'burns', 'burn', 'leaps', 'leap', 'rises', 'rise',
];

/** Openers of a caption that describes the image itself: "An updated map of ...". */
export const IMAGE_NOUNS: readonly string[] = [
  'map', 'photo', 'photograph', 'image', 'picture', 'graphic', 'chart', 'illustration', 'screenshot', 'screengrab',
  'still', 'view', 'file photo', 'handout photo', 'satellite image', 'video grab',
];

/** Words that belong to reporting, not to a caption: a line with one of them stays in the story. */
export const REPORTING_WORDS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'according to', 'announced', 'wrote', 'reported', 'claimed', 'warned',
];
