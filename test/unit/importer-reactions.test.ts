import { parseExplainer } from '../../src/importer/parse-explainer';
import { stanceOf } from '../../src/importer/extract';

// Reactions (made-up texts): shapes that give an actor's reaction or its stance beyond "X condemned ...".
const ref = { referenceDate: new Date('2023-06-01T00:00:00Z') };
const reactions = (text: string) => parseExplainer(text, ref).sections.flatMap((s) => s.reactions.map((r) => [s.heading, r.actor, r.stance]));
/** The stance the rules read for each reaction, before the stance model weighs it with the words (stance-model.ts). */
const ruled = (text: string) => {
  const out: [string, string][] = [];
  parseExplainer(text, { ...ref, onStanceCandidate: (c) => out.push([c.actor, c.rule]) });
  return out;
};

/** The headline and lead most made-up round-ups below open with. */
const ACCORD = 'Leaders react to the Halvor accord\n\nThe accord was signed in Halvor on Monday.\n\n';
/** The actors of the reactions found in a paragraph after the given headline and lead. */
const actorsAfter = (head: string) => (text: string) => reactions(`${head}${text}`).map((r) => r[1]);

describe('reactions beyond a response verb', () => {
  it("a statement printed without quotation marks under a round-up heading, in the first person, is the heading actor's", () => {
    const text =
      'Leaders react to the Norland vote\n\nLeaders from around the world sent their messages to the winner of the Norland vote on Sunday.\n\nNorway - Velko Kettridge, president\n\nI congratulate Prime Minister Reyk on his victory and look forward to working with him.\n\nChile - Zorvan Tamm, chancellor\n\nWe welcome the result of the vote and congratulate the winners.';
    expect(reactions(text).map((r) => [r[1], r[2]])).toEqual([
      ['Velko Kettridge', 'SUPPORT'],
      ['Zorvan Tamm', 'SUPPORT'],
    ]);
    // (a reporter's "We asked" is no statement of the actor's)
    const asked = text.replace(
      'I congratulate Prime Minister Reyk on his victory and look forward to working with him.',
      'We asked the president whether he would congratulate the winner, but he declined.',
    );
    expect(reactions(asked).map((r) => r[1])).not.toContain('Velko Kettridge');
  });

  it('"The party said" names no actor "The"; a title-case headline\'s "Has Been" is no part of a name', () => {
    const party =
      'Harbour vote\n\nThe Harbour Workers Party lost two seats in the vote on Sunday.\n\nThe party said it had turned to the courts because of irregularities on the results sheets.';
    expect(reactions(party).map((r) => r[1])).not.toContain('The');
    const headline =
      'Harbour news\n\nAcme Has Been Hacked: What You Need to Know\n\nSeptember 22, 2016, 9:57 PM UTC\n\nIt is a cyber catastrophe. Acme on Thursday confirmed a massive security breach that saw hackers steal data. Acme says a foreign government is to blame.';
    expect(reactions(headline)).toEqual([]);
  });

  it('a violation named, a release demanded, an assault called so are condemnation; a dangerous escalation is concern', () => {
    expect(stanceOf('said there exists a very clear violation of human rights in the country', true)).toBe('CONDEMNATION');
    expect(stanceOf('demanded the immediate release of the journalist', true)).toBe('CONDEMNATION');
    expect(stanceOf('called the coup a direct assault on the transition to democracy', true)).toBe('CONDEMNATION');
    expect(stanceOf('said a pullout was a huge slap on the face of the region', true)).toBe('CONDEMNATION');
    expect(stanceOf('said the council acted “in the strongest terms.”', true)).toBe('CONDEMNATION');
    expect(stanceOf('expressed "extreme indignation" at the killing', true)).toBe('CONDEMNATION');
    expect(stanceOf('said: “This is a black day for justice and the rule of law”', true)).toBe('CONDEMNATION');
    // (a result called a sham, a court said to have lost all legitimacy, a ruling called absurd or antisemitic)
    expect(stanceOf('said the results were a “sham”', true)).toBe('CONDEMNATION');
    expect(stanceOf('said the court had “lost all legitimacy”', true)).toBe('CONDEMNATION');
    expect(stanceOf('The tribunal shows once again that it is antisemitic through and through', true)).toBe('CONDEMNATION');
    expect(stanceOf('it had issued “absurd orders without authority”', true)).toBe('CONDEMNATION');
    expect(stanceOf('said it was a dangerous escalation in an already precarious region', true)).toBe('CONCERN');
    expect(stanceOf('described the report as a code red for humanity', true)).toBe('CONCERN');
    expect(stanceOf('said the strikes were a threat to regional peace', true)).toBe('CONCERN');
  });

  it('aid offered or mobilised, closer work and stronger ties are support', () => {
    expect(stanceOf('said the country was already mobilising aid to send to the region', true)).toBe('SUPPORT');
    expect(stanceOf('said on X it was offering 500,000 euros in aid for the flood victims', true)).toBe('SUPPORT');
    expect(stanceOf('said he was ready to work closely with the new president to further strengthen relations', true)).toBe('SUPPORT');
    expect(stanceOf('called the deal a win-win for everyone', true)).toBe('SUPPORT');
    // Aid cut is no support of the one it is cut from.
    expect(stanceOf('said the aid cut was a mistake', true)).toBe('CLAIM');
  });

  it('under an actor heading, a sentence about "the <role>" gives the heading actor its stance', () => {
    const text = [
      'World leaders react to the harbour attack',
      '',
      'Leaders around the world have reacted to the attack.',
      '',
      'Ruritanian President Anna Berg',
      '',
      'President Anna Berg said she had spoken to the port workers.',
      '',
      'The Ruritanian leader issued a statement saying her thoughts were with the families of the victims.',
      '',
      'Freedonian Prime Minister Tomas Vell',
      '',
      'Prime Minister Tomas Vell said the port would reopen on Friday.',
    ].join('\n');
    expect(reactions(text)).toEqual([
      ['Ruritanian President Anna Berg', 'Anna Berg', 'SUPPORT'],
      ['Freedonian Prime Minister Tomas Vell', 'Tomas Vell', 'CLAIM'],
    ]);
  });

  it('a country that sends relief supports, without a speech verb', () => {
    const text = 'Quake hits the coast\n\nThe airport has reopened, and Norway has already begun sending relief to the region.';
    expect(reactions(text)).toEqual([[null, 'Norway', 'SUPPORT']]);
  });

  it('outside a round-up, the quote of an actor who responds gives its stance ("the strongest wins")', () => {
    const text = [
      'Storm over the harbour deal',
      '',
      'Ruritanian President Anna Berg said on Monday that the deal must be undone.',
      '',
      'Berg added these sort of deals were "cowardly and utterly indifferent to the workers."',
    ].join('\n');
    expect(reactions(text)).toEqual([[null, 'Anna Berg', 'CONDEMNATION']]);
  });

  it('outside a round-up, a quote makes a reaction only when it takes a stance', () => {
    const text = [
      'Verdict in the harbour case',
      '',
      'The jury returned its verdict on Tuesday.',
      '',
      '"We are deeply disappointed with the verdict today," said harbour attorney Tomas Vell.',
      '',
      '"The hearing will resume on Friday at nine in the morning," said court clerk Anna Berg.',
    ].join('\n');
    expect(reactions(text)).toEqual([[null, 'Tomas Vell', 'CONCERN']]);
  });

  it('a negated stance word takes no stance', () => {
    const text = 'Verdict in the harbour case\n\n"I never, ever criticize a jury, but I am deeply disappointed today," said harbour attorney Tomas Vell.';
    // (the rules' reading; the stance model may weigh the words otherwise)
    expect(ruled(text)).toEqual([['Tomas Vell', 'CONCERN']]);
  });

  it('"acts of terrorism" condemn', () => {
    const text = 'Leaders react\n\nRuritanian President Anna Berg called the attacks "deliberate acts of terrorism, carefully planned."';
    expect(reactions(text)).toEqual([[null, 'Anna Berg', 'CONDEMNATION']]);
  });

  it('"lauded", "saluted", "commended" react with support; a person after a few words of job reacts as the subject', () => {
    const text =
      'Tributes to the harbour master\n\nFormer Halvor County captain Tomas Vell lauded the harbour master as a "one-off".\n\nThe union saluted his courage.';
    expect(reactions(text)).toEqual([[null, 'Tomas Vell', 'SUPPORT']]);
    expect(reactions('Tributes to the harbour master\n\nPresident Anna Berg commended the crews for their work.')).toEqual([[null, 'Anna Berg', 'SUPPORT']]);
  });

  it('words of outrage condemn, words of grief and gravity concern; "hurt" (injured) takes no stance', () => {
    const appalled = 'Verdict in the harbour case\n\nRuritanian President Anna Berg said she was "appalled by this shameful decision of the court".';
    expect(reactions(appalled)).toEqual([[null, 'Anna Berg', 'CONDEMNATION']]);
    const grave = 'Verdict in the harbour case\n\nRuritanian President Anna Berg said the ruling "poses a grave test for the whole region".';
    expect(reactions(grave)).toEqual([[null, 'Anna Berg', 'CONCERN']]);
    expect(stanceOf('52 workers had been hurt, three of them by live fire', true)).toBe('CLAIM');
  });
});

describe('a round-up told by its words', () => {
  it('with no title line, the first paragraph announcing responses makes the quotes reactions', () => {
    const text = [
      'Leaders have been responding to the reopening of the harbour on Monday, and their reactions are pouring in.',
      '',
      '"We will send two ships next week," said Ruritanian President Anna Berg.',
      '',
      '"The channel is open again for our fishing boats," said Bordurian Prime Minister Tomas Reyk.',
    ].join('\n');
    expect(reactions(text)).toEqual([
      [null, 'Anna Berg', 'CLAIM'],
      [null, 'Tomas Reyk', 'CLAIM'],
    ]);
  });

  it('a headline of grief or shock announces a round-up', () => {
    const text = [
      'Stars grieve harbour master Tomas Reyk',
      '',
      'The harbour master died on Monday.',
      '',
      '"I sailed with him for twenty years on the northern route," said singer Anna Berg.',
    ].join('\n');
    // (a claim by the rules' reading, which the stance model weighs with the words: the corpus reads a tribute's
    // memories as support)
    expect(ruled(text)).toEqual([['Anna Berg', 'CLAIM']]);
    expect(reactions(text).map((r) => r[1])).toEqual(['Anna Berg']);
  });
});

describe('stance words of tribute, goodwill and outrage', () => {
  it.each([
    ['he looked forward to working with the new president on trade', 'SUPPORT'],
    ['she was a true friend of our country', 'SUPPORT'],
    ['thank you for everything you did for the club', 'SUPPORT'],
    ['he was thrilled that the hostages would be freed', 'SUPPORT'],
    ['a visionary leader and a great statesman', 'SUPPORT'],
    ['we will sorely miss him', 'SUPPORT'],
    ['the government mourned the former president', 'SUPPORT'],
    ['the prime minister offered his best wishes to the winner', 'SUPPORT'],
    ['they vowed to work closely with the new government', 'SUPPORT'],
    ['the country is ready to send help to the flooded towns', 'SUPPORT'],
    ['this vile attack stole many innocent lives', 'CONDEMNATION'],
    ['an inhuman and uncivilised act', 'CONDEMNATION'],
    ['a callous and brutal crime', 'CONDEMNATION'],
  ])('"%s" is %s', (text, stance) => {
    expect(stanceOf(text, true)).toBe(stance);
  });

  it.each([
    ['the president declared two days of national mourning', 'OTHER'],
    ['a small group stands to get significant tax relief', 'OTHER'],
    ['Taiwan would keep working with the US and its partners', 'OTHER'],
  ])('"%s" takes no stance (%s)', (text, stance) => {
    expect(stanceOf(text, false)).toBe(stance);
  });
});

describe("a round-up quote's stance by the valence of its words", () => {
  const roundup = (a: string, b: string) =>
    [
      'Players react to the coach leaving',
      '',
      'The club parted ways with its coach on Monday.',
      '',
      'Captain Bruno Ferrante',
      '',
      `"${a}"`,
      '',
      'Pundit Gary Linden',
      '',
      `"${b}"`,
    ].join('\n');

  it('words of praise the stance lexicon lacks support; heavy blame condemns', () => {
    expect(
      reactions(
        roundup('Brilliant years, boss! I appreciate the trust and I wish you all the best.', 'Utterly ludicrous and a terrible, stupid decision by the club.'),
      ),
    ).toEqual([
      ['Captain Bruno Ferrante', 'Bruno Ferrante', 'SUPPORT'],
      ['Pundit Gary Linden', 'Gary Linden', 'CONDEMNATION'],
    ]);
  });

  it('plain statements stay claims; praise negated does not praise', () => {
    expect(
      reactions(roundup('The club will name a new coach after the next match.', 'I was not happy with the way it was done, and I will speak to the board.')),
    ).toEqual([
      ['Captain Bruno Ferrante', 'Bruno Ferrante', 'CLAIM'],
      ['Pundit Gary Linden', 'Gary Linden', 'CLAIM'],
    ]);
  });

  it('outside a round-up, the valence of words decides nothing', () => {
    const text =
      'The coach leaves\n\nThe club parted ways with its coach on Monday.\n\n"Brilliant years, boss! I appreciate the trust," captain Bruno Ferrante said.';
    expect(reactions(text)).toEqual([]);
  });
});

describe('the stance a round-up headline announces', () => {
  it('a quote that takes no stance of its own takes the headline’s ("World leaders congratulate X")', () => {
    const text =
      'World leaders congratulate Ana Velden on her election\n\nRuritanian President Tomas Reyk said: "We will meet the new government next month to discuss trade and energy."';
    expect(reactions(text)).toEqual([[null, 'Tomas Reyk', 'SUPPORT']]);
    const plain =
      'World leaders react to the election of Ana Velden\n\nRuritanian President Tomas Reyk said: "We will meet the new government next month to discuss trade and energy."';
    expect(reactions(plain)).toEqual([[null, 'Tomas Reyk', 'CLAIM']]);
  });
});

describe('a round-up announced by its headline', () => {
  const body = [
    '',
    'Leaders across the region responded on Monday to the accord signed at the border.',
    '',
    '"It is a day we have waited thirty years for," Finance Minister Lena Ostrova told reporters.',
    '',
    '"The accord will be tested in the first winter," said Tomas Reyk, the harbour mayor.',
  ].join('\n');
  it('"... react": every quoted speaker reacts, as under actor headings', () => {
    expect(reactions(`World leaders react to the border accord${body}`).map(([, actor]) => actor)).toEqual(['Lena Ostrova', 'Tomas Reyk']);
  });
  it('"Governments Express Outrage Over ...", "International Outrage as ...": a headline of outrage announces the round-up and its stance', () => {
    for (const headline of ['Western Governments Express Outrage Over the Border Accord', 'International Outrage as the Border Accord Is Signed'])
      expect(reactions(`${headline}${body}`).map(([, actor, stance]) => [actor, stance])).toEqual([
        ['Lena Ostrova', 'CONDEMNATION'],
        ['Tomas Reyk', 'CONDEMNATION'],
      ]);
  });
  it('a lead that tells of outrage ("The shooting sparked outrage over police tactics") announces no round-up', () => {
    expect(
      reactions(
        'Police defend raid\n\nThe shooting sparked outrage over police tactics in the city.\n\n“Our officers followed the procedure to the letter,” police chief Ana Velkaro said.',
      ),
    ).toEqual([]);
  });
  it("an explainer's headline: quotes stay quotes, a reaction only where the words take a stance", () => {
    expect(reactions(`The border accord: what we know${body}`)).toEqual([]);
  });
});

describe('actors listed as the subject', () => {
  it('"A, B and C paid tribute": every listed name reacts, a name with no given name the model knows too; "X including A and B" lists the actors', () => {
    const text = [
      'Tributes pour in for the captain',
      '',
      'Sachin Velkar, Viv Rendall and Joe Rootham paid their tributes to the late captain.',
      '',
      'Leaders such as Emmanuel Macron and Olaf Scholz condemned the attack on the stadium.',
    ].join('\n');
    expect(reactions(text).map(([, actor, stance]) => [actor, stance])).toEqual([
      ['Sachin Velkar', 'SUPPORT'],
      ['Viv Rendall', 'SUPPORT'],
      ['Joe Rootham', 'SUPPORT'],
      ['Emmanuel Macron', 'CONDEMNATION'],
      ['Olaf Scholz', 'CONDEMNATION'],
    ]);
  });
});

describe('a capital speaking for its country', () => {
  it('"Tokyo said …" is Japan’s reaction; a capital as a place is none, and the words quoted after "X said Washington condemns" stay X’s', () => {
    const text = [
      'Leaders react to the coup',
      '',
      'Tokyo said the coup was deeply regrettable.',
      '',
      'Flights to Tokyo were cancelled on Monday.',
      '',
      'Secretary of State Antony Blinkel said Washington condemns "terrorism in all its forms."',
    ].join('\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.flatMap((s) => s.reactions.map((r) => [r.actor, r.stance]))).toEqual(expect.arrayContaining([['Japan', 'CONCERN']]));
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual(['Antony Blinkel']);
    expect(d.sources).toEqual([]);
  });
});

describe('a round-up told by its lead or by signatures, not by its headline', () => {
  const quotes = [
    '“He was a man of the highest character and the best father a son could ask for.” — his son, former governor Tomas Reyk',
    '',
    '“He was a true partner in a dramatic time, and a friend of this harbour.” — former Velden leader Ana Ostrova',
  ];
  it('a lead that opens "Tributes have poured in for ..." makes each quote a reaction, of the stance it announces', () => {
    const said = [
      '"We worked together at the harbour for many years," said former governor Tomas Reyk.',
      '',
      '"He came to the harbour in 1970 and stayed for the rest of his life," former Velden leader Ana Ostrova said.',
    ];
    const text = [
      'Former Halvor governor Piet Reyk',
      '',
      'Tributes have poured in for former Halvor governor Piet Reyk, who died on Friday.',
      '',
      ...said,
    ].join('\n');
    expect(reactions(text)).toEqual([
      [null, 'Tomas Reyk', 'SUPPORT'],
      [null, 'Ana Ostrova', 'SUPPORT'],
    ]);
  });

  it('two quotes signed after a dash make a round-up too', () => {
    const text = ['Former Halvor governor Piet Reyk', '', 'Former Halvor governor Piet Reyk died on Friday at the age of 94.', '', ...quotes].join('\n');
    expect(reactions(text).map(([, actor]) => actor)).toEqual(['Tomas Reyk', 'Ana Ostrova']);
  });
});

describe('subjects listed before their verb', () => {
  it('", along with leaders from around the world," between the listed actors and the verb', () => {
    const text =
      'Leaders pay tribute to the harbour master\n\nChilean President Tomas Reyk, Peruvian President Ana Ostrova, along with leaders from around the world, mourned the death of the harbour master on Thursday.';
    expect(reactions(text)).toEqual([
      [null, 'Tomas Reyk', 'SUPPORT'],
      [null, 'Ana Ostrova', 'SUPPORT'],
    ]);
  });

  it('a person after a title, a possessive or a body that qualifies them is the subject ("Health Secretary X told", "Velmark\'s X hailed", "EU negotiator X tweeted")', () => {
    const text = `Leaders react to the accord\n\nThe accord was signed on Monday.\n\nHealth Secretary Tomas Velkaro told lawmakers on Monday that a new variant had been identified.\n\nHungary's Ana Ostrova hailed the return of the talks.\n\nEU negotiator Piet Wildam tweeted he was looking forward to working with the new government.\n\nMany leaders, including Maria Bromik, praised the deal.`;
    expect(reactions(text)).toEqual([
      [null, 'Tomas Velkaro', 'CLAIM'],
      [null, 'Ana Ostrova', 'SUPPORT'],
      [null, 'Piet Wildam', 'SUPPORT'],
      [null, 'Maria Bromik', 'SUPPORT'],
    ]);
  });

  it('a person read with the title, after a body or an adjective, is the subject ("IOC President X said", "Federal health minister X said")', () => {
    const text = `Leaders react to the ruling\n\nThe ruling came on Monday.\n\nIOC President Tomas Velkaro said the move would pave the way for neutral athletes.\n\nFederal health minister Ana Ostrova said a range of systems had been activated.`;
    expect(reactions(text)).toEqual([
      [null, 'Tomas Velkaro', 'CLAIM'],
      [null, 'Ana Ostrova', 'CLAIM'],
    ]);
  });
});

describe('reactions: what stands between the actor and the verb (2026-12-06)', () => {
  const HEAD = 'Attack in Halvor condemned\n\n';
  it('"X in a tweet “strongly” condemned", "X in Halvor condemned", "X in a post on Thursday condemned"', () => {
    expect(
      reactions(`${HEAD}Former president Tomas Reyk in a tweet “strongly” condemned the attack and called it a terrorist act.`).map((r) => [r[1], r[2]]),
    ).toEqual([['Tomas Reyk', 'CONDEMNATION']]);
    expect(reactions(`${HEAD}Tomas Reyk in Halvor condemned the attack on the harbour.`).map((r) => [r[1], r[2]])).toEqual([['Tomas Reyk', 'CONDEMNATION']]);
    expect(reactions(`${HEAD}Ann Velden in a post on Thursday condemned the attack on the harbour.`).map((r) => [r[1], r[2]])).toEqual([
      ['Ann Velden', 'CONDEMNATION'],
    ]);
  });
});

describe('reactions: subjects the reader finds without a lexicon (2026-12-06, evening)', () => {
  const HEAD = ACCORD;
  const pairs = (text: string) => reactions(`${HEAD}${text}`).map((r) => [r[1], r[2]]);

  it('an organisation no lexicon knows, by the word its name ends with ("The Ostland Industry Group ... has welcomed")', () => {
    expect(pairs('The Ostland Industry Group, a key voice of manufacturers, has welcomed the accord.')).toEqual([['Ostland Industry Group', 'SUPPORT']]);
    expect(pairs('Velmark Dockworkers Union condemned the accord as a betrayal.')).toEqual([['Velmark Dockworkers Union', 'CONDEMNATION']]);
    // (not a list of actors the lexicon knows, nor an office: "President of the Ostland Farmers Association")
    expect(pairs('The United States and the European Union welcomed the accord.')).toEqual([
      ['United States', 'SUPPORT'],
      ['European Union', 'SUPPORT'],
    ]);
    expect(pairs('President of the Ostland Farmers Association condemned the accord.')).toEqual([]);
    // (the person an organisation and a title describe, not the organisation; no possessive's name, no determiner's run)
    expect(pairs('Velmark Group president Tomas Reyk welcomed the accord.')).toEqual([['Tomas Reyk', 'SUPPORT']]);
    expect(pairs('Velmark’s Industry Group welcomed the accord.').map(([a]) => a)).not.toContain('Velmark’s Industry Group');
    expect(pairs('Several Conference delegates walked out and condemned the accord.')).toEqual([]);
  });

  it('the holder of an office named in apposition after it ("The head of the Halvor Port Commission, Tomas Reyk, expressed")', () => {
    expect(pairs('The head of the Halvor Port Commission, Tomas Reyk, expressed his support for the accord.')).toEqual([['Tomas Reyk', 'SUPPORT']]);
    expect(pairs('President of the Ostland Council, Ann Velden, welcomed the accord.')).toEqual([['Ann Velden', 'SUPPORT']]);
  });

  it('a participle clause between the subject and the verb ("X, recalling a visit, announced"); "extended" a response ("his congratulations"), not a deadline', () => {
    expect(pairs('The United States, treading a careful line with Ostland, on Thursday condemned the accord.')).toEqual([['United States', 'CONDEMNATION']]);
    expect(pairs('Former President Tomas Reyk also extended his congratulations to the negotiators.')).toEqual([['Tomas Reyk', 'SUPPORT']]);
    expect(pairs('The United States extended sanctions on Ostland for another year.')).toEqual([]);
    expect(pairs('President Tomas Reyk extended the deadline by two weeks.')).toEqual([]);
  });
});

describe('reactions: 2026-12-06, night', () => {
  const HEAD = ACCORD;
  const pairs = (text: string) => reactions(`${HEAD}${text}`).map((r) => [r[1], r[2]]);
  const actors = (text: string) => pairs(text).map(([a]) => a);

  it('"The leaders of France, Germany and Italy condemned": the countries whose offices speak', () => {
    expect(actors('The leaders of Chile, Peru and Uruguay condemned the accord.')).toEqual(['Chile', 'Peru', 'Uruguay']);
    expect(actors('Foreign ministries of Chile and Peru condemned the accord.')).toEqual(['Chile', 'Peru']);
    // (offices of no country: no one the reader can name)
    expect(actors('The leaders of the Ostland unions condemned the accord.')).toEqual([]);
  });

  it('"issued a statement expressing regret", "released a joint statement saying": the statement is the response', () => {
    expect(ruled(`${HEAD}Chile issued a statement expressing deep concern over the accord.`)).toEqual([['Chile', 'CONCERN']]);
    expect(actors('Chile and Peru released a joint statement saying the accord was a betrayal.')).toEqual(['Chile', 'Peru']);
    // (a statement issued with no response in it: a fact)
    expect(actors('Chile issued a statement on the timetable of the talks.')).toEqual([]);
    // (a rejection's stance is the rejected words' business: left to the verb "rejected")
    expect(actors('Chile issued a statement rejecting claims that it had backed the rebels.')).toEqual([]);
  });

  it('"condoled" a response; "extended his message of condolence", "extended their heartiest felicitations" too', () => {
    expect(ruled(`${HEAD}Pakistan condoled the deaths in Halvor.`)).toEqual([['Pakistan', 'SUPPORT']]);
    expect(ruled(`${HEAD}Prime Minister Tomas Reyk also extended his message of condolence to the families.`)).toEqual([['Tomas Reyk', 'SUPPORT']]);
    expect(ruled(`${HEAD}President Tomas Reyk extended his heartiest felicitations to the negotiators.`)).toEqual([['Tomas Reyk', 'SUPPORT']]);
  });

  it('"Christian" as a middle name after a given name ("Roch Marc Christian Kaboré tweeted")', () => {
    expect(actors('The President of Burkina Faso, Roch Marc Christian Kaboré, welcomed the accord.')).toContain('Roch Marc Christian Kaboré');
  });
});

describe('reactions: 2026-12-06, late', () => {
  const actors = actorsAfter(ACCORD);

  it('"The foreign affairs ministers of A, B and C welcomed": the countries whose ministers speak', () => {
    expect(actors('The foreign affairs ministers of Chile, Peru and Uruguay also welcomed the accord.')).toEqual(['Chile', 'Peru', 'Uruguay']);
    expect(actors('The foreign ministers of Chile and Peru welcomed the accord.')).toEqual(['Chile', 'Peru']);
  });
});

describe('reactions: lists of actors (2026-12-07)', () => {
  const actors = actorsAfter(ACCORD);

  it('"A, B and C have all condemned", "A and B both welcomed": the quantifier stands between the list and its verb', () => {
    expect(actors('Chile, Peru and Uruguay have all condemned the accord.')).toEqual(['Chile', 'Peru', 'Uruguay']);
    expect(actors('Chile and Peru both welcomed the accord.')).toEqual(['Chile', 'Peru']);
  });

  it('"A and B send condolences": a list (or a headline) takes the plural present', () => {
    expect(actors('Prime Minister Tomas Reyk and President Ann Velden send condolences to the families.')).toEqual(['Tomas Reyk', 'Ann Velden']);
    expect(actors('Chile and Peru condemn the accord.')).toEqual(['Chile', 'Peru']);
  });

  it('"A, B and C were among the leaders who condemned", "... were among those congratulating": the listed actors respond', () => {
    expect(actors('President Tomas Reyk and Prime Minister Ann Velden were among the world leaders who on Wednesday condemned the accord.')).toEqual([
      'Tomas Reyk',
      'Ann Velden',
    ]);
    expect(actors('President Tomas Reyk and Prime Minister Ann Velden were among world leaders congratulating the negotiators.')).toEqual([
      'Tomas Reyk',
      'Ann Velden',
    ]);
    // (among those who stayed silent: the verb after is no response)
    expect(actors('President Tomas Reyk and Prime Minister Ann Velden were among the leaders who attended the signing.')).toEqual([]);
  });

  it('"Leaders from A, B and C issued public statements condemning": the countries speak, the statements respond', () => {
    expect(actors('Leaders from Chile, Peru, and Uruguay also issued public statements condemning the accord.')).toEqual(['Chile', 'Peru', 'Uruguay']);
  });

  it('"A, B and EU leaders offered support": a body\'s leaders at the end of the list are the body', () => {
    expect(actors('President Tomas Reyk and EU leaders offered support to the negotiators.')).toEqual(['Tomas Reyk', 'European Union']);
  });

  it('"including Tchandi Velkar and Ostland\'s Halvor Reyk": a name listed with a person after a possessive is a person too', () => {
    expect(actors("Many leaders, including Tchandi Velkar and Chile's Halvor Reyk hailed the accord.")).toEqual(['Tchandi Velkar', 'Halvor Reyk']);
  });
});

describe('reactions: the review of 2026-12-07', () => {
  const HEAD = 'Ostland reacts to the Halvor vote\n\nThe vote was held in Halvor on Monday.\n\n';
  const actors = actorsAfter(HEAD);

  it('"were among the countries criticised by the UN": without "who", a participle after "among" is passive, no response', () => {
    expect(actors('Chile and Peru were among the countries criticised by the United Nations for the crackdown.')).toEqual([]);
    expect(actors('Tomas Reyk and Ann Velden were among the officials suspended after the scandal.')).toEqual([]);
    expect(actors('Tomas Reyk was among those declared dead at the scene.')).toEqual([]);
  });

  it('the plural present responds only after a list, and the verbs of giving only with a response as their object', () => {
    expect(actors('UK pay growth slowed to 5% in May as inflation fell.')).toEqual([]);
    expect(actors('The EU offer was rejected by Chile on Monday.')).toEqual([]);
    expect(actors('Chile and Peru pay some of the highest fuel taxes in the region.')).toEqual([]);
    expect(actors('Chile and Peru send most of their copper exports to China.')).toEqual([]);
    expect(actors('Chile and Peru welcome about 10,000 refugees a year.')).toEqual([]);
    expect(actors('Tomas Reyk and Ann Velden hail from Halvor.')).toEqual([]);
    // (the shapes the rule is for still respond)
    expect(actors('Chile and Peru send their deepest condolences to the families.')).toEqual(['Chile', 'Peru']);
    expect(actors('Chile and Peru welcome the result of the vote.')).toEqual(['Chile', 'Peru']);
    // (one subject "among the first to" send: the base form after "to")
    expect(actors('President Tomas Reyk was among the first to send his felicitations to the winner.')).toEqual(['Tomas Reyk']);
  });
});

describe('reactions: lists a response names before or after them (2026-12-07, morning)', () => {
  const actors = actorsAfter(ACCORD);
  const stances = (text: string) => reactions(`${ACCORD}${text}`).map((r) => `${r[1]}:${r[2]}`);

  it('"Condemnation also came from A, B and C", "Messages of condolence poured in from A and B": each listed actor, with the noun\'s stance', () => {
    expect(stances('Condemnation of the accord also came from Chile, Peru, Uruguay and the EU.')).toEqual([
      'Chile:CONDEMNATION',
      'Peru:CONDEMNATION',
      'Uruguay:CONDEMNATION',
      'European Union:CONDEMNATION',
    ]);
    expect(stances('Messages of condolence poured in from President Tomas Reyk and Chile.')).toEqual(['Tomas Reyk:SUPPORT', 'Chile:SUPPORT']);
    // (a noun that takes no stance names no response; nor does a list that comes from elsewhere)
    expect(actors('News of the accord came from Chile and Peru.')).toEqual([]);
    expect(actors('Most of the grain came from Chile and Peru.')).toEqual([]);
  });

  it('"Among the leaders who extended condolences were A and B", "Others who condemned it include A and B": the listed actors respond', () => {
    expect(stances('Among the leaders who extended their condolences were President Tomas Reyk and Prime Minister Ann Velden.')).toEqual([
      'Tomas Reyk:SUPPORT',
      'Ann Velden:SUPPORT',
    ]);
    expect(stances('Others who condemned the accord include Tomas Reyk and Ann Velden.')).toEqual(['Tomas Reyk:CONDEMNATION', 'Ann Velden:CONDEMNATION']);
    // (those who did something else are not responding)
    expect(actors('Among the leaders who attended the signing were Tomas Reyk and Ann Velden.')).toEqual([]);
  });

  it('"A and B were among the countries which congratulated", "... among the players to pay tribute": "which" and more kinds of responders', () => {
    expect(actors('Chile, Peru and Uruguay were among the countries which congratulated the negotiators.')).toEqual(['Chile', 'Peru', 'Uruguay']);
    expect(actors('Tomas Reyk and Ann Velden were among the current players to pay tribute.')).toEqual(['Tomas Reyk', 'Ann Velden']);
  });

  it('"The governments of A, B, C, among others, condemned": "among others" stands between the list and its verb', () => {
    expect(actors('The governments of Chile, Peru, Uruguay, among others, condemned the accord on Thursday.')).toEqual(['Chile', 'Peru', 'Uruguay']);
  });

  it('"took to Twitter to pay tribute": the infinitive after the platform is the response', () => {
    expect(actors('Tomas Reyk took to Twitter to pay tribute to the negotiators.')).toEqual(['Tomas Reyk']);
    expect(actors('Tomas Reyk and Ann Velden have taken to Instagram to condemn the accord.')).toEqual(['Tomas Reyk', 'Ann Velden']);
    // (an announcement there is no response)
    expect(actors('Tomas Reyk took to Twitter to announce his retirement.')).toEqual([]);
  });
});

describe('reactions: the review of 2026-12-07, morning', () => {
  const actors = actorsAfter(ACCORD);

  it('"among ... who" responds only when its clause opens with a verb of response: not a passive, nor a clause with another subject', () => {
    expect(actors('Among the countries that were condemned by the UN were Chile and Peru.')).toEqual([]);
    expect(actors('Among the leaders who the rebels criticised were Tomas Reyk and Ann Velden.')).toEqual([]);
    expect(actors('Among the countries that have faced criticism are Chile and Peru.')).toEqual([]);
    expect(actors('Among the countries that receive support from the EU are Chile and Peru.')).toEqual([]);
    expect(actors('Others who were sanctioned include Chile and Peru.')).toEqual([]);
    expect(actors('Among the leaders who attended the summit on support for Halvor were Tomas Reyk and Ann Velden.')).toEqual([]);
  });

  it('the response noun opens its sentence, no comma or clause of its own between it and "came from", and bare "support" is no response', () => {
    expect(actors('Tomas Reyk voiced support for the accord, but the decisive votes came from Chile and Peru.')).toEqual(['Tomas Reyk']);
    expect(actors('Despite international condemnation, the funding came from Chile.')).toEqual([]);
    expect(actors('Condemnation of the accord was swift, and most of the aid came from Chile and Peru.')).toEqual([]);
    expect(actors('The criticism that came from Chile surprised Tomas Reyk.')).toEqual([]);
    expect(actors('Financial support for the project came from Chile and Peru.')).toEqual([]);
    expect(actors('Support for the rebels came from Chile and Peru.')).toEqual([]);
  });

  it('the list stops where a clause follows it ("..., and the United States stayed silent", "..., X said")', () => {
    expect(actors('Condemnation came from Chile and Peru, and the United States remained silent.')).toEqual(['Chile', 'Peru']);
    expect(actors('Among the leaders who condemned the accord were Chile and Peru, and the United States stayed silent.')).toEqual(['Chile', 'Peru']);
    expect(actors('Condemnation came from Chile, Peru and Uruguay, Tomas Reyk said.')).toEqual(['Chile', 'Peru', 'Uruguay']);
  });

  it('the summary is the sentence, not the bare noun', () => {
    const found = parseExplainer(`${ACCORD}Tributes came from Tomas Reyk and Ann Velden.`, ref).sections.flatMap((s) => s.reactions);
    expect(found.map((r) => r.summary)).toEqual(['Tributes came from Tomas Reyk and Ann Velden.', 'Tributes came from Tomas Reyk and Ann Velden.']);
  });

  it('"took to twitter on Monday to", "took to X, formerly Twitter, to": the platform in lower case, a day or its old name between', () => {
    expect(actors('Tomas Reyk took to twitter on Monday to pay tribute to the negotiators.')).toEqual(['Tomas Reyk']);
    expect(actors('Tomas Reyk took to X, formerly Twitter, to condemn the accord.')).toEqual(['Tomas Reyk']);
  });
});

describe('reactions: 2026-12-07, verbs of criticism and thanks after "took to Twitter to" and after a list', () => {
  const actors = actorsAfter(ACCORD);

  it('"took to Twitter to criticise", "took to X to thank", "Chile and Peru criticise": the base form responds', () => {
    expect(actors('Tomas Reyk took to Twitter to criticise the accord.')).toEqual(['Tomas Reyk']);
    expect(actors('Tomas Reyk took to X to thank the negotiators.')).toEqual(['Tomas Reyk']);
    expect(actors('Chile and Peru criticize the accord.')).toEqual(['Chile', 'Peru']);
    expect(actors('Chile and Peru commend the negotiators.')).toEqual(['Chile', 'Peru']);
  });

  it('the review of 2026-12-07, mid-morning: "thank-you notes" and "thank you for reading" are no response', () => {
    expect(actors('Chile and Peru thank-you notes were sent to the negotiators.')).toEqual([]);
    expect(actors('Tomas Reyk and Ann Velden thank you for reading.')).toEqual([]);
  });
});
