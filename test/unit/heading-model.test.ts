import { headingProbability, isHeading } from '../../src/importer/heading-model';
import { HEADING_MODEL } from '../../src/importer/heading-weights';
import { parseExplainer } from '../../src/importer/parse-explainer';
import { bestThreshold, scoreHeadings, train, type TextExamples } from '../../src/importer/training';

// The heading model: how it is trained, and the layout asking it about every line that could be a heading but is not
// marked as one. That the weights in the tree are the ones training on the dev split and the hand-written set gives is
// checked in importer-quality.test.ts, which has parsed those texts already.
const ref = { referenceDate: new Date('2023-06-01T00:00:00Z') };
const LONG =
  'The talks resumed on Monday after a pause of three weeks, officials said, and both delegations arrived with new proposals on the border crossings and the release of prisoners.';

describe('heading model training', () => {
  it('learns a rule that separates the examples, and no weight for a feature that never varies with the label', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: { short: 1, always: 1 }, heading: true })),
      ...Array.from({ length: 20 }, () => ({ features: { long: 1, always: 1 }, heading: false })),
    ];
    const model = { ...train(examples), threshold: 0.5 };
    expect(headingProbability({ short: 1, always: 1 }, model)).toBeGreaterThan(0.85);
    expect(headingProbability({ long: 1, always: 1 }, model)).toBeLessThan(0.15);
    expect(model.weights.short).toBeGreaterThan(0);
    expect(model.weights.long).toBeLessThan(0);
    expect(model.weights.always ?? 0).toBe(0);
  });

  it('scores headings as import:quality counts them and picks the threshold with the best F1', () => {
    const text: TextExamples = {
      name: 'x',
      gold: ['What happened', 'Why it matters'],
      marked: ['What happened'],
      candidates: [
        { text: 'Why it matters', heading: true, features: {} },
        { text: 'Harbour diary', heading: false, features: {} },
      ],
    };
    const probs = [[0.6, 0.3]];
    expect(scoreHeadings([text], (_, i) => probs[0][i], 0.5)).toMatchObject({ expected: 2, found: 2, matched: 2 });
    expect(scoreHeadings([text], (_, i) => probs[0][i], 0.2)).toMatchObject({ expected: 2, found: 3, matched: 2 });
    expect(bestThreshold([text], probs).score).toMatchObject({ found: 2, matched: 2 });
  });
});

describe('the layout asks the model', () => {
  it('about unmarked lines only: every judged line is reported, marked headings are not', () => {
    const judged: string[] = [];
    const text = ['Talks resume', LONG, '## What was agreed?', LONG, 'Why it matters', LONG, 'Harbour diary', LONG].join('\n\n');
    const d = parseExplainer(text, { ...ref, onHeadingCandidate: (c) => judged.push(c.line) });
    expect(judged).toEqual(['Why it matters', 'Harbour diary']);
    expect(d.sections.map((s) => s.heading)).toContain('What was agreed?');
  });

  it('takes a question over its paragraph; a line printed twice between paragraphs is less likely a heading', () => {
    const p = (text: string, line: string) => {
      const seen: number[] = [];
      parseExplainer(text, { ...ref, onHeadingCandidate: (c) => c.line === line && seen.push(c.p) });
      return seen[0];
    };
    const once = ['Talks resume', LONG, 'What happens next?', LONG, 'Harbour diary', LONG, 'Who is taking part', LONG, LONG].join('\n\n');
    const twice = ['Talks resume', LONG, 'What happens next?', LONG, 'Harbour diary', LONG, 'Harbour diary', LONG, LONG].join('\n\n');
    expect(p(once, 'What happens next?')).toBeGreaterThanOrEqual(HEADING_MODEL.threshold);
    expect(parseExplainer(once, ref).sections.map((s) => s.heading)).toContain('What happens next?');
    // The model is retrained as the corpus grows: the test holds the direction of the effect and a size well above
    // rounding, not a decision, in log-odds (the model is linear there; the same weight moves a probability near 0.5
    // more than one near 1). The training's choice of regularisation moves the size: 0.5 at l2 = 3 (2026-12-04).
    const logit = (x: number) => Math.log(x / (1 - x));
    expect(logit(p(twice, 'Harbour diary'))).toBeLessThan(logit(p(once, 'Harbour diary')) - 0.25);
  });

  it('decides by the threshold the training chose', () => {
    expect(isHeading({}, { bias: 0, threshold: 0.4, weights: {} }).heading).toBe(true);
    expect(isHeading({}, { bias: 0, threshold: 0.6, weights: {} }).heading).toBe(false);
    expect(isHeading({ x: 1 }, { bias: 0, threshold: 0.6, weights: { x: 2 } })).toMatchObject({ heading: true });
  });
});
