/**
 * Reporting verbs: the cues that introduce someone's words. Each row lists a
 * lemma with its inflections so that matching is a table lookup, and a
 * linguist can add a verb without touching the attribution code.
 *
 * `strength` says how surely the verb reports speech: `speech` verbs (say,
 * tell) introduce an utterance; `stance` verbs (agree, reject) report a
 * position and make a statement, but a quote next to them is weaker evidence.
 */
export type CueStrength = 'speech' | 'stance';

export interface ReportingVerb {
  lemma: string;
  /** Every written form: base, -s, past, past participle, -ing (only the past for a verb whose other forms are common nouns or adjectives). */
  forms: readonly string[];
  strength: CueStrength;
}

function verb(lemma: string, s: string, past: string, participle: string, ing: string, strength: CueStrength = 'speech'): ReportingVerb {
  return { lemma, forms: [...new Set([lemma, s, past, participle, ing])], strength };
}

/**
 * A speech verb whose base, -s and -ing forms are everyday nouns or
 * adjectives (`the referendum question`, `the extra demand`, `a demanding
 * job`): only its past form is a cue, since a noun read as a verb cuts the
 * clause that attributes a partial quote.
 */
function pastOnly(lemma: string, ...past: string[]): ReportingVerb {
  return someForms(lemma, 'speech', ...past);
}

/** A verb read only in the forms listed: the others are mostly nouns (`full of praise`, `thanks to the rain`). */
function someForms(lemma: string, strength: CueStrength, ...forms: string[]): ReportingVerb {
  return { lemma, forms, strength };
}

const REPORTING_VERBS: readonly ReportingVerb[] = [
  verb('say', 'says', 'said', 'said', 'saying'),
  verb('tell', 'tells', 'told', 'told', 'telling'),
  verb('add', 'adds', 'added', 'added', 'adding'),
  verb('state', 'states', 'stated', 'stated', 'stating'),
  verb('write', 'writes', 'wrote', 'written', 'writing'),
  verb('ask', 'asks', 'asked', 'asked', 'asking'),
  verb('explain', 'explains', 'explained', 'explained', 'explaining'),
  verb('note', 'notes', 'noted', 'noted', 'noting'),
  verb('continue', 'continues', 'continued', 'continued', 'continuing'),
  verb('declare', 'declares', 'declared', 'declared', 'declaring'),
  verb('announce', 'announces', 'announced', 'announced', 'announcing'),
  verb('assert', 'asserts', 'asserted', 'asserted', 'asserting'),
  verb('insist', 'insists', 'insisted', 'insisted', 'insisting'),
  verb('claim', 'claims', 'claimed', 'claimed', 'claiming'),
  verb('argue', 'argues', 'argued', 'argued', 'arguing'),
  verb('warn', 'warns', 'warned', 'warned', 'warning'),
  verb('shout', 'shouts', 'shouted', 'shouted', 'shouting'),
  verb('reply', 'replies', 'replied', 'replied', 'replying'),
  verb('respond', 'responds', 'responded', 'responded', 'responding'),
  verb('answer', 'answers', 'answered', 'answered', 'answering'),
  verb('remark', 'remarks', 'remarked', 'remarked', 'remarking'),
  verb('comment', 'comments', 'commented', 'commented', 'commenting'),
  verb('tweet', 'tweets', 'tweeted', 'tweeted', 'tweeting'),
  verb('post', 'posts', 'posted', 'posted', 'posting'),
  verb('report', 'reports', 'reported', 'reported', 'reporting'),
  verb('recall', 'recalls', 'recalled', 'recalled', 'recalling'),
  verb('admit', 'admits', 'admitted', 'admitted', 'admitting'),
  verb('acknowledge', 'acknowledges', 'acknowledged', 'acknowledged', 'acknowledging'),
  verb('confirm', 'confirms', 'confirmed', 'confirmed', 'confirming'),
  verb('deny', 'denies', 'denied', 'denied', 'denying'),
  verb('suggest', 'suggests', 'suggested', 'suggested', 'suggesting'),
  verb('stress', 'stresses', 'stressed', 'stressed', 'stressing'),
  verb('emphasize', 'emphasizes', 'emphasized', 'emphasized', 'emphasizing'),
  verb('emphasise', 'emphasises', 'emphasised', 'emphasised', 'emphasising'),
  verb('urge', 'urges', 'urged', 'urged', 'urging'),
  verb('predict', 'predicts', 'predicted', 'predicted', 'predicting'),
  verb('promise', 'promises', 'promised', 'promised', 'promising'),
  verb('vow', 'vows', 'vowed', 'vowed', 'vowing'),
  verb('describe', 'describes', 'described', 'described', 'describing'),
  verb('deplore', 'deplores', 'deplored', 'deplored', 'deploring'),
  verb('exclaim', 'exclaims', 'exclaimed', 'exclaimed', 'exclaiming'),
  verb('whisper', 'whispers', 'whispered', 'whispered', 'whispering'),
  verb('yell', 'yells', 'yelled', 'yelled', 'yelling'),
  verb('scream', 'screams', 'screamed', 'screamed', 'screaming'),
  verb('cry', 'cries', 'cried', 'cried', 'crying'),
  verb('chant', 'chants', 'chanted', 'chanted', 'chanting'),
  verb('quip', 'quips', 'quipped', 'quipped', 'quipping'),
  verb('joke', 'jokes', 'joked', 'joked', 'joking'),
  verb('boast', 'boasts', 'boasted', 'boasted', 'boasting'),
  verb('complain', 'complains', 'complained', 'complained', 'complaining'),
  verb('concede', 'concedes', 'conceded', 'conceded', 'conceding'),
  verb('observe', 'observes', 'observed', 'observed', 'observing'),
  verb('mention', 'mentions', 'mentioned', 'mentioned', 'mentioning'),
  verb('reveal', 'reveals', 'revealed', 'revealed', 'revealing'),
  verb('share', 'shares', 'shared', 'shared', 'sharing'),
  verb('clarify', 'clarifies', 'clarified', 'clarified', 'clarifying'),
  verb('indicate', 'indicates', 'indicated', 'indicated', 'indicating'),
  verb('maintain', 'maintains', 'maintained', 'maintained', 'maintaining'),
  verb('contend', 'contends', 'contended', 'contended', 'contending'),
  verb('caution', 'cautions', 'cautioned', 'cautioned', 'cautioning'),
  verb('pledge', 'pledges', 'pledged', 'pledged', 'pledging'),
  verb('testify', 'testifies', 'testified', 'testified', 'testifying'),
  verb('threaten', 'threatens', 'threatened', 'threatened', 'threatening'),
  verb('allege', 'alleges', 'alleged', 'alleged', 'alleging'),
  verb('reiterate', 'reiterates', 'reiterated', 'reiterated', 'reiterating'),
  verb('retort', 'retorts', 'retorted', 'retorted', 'retorting'),
  verb('counter', 'counters', 'countered', 'countered', 'countering'),
  verb('recount', 'recounts', 'recounted', 'recounted', 'recounting'),
  verb('plead', 'pleads', 'pleaded', 'pleaded', 'pleading'),
  verb('implore', 'implores', 'implored', 'implored', 'imploring'),
  verb('murmur', 'murmurs', 'murmured', 'murmured', 'murmuring'),
  verb('mutter', 'mutters', 'muttered', 'muttered', 'muttering'),
  verb('conclude', 'concludes', 'concluded', 'concluded', 'concluding'),
  verb('elaborate', 'elaborates', 'elaborated', 'elaborated', 'elaborating'),
  verb('lament', 'laments', 'lamented', 'lamented', 'lamenting'),
  verb('concur', 'concurs', 'concurred', 'concurred', 'concurring'),
  verb('opine', 'opines', 'opined', 'opined', 'opining'),
  verb('proclaim', 'proclaims', 'proclaimed', 'proclaimed', 'proclaiming'),
  verb('affirm', 'affirms', 'affirmed', 'affirmed', 'affirming'),
  verb('inquire', 'inquires', 'inquired', 'inquired', 'inquiring'),
  verb('enquire', 'enquires', 'enquired', 'enquired', 'enquiring'),
  verb('interject', 'interjects', 'interjected', 'interjected', 'interjecting'),
  verb('speculate', 'speculates', 'speculated', 'speculated', 'speculating'),
  verb('scoff', 'scoffs', 'scoffed', 'scoffed', 'scoffing'),
  verb('grumble', 'grumbles', 'grumbled', 'grumbled', 'grumbling'),
  verb('stammer', 'stammers', 'stammered', 'stammered', 'stammering'),
  verb('blurt', 'blurts', 'blurted', 'blurted', 'blurting'),
  verb('repeat', 'repeats', 'repeated', 'repeated', 'repeating'),
  verb('confess', 'confesses', 'confessed', 'confessed', 'confessing'),
  verb('brag', 'brags', 'bragged', 'bragged', 'bragging'),
  verb('surmise', 'surmises', 'surmised', 'surmised', 'surmising'),
  // Verbs of telling someone something: the one told is their object (`assured the crowd`), the subject speaks.
  // Not their -ing forms, whose subject is often no speaker (`proposals … assuring "a mutual advantage"`).
  someForms('assure', 'speech', 'assure', 'assures', 'assured'),
  someForms('advise', 'speech', 'advise', 'advises', 'advised'),
  someForms('beg', 'speech', 'beg', 'begs', 'begged'),
  someForms('tease', 'speech', 'teases', 'teased'),
  verb('preach', 'preaches', 'preached', 'preached', 'preaching'),
  verb('summarize', 'summarizes', 'summarized', 'summarized', 'summarizing'),
  verb('summarise', 'summarises', 'summarised', 'summarised', 'summarising'),
  verb('posit', 'posits', 'posited', 'posited', 'positing'),
  verb('intone', 'intones', 'intoned', 'intoned', 'intoning'),
  // Not `reassuring`: mostly the adjective (`a reassuring sign`).
  someForms('reassure', 'speech', 'reassure', 'reassures', 'reassured'),
  pastOnly('press', 'pressed'),
  pastOnly('bark', 'barked'),
  pastOnly('question', 'questioned'),
  pastOnly('demand', 'demanded'),
  pastOnly('wonder', 'wondered'),
  pastOnly('laugh', 'laughed'),
  pastOnly('sigh', 'sighed'),
  pastOnly('groan', 'groaned'),
  pastOnly('snap', 'snapped'),
  pastOnly('fume', 'fumed'),
  pastOnly('marvel', 'marvelled', 'marveled'),
  pastOnly('muse', 'mused'),
  pastOnly('sob', 'sobbed'),
  pastOnly('gush', 'gushed'),
  pastOnly('hint', 'hinted'),
  pastOnly('gripe', 'griped'),
  pastOnly('thunder', 'thundered'),
  pastOnly('bellow', 'bellowed'),
  pastOnly('holler', 'hollered'),
  pastOnly('rant', 'ranted'),
  pastOnly('rave', 'raved'),
  pastOnly('sneer', 'sneered'),
  pastOnly('jest', 'jested'),
  pastOnly('lecture', 'lectured'),
  pastOnly('reason', 'reasoned'),
  pastOnly('venture', 'ventured'),
  pastOnly('volunteer', 'volunteered'),
  pastOnly('object', 'objected'),
  // Manners of complaining and boasting: their other forms are nouns (`a moan`, `the crow`).
  // Not `emailed` and `sniped`: in public news the one emailed or sniped at, or a clause later in the sentence,
  // took quotes that were not the subject's (measured in docs/learned-confidence.md, fourteenth session).
  pastOnly('crow', 'crowed'),
  pastOnly('gloat', 'gloated'),
  pastOnly('grouse', 'groused'),
  pastOnly('moan', 'moaned'),
  pastOnly('whine', 'whined'),
  pastOnly('reminisce', 'reminisced'),
  pastOnly('aver', 'averred'),
  verb('agree', 'agrees', 'agreed', 'agreed', 'agreeing', 'stance'),
  verb('reject', 'rejects', 'rejected', 'rejected', 'rejecting', 'stance'),
  verb('believe', 'believes', 'believed', 'believed', 'believing', 'stance'),
  verb('think', 'thinks', 'thought', 'thought', 'thinking', 'stance'),
  verb('criticize', 'criticizes', 'criticized', 'criticized', 'criticizing', 'stance'),
  verb('criticise', 'criticises', 'criticised', 'criticised', 'criticising', 'stance'),
  verb('accuse', 'accuses', 'accused', 'accused', 'accusing', 'stance'),
  verb('call', 'calls', 'called', 'called', 'calling', 'stance'),
  verb('dismiss', 'dismisses', 'dismissed', 'dismissed', 'dismissing', 'stance'),
  verb('welcome', 'welcomes', 'welcomed', 'welcomed', 'welcoming', 'stance'),
  verb('hope', 'hopes', 'hoped', 'hoped', 'hoping', 'stance'),
  verb('express', 'expresses', 'expressed', 'expressed', 'expressing', 'stance'),
  // An apology is a stance toward what one did: `"…," Ruiz apologized`, not a cue for the quote before it.
  verb('apologize', 'apologizes', 'apologized', 'apologized', 'apologizing', 'stance'),
  verb('apologise', 'apologises', 'apologised', 'apologised', 'apologising', 'stance'),
  // `Drummer Larry Mullen Jr echoed those sentiments: "…"`: one voice taking up another's.
  verb('echo', 'echoes', 'echoed', 'echoed', 'echoing', 'stance'),
  // Verbs of praise and blame: their object is the one praised or blamed, their subject the one speaking.
  // Not `thanks`: mostly the noun (`thanks to the rain`).
  someForms('thank', 'stance', 'thank', 'thanked', 'thanking'),
  // Not `praise`, `praises`, `blame`: mostly nouns (`full of praise`, `shares the blame`).
  someForms('praise', 'stance', 'praised', 'praising'),
  someForms('blame', 'stance', 'blamed', 'blames', 'blaming'),
  verb('condemn', 'condemns', 'condemned', 'condemned', 'condemning', 'stance'),
  verb('denounce', 'denounces', 'denounced', 'denounced', 'denouncing', 'stance'),
  verb('decry', 'decries', 'decried', 'decried', 'decrying', 'stance'),
  verb('bemoan', 'bemoans', 'bemoaned', 'bemoaned', 'bemoaning', 'stance'),
  verb('laud', 'lauds', 'lauded', 'lauded', 'lauding', 'stance'),
  verb('applaud', 'applauds', 'applauded', 'applauded', 'applauding', 'stance'),
  someForms('slam', 'stance', 'slammed', 'slams'),
  someForms('blast', 'stance', 'blasted', 'blasts'),
  someForms('hail', 'stance', 'hailed', 'hails'),
  // Not `touts`: British ticket sellers.
  someForms('tout', 'stance', 'touted', 'touting'),
  someForms('rebuke', 'stance', 'rebuked'),
  someForms('lambast', 'stance', 'lambasted', 'lambasts', 'lambasting', 'lambaste', 'lambastes'),
  someForms('rebut', 'stance', 'rebutted'),
  someForms('herald', 'stance', 'heralded'),
];

/** Written form (lower case) -> verb. Built once; lookups are O(1). */
export const REPORTING_VERB_BY_FORM: ReadonlyMap<string, ReportingVerb> = new Map(
  REPORTING_VERBS.flatMap((entry) => entry.forms.map((form) => [form, entry] as const)),
);
