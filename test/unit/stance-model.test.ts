import { parseExplainer } from '../../src/importer/parse-explainer';
import { judged, modelStance, stanceFeatures, type StanceCandidate, type StanceModel } from '../../src/importer/stance-model';
import { scoreStances, stanceOutOfFold, stancesAt, trainStance, type StanceExample, type StanceTextExamples } from '../../src/importer/stance-training';
import { Stance } from '../../src/importer/vocabulary';

// The stance model: its features, how it is trained and scored, and the parser asking it about every reaction the
// rules read. That the weights in the tree are the ones training on the dev split and the hand-written set gives is
// checked in importer-quality.test.ts, which has parsed those texts already.
const ref = { referenceDate: new Date('2023-06-01T00:00:00Z') };

describe('stance features', () => {
  it("are the rules' stance, the form, the first word and the words in lower case, not the names", () => {
    const quote = stanceFeatures(Stance.CLAIM, 'Said: “Tomas Reyk was wrong to sign the Ostland deal, wrong”.');
    expect(quote.slice(0, 3)).toEqual(['rule:CLAIM', 'form:quote', 'v:tomas']);
    expect(quote).toEqual(expect.arrayContaining(['w:tomas', 'w:was', 'w:wrong', 'w:sign', 'w:deal']));
    expect(quote).not.toContain('w:reyk');
    expect(quote).not.toContain('w:ostland');
    // (each word once)
    expect(quote.filter((f) => f === 'w:wrong')).toHaveLength(1);
    const sentence = stanceFeatures(Stance.SUPPORT, 'Welcomed the agreement’s terms.');
    expect(sentence.slice(0, 3)).toEqual(['rule:SUPPORT', 'form:sentence', 'v:welcomed']);
    expect(sentence).toContain('w:agreement’s');
  });
});

describe('the stance model', () => {
  const model: StanceModel = {
    bias: [0, 0, 0, 0, 0, 0, 0],
    weights: { 'rule:CLAIM': [0, 0, 0, 0, 0, 1, 0], 'w:blunder': [0, 0, 2, 0, 0, 0, 0], 'w:slip': [0, 0, 1.2, 0, 0, 0, 0] },
    margin: 0,
  };
  it('gives the class of highest score, the first on a tie, and ignores features it has no weights for', () => {
    expect(modelStance(Stance.CLAIM, ['rule:CLAIM', 'w:said'], model)).toBe(Stance.CLAIM);
    expect(modelStance(Stance.CLAIM, ['rule:CLAIM', 'w:blunder'], model)).toBe(Stance.CONDEMNATION);
    // (a tie with the rules' stance keeps it; a tie between two others gives the first of STANCES)
    expect(modelStance(Stance.OTHER, [], model)).toBe(Stance.OTHER);
    expect(modelStance(Stance.OTHER, ['w:mixed'], { ...model, weights: { 'w:mixed': [0, 0, 1, 1, 0, 0, 0] } })).toBe(Stance.CONDEMNATION);
  });

  it("keeps the rules' stance unless another class passes its score by more than the margin", () => {
    const wary = { ...model, margin: 0.5 };
    expect(modelStance(Stance.CLAIM, ['rule:CLAIM', 'w:blunder'], wary)).toBe(Stance.CONDEMNATION);
    expect(modelStance(Stance.CLAIM, ['rule:CLAIM', 'w:slip'], model)).toBe(Stance.CONDEMNATION);
    expect(modelStance(Stance.CLAIM, ['rule:CLAIM', 'w:slip'], wary)).toBe(Stance.CLAIM);
  });

  it('leaves a call for a ceasefire and an offer to mediate to the rules', () => {
    expect(judged(Stance.CALL_FOR_CEASEFIRE)).toBe(false);
    expect(judged(Stance.MEDIATION_OFFER)).toBe(false);
    expect(judged(Stance.CLAIM)).toBe(true);
    expect(judged(Stance.CONDEMNATION)).toBe(true);
  });
});

describe('stance model training', () => {
  const example = (rule: Stance, words: string[], label: Stance | null, actor = 'a'): StanceExample => ({
    features: [`rule:${rule}`, 'form:sentence', ...words.map((w) => `w:${w}`)],
    actor,
    rule,
    label,
  });

  it('learns a word that moves a claim, keeps the rule otherwise, and drops words seen too rarely', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => example(Stance.CLAIM, ['blunder', 'said'], Stance.CONDEMNATION)),
      ...Array.from({ length: 20 }, () => example(Stance.CLAIM, ['update', 'said'], Stance.CLAIM)),
      ...Array.from({ length: 20 }, () => example(Stance.SUPPORT, ['said'], Stance.SUPPORT)),
      example(Stance.CLAIM, ['rare'], Stance.OTHER),
      // (no label: the annotation gave the actor two stances or none; it teaches nothing)
      ...Array.from({ length: 30 }, () => example(Stance.CLAIM, ['unlabelled'], null)),
    ];
    const model = trainStance(examples, { l2: 1, iterations: 300, rate: 0.1, minCount: 3 });
    expect(modelStance(Stance.CLAIM, ['rule:CLAIM', 'form:sentence', 'w:blunder', 'w:said'], model)).toBe(Stance.CONDEMNATION);
    expect(modelStance(Stance.CLAIM, ['rule:CLAIM', 'form:sentence', 'w:update', 'w:said'], model)).toBe(Stance.CLAIM);
    expect(modelStance(Stance.SUPPORT, ['rule:SUPPORT', 'form:sentence', 'w:said'], model)).toBe(Stance.SUPPORT);
    expect(model.weights['w:rare']).toBeUndefined();
    expect(model.weights['w:unlabelled']).toBeUndefined();
    // The same examples give the same weights.
    expect(trainStance(examples, { l2: 1, iterations: 300, rate: 0.1, minCount: 3 })).toEqual(model);
  });

  it("counts reactions as import:quality does (actor and stance, each annotated reaction once) and judges each fold's texts by the others", () => {
    const texts: StanceTextExamples[] = [
      {
        name: 'x',
        gold: ['ostland|SUPPORT', 'tomas reyk|CONDEMNATION'],
        candidates: [
          example(Stance.SUPPORT, [], Stance.SUPPORT, 'ostland'),
          example(Stance.SUPPORT, [], Stance.SUPPORT, 'ostland'),
          example(Stance.CLAIM, [], Stance.CONDEMNATION, 'tomas reyk'),
        ],
      },
      { name: 'y', gold: ['velden|CLAIM'], candidates: [example(Stance.CLAIM, [], Stance.CLAIM, 'velden')] },
    ];
    expect(scoreStances(texts, (t, i) => texts[t].candidates[i].rule)).toBe(2);
    expect(scoreStances(texts, (t, i) => texts[t].candidates[i].label!)).toBe(3);
    const oof = stanceOutOfFold(texts, 2, { l2: 1, iterations: 50, rate: 0.1, minCount: 1 });
    expect(oof.map((x) => x.length)).toEqual([3, 1]);
    expect(oof[0][0]).toHaveLength(7);
    // (with a margin no score can pass, every stance is the rules')
    expect(scoreStances(texts, stancesAt(texts, oof, Infinity))).toBe(2);
  });
});

describe('the parser and the stance model', () => {
  it('asks the model about each reaction the rules read, except a call for a ceasefire, and writes the stance it gives', () => {
    const text =
      'Leaders react to the Ostland clashes\n\nLeaders around the world responded on Sunday to the clashes on the Ostland border.\n\nNorway condemned the shelling of the border villages.\n\nChile urged both sides to show restraint and return to talks.\n\nJapan said it was following the situation closely.';
    const judgedOnes: StanceCandidate[] = [];
    const draft = parseExplainer(text, { ...ref, onStanceCandidate: (c) => judgedOnes.push(c) });
    const found = draft.sections.flatMap((s) => s.reactions);
    expect(found.find((r) => r.actor === 'Chile')?.stance).toBe(Stance.CALL_FOR_CEASEFIRE);
    expect(judgedOnes.map((c) => c.actor)).not.toContain('Chile');
    expect(judgedOnes.map((c) => c.actor).sort()).toEqual(
      found
        .map((r) => r.actor)
        .filter((a) => a !== 'Chile')
        .sort(),
    );
    expect(judgedOnes.length).toBeGreaterThan(1);
    for (const c of judgedOnes) {
      expect(c.features).toEqual(stanceFeatures(c.rule, c.summary));
      expect(found.find((r) => r.actor === c.actor)?.stance).toBe(c.stance);
      expect(c.stance).toBe(modelStance(c.rule, c.features));
    }
  });
});
