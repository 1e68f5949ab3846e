import { describe, expect, it } from 'vitest';
import type { GoldQuote } from '../../src/eval/gold.ts';
import type { PredictedQuote } from '../../src/eval/prediction.ts';
import { scoreQuotes } from '../../src/eval/score-quotes.ts';

const gold = (text: string, speaker: string | null, kind: GoldQuote['kind'] = 'direct', ambiguous = false): GoldQuote => ({
  text, speaker, kind, ambiguous,
});
const said = (text: string, speaker: string | null, extra: Partial<PredictedQuote> = {}): PredictedQuote => ({
  text, kind: 'direct', speaker, confidence: 0.9, ...extra,
});

const BRIDGE = 'The bridge will reopen before the winter';
const FERRY = 'The ferry timetable stays as it is';

describe('scoreQuotes speakers', () => {
  it('counts a right speaker in both precision and recall', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Mayor Ada Pell')], [gold(BRIDGE, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 1, rightSpeakers: 1, goldSpeakers: 1, foundSpeakers: 1 });
  });

  it('counts a wrong speaker against precision and recall', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Tomas Reyes')], [gold(BRIDGE, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 1, rightSpeakers: 0, goldSpeakers: 1, foundSpeakers: 0 });
  });

  it('counts a named speaker on a span matching no gold span against precision', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Ada Pell'), said('words nobody quoted at all', 'Ada Pell')], [gold(BRIDGE, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 2, rightSpeakers: 1 });
  });

  it('names nobody when the confidence is below 0.5', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Ada Pell', { confidence: 0.49 })], [gold(BRIDGE, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 0, rightSpeakers: 0, foundSpeakers: 0 });
  });

  it('counts a confidence of exactly 0.5 as naming the speaker', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Ada Pell', { confidence: 0.5 })], [gold(BRIDGE, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 1, rightSpeakers: 1 });
  });

  it('reads a missing confidence as 1', () => {
    const { confidence: _dropped, ...withoutConfidence } = said(BRIDGE, 'Ada Pell');
    const counts = scoreQuotes([withoutConfidence], [gold(BRIDGE, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 1, rightSpeakers: 1 });
  });

  it('names nobody for a span predicted as not-speech', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Ada Pell', { kind: 'not-speech' })], [gold(BRIDGE, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 0, goldSpeakers: 1, foundSpeakers: 0 });
  });

  it('counts a speaker named for a gold quote without a speaker as wrong', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Ada Pell')], [gold(BRIDGE, null)]);
    expect(counts).toMatchObject({ namedSpeakers: 1, rightSpeakers: 0, goldSpeakers: 0 });
  });

  it('leaves gold quotes without a speaker out of recall', () => {
    const counts = scoreQuotes([], [gold(BRIDGE, null), gold(FERRY, 'Ada Pell', 'partial')]);
    expect(counts).toMatchObject({ goldSpeakers: 1 });
  });

  it('credits each gold paragraph a covering span attributes rightly, but the span once', () => {
    const counts = scoreQuotes([said(`${BRIDGE} ${FERRY}`, 'Pell')], [gold(BRIDGE, 'Ada Pell'), gold(FERRY, 'Ada Pell')]);
    expect(counts).toMatchObject({ namedSpeakers: 1, rightSpeakers: 1, goldSpeakers: 2, foundSpeakers: 2 });
  });

  it('skips gold quotes marked ambiguous and the predictions that found only them', () => {
    const counts = scoreQuotes([said(BRIDGE, 'Tomas Reyes')], [gold(BRIDGE, 'Ada Pell', 'direct', true)]);
    expect(counts).toMatchObject({ goldSpans: 0, predictedSpans: 0, namedSpeakers: 0, goldSpeakers: 0 });
  });
});

describe('scoreQuotes spans and kinds', () => {
  it('counts gold spans found and predicted spans that found one', () => {
    const counts = scoreQuotes([said(BRIDGE, null), said('an invented span', null)], [gold(BRIDGE, null), gold(FERRY, null)]);
    expect(counts).toMatchObject({ goldSpans: 2, foundSpans: 1, predictedSpans: 2, matchedPredictedSpans: 1 });
  });

  it('compares kinds on found spans only', () => {
    const counts = scoreQuotes(
      [said(BRIDGE, null, { kind: 'partial' }), said(FERRY, null)],
      [gold(BRIDGE, null), gold(FERRY, null), gold('a third span never found', null)],
    );
    expect(counts).toMatchObject({ kindsCompared: 2, kindsRight: 1 });
  });
});

describe('scoreQuotes not-speech', () => {
  it('keeps a gold not-speech span out only when predicted with kind not-speech', () => {
    const counts = scoreQuotes(
      [said('Harbour Lights', null, { kind: 'not-speech' }), said('Night Owl', null, { kind: 'partial' })],
      [gold('Harbour Lights', null, 'not-speech'), gold('Night Owl', null, 'not-speech'), gold('The Gull', null, 'not-speech')],
    );
    expect(counts).toMatchObject({ notSpeech: 3, notSpeechKeptOut: 1 });
  });

  it('does not count not-speech gold spans among gold speakers', () => {
    const counts = scoreQuotes([], [gold('Harbour Lights', null, 'not-speech')]);
    expect(counts).toMatchObject({ goldSpeakers: 0, notSpeech: 1 });
  });
});
