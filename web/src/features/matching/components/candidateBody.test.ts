import { describe, expect, it } from 'vitest';
import { blankTest } from './EnglishTestFields';
import { blankDraft, candidateBody, fieldErrors } from './candidateBody';

describe('intake body', () => {
  it('sends only what was filled in, publicity off by default, IELTS scores as numbers', () => {
    const ielts = {
      ...blankTest('academic'),
      date: '2026-01-10',
      scores: { listening: '7', reading: '7', writing: '6.5', speaking: '7' },
    };
    const { body, sent } = candidateBody(
      { ...blankDraft, fullName: ' Demo Doctor ', occupation: 'medical-doctor', country: 'sy', borough: 'Sandwell' },
      { ielts, oet: blankTest('medicine') },
    );
    expect(body).toMatchObject({
      fullName: 'Demo Doctor',
      borough: 'Sandwell',
      qualifications: [{ occupation: 'medical-doctor', country: 'SY' }],
      englishTests: [{ test: 'ielts', scores: { listening: 7, reading: 7, writing: 6.5, speaking: 7 } }],
      consents: { publicity: false },
    });
    expect(body).not.toHaveProperty('monitoring');
    expect(body).not.toHaveProperty('dateOfBirth');
    expect(sent).toEqual(['ielts']);
  });

  it('maps server error paths back to the test they belong to', () => {
    const errors = fieldErrors([{ path: 'body.englishTests.0.scores.reading', message: 'out of range' }], ['oet']);
    expect(errors).toEqual({ 'body.englishTests.oet.scores.reading': 'out of range' });
  });
});
