import { parseExplainer } from '../../src/importer/parse-explainer';
import { findMentions, personNames, readableCase, withoutTitles } from '../../src/importer/mentions';
import { TO_VERB } from '../../src/importer/speakers';
import { fullerName } from '../../src/importer/resolve-speakers';
import { splitSentences } from '../../src/importer/sentences';

// Who speaks each quote: named, pronoun, role, sign-off, heading actor; never an addressed person; null when
// the text does not tell. Short made-up texts, not corpus texts.
const ref = { referenceDate: new Date('2023-06-01T00:00:00Z') };
const speakers = (text: string) => {
  const d = parseExplainer(text, ref);
  return d.sections.flatMap((s) => s.quotes.map((q) => [q.text, q.speaker]));
};
const HEAD = 'Leaders react to the border accord\n\n';
/** The persons a sentence names, read alone. */
const persons = (s: string) => findMentions(s, { people: new Map(), acronyms: new Map(), home: null }).flatMap((m) => (m.kind === 'PERSON' ? [m.name] : []));
/** The names of every mention a sentence holds, read alone. */
const mentionNames = (s: string) => findMentions(s, { people: new Map(), acronyms: new Map(), home: null }).map((m) => m.name);

describe('quote speakers', () => {
  it('"“…,” said <employer> <job>, <name>.": the name after the job’s comma speaks', () => {
    expect(speakers(`${HEAD}“The harbour will reopen on Monday next week,” said Halvor board chairperson, Mpilo Dakwe.`)).toEqual([
      ['The harbour will reopen on Monday next week', 'Mpilo Dakwe'],
    ]);
    // A preposition or a possessive before the comma: the name is whom the words were said to.
    expect(speakers(`${HEAD}“I am proud of you all today,” said Ann Velden to her son, Mpilo Dakwe.`)).toEqual([['I am proud of you all today', null]]);
  });

  it('an honour after a name ("OBE", "QC") is no part of the speaker, and the apposition after it names the employer', () => {
    const text = `${HEAD}Professor Tomas Reyk OBE, harbour director at the Halvor Port Authority, said, “The harbour will reopen on Monday next week.”`;
    expect(speakers(text)).toEqual([['The harbour will reopen on Monday next week.', 'Tomas Reyk']]);
    const d = parseExplainer(text, ref);
    expect(d.sources.map((s) => s.name)).toEqual(['Halvor Port Authority']);
    expect(speakers(`${HEAD}“The defence will call no witnesses today,” said Ann Velden QC.`)).toEqual([
      ['The defence will call no witnesses today', 'Ann Velden'],
    ]);
    // Two honours, an apposition right after them (the role alone), and the speaker's apposition after an inverted verb.
    const two = `${HEAD}Professor Ann Velden CBE FRS, director at the Halvor Port Authority, said, “The harbour will reopen on Monday next week.”`;
    expect(speakers(two)).toEqual([['The harbour will reopen on Monday next week.', 'Ann Velden']]);
    expect(parseExplainer(two, ref).sources.map((s) => s.name)).toEqual(['Halvor Port Authority']);
    const inverted = `${HEAD}“The harbour will reopen on Monday next week,” said Tomas Reyk QC, chair of the Halvor Port Authority.`;
    expect(speakers(inverted)).toEqual([['The harbour will reopen on Monday next week', 'Tomas Reyk']]);
    expect(parseExplainer(inverted, ref).sources.map((s) => s.name)).toEqual(['Halvor Port Authority']);
  });

  it('a determiner before "party" names no party ("No party won", "Both party leaders", "The party said")', () => {
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    for (const s of ['No party won a majority.', 'Both party leaders spoke.', 'The party said it would appeal.'])
      expect(findMentions(s, ctx).filter((m) => m.kind === 'ORG')).toEqual([]);
    expect(findMentions('The Harbour Workers party said it would appeal.', ctx).map((m) => m.name)).toEqual(['Harbour Workers']);
  });

  it("a straight single mark opens a quote before a lower-case word too ('malicious and completely baseless,'), not an apostrophe", () => {
    const text = `${HEAD}Tomas Reyk called the claims 'malicious and completely baseless,' in a statement on Monday.\n\nThe workers' union and the teachers' pay deal were agreed by the harbour 'board' last week.`;
    expect(speakers(text)).toEqual([['malicious and completely baseless', 'Tomas Reyk']]);
  });

  it('a title-case headline\'s auxiliary ends a name only after its first word: "Are Kalvø" is a name', () => {
    const text = `${HEAD}Are Kalvø, director at the Halvor Port Authority, said the plan was “a disgrace to all of us”.`;
    expect(speakers(text)).toEqual([['a disgrace to all of us', 'Are Kalvø']]);
  });

  it('a noun for what a person is before a full name ("Passenger", "Villager") is no part of the name', () => {
    const text = `${HEAD}Passenger Tomas Reyk said the carriage “flew across the whole of the train” before it stopped.\n\nVillager Ann Velden said, “We heard the crash from our houses on the hill.”`;
    expect(speakers(text)).toEqual([
      ['flew across the whole of the train', 'Tomas Reyk'],
      ['We heard the crash from our houses on the hill.', 'Ann Velden'],
    ]);
  });

  it('"“…,” X and his wife Y said": a pair speaks, neither alone; a title with "and" is no pair', () => {
    expect(speakers(`${HEAD}Tomas Reyk arrived. “The harbour was his life’s work,” Reyk and his wife Ann Reyk said in a statement.`)).toEqual([
      ['The harbour was his life’s work', null],
    ]);
    expect(speakers(`${HEAD}“The harbour was his life’s work,” he and his wife Ann Reyk said in a statement.`)).toEqual([
      ['The harbour was his life’s work', null],
    ]);
    expect(speakers(`${HEAD}“The harbour was his life’s work,” company President and CEO Ann Reyk said.`)).toEqual([
      ['The harbour was his life’s work', 'Ann Reyk'],
    ]);
  });

  it('"according to X of <outlet>": a digest names the reporter whose report it quotes, no speaker', () => {
    expect(speakers(`${HEAD}The crew were "banned from sailing for twelve months," according to Tomas Reyk of the HARBOUR NEWS.`)).toEqual([
      ['banned from sailing for twelve months', null],
    ]);
    expect(speakers(`${HEAD}The crew were "banned from sailing for twelve months," according to Tomas Reyk of the harbour authority.`)).toEqual([
      ['banned from sailing for twelve months', 'Tomas Reyk'],
    ]);
    // An agency is no outlet.
    expect(speakers(`${HEAD}The crew were "banned from sailing for twelve months," according to Tomas Reyk of the Harbour Protection Agency.`)).toEqual([
      ['banned from sailing for twelve months', 'Tomas Reyk'],
    ]);
  });

  it('a clause of another subject between a name and the quote: that subject’s words, no one’s if it was not read', () => {
    const text = `${HEAD}Harbour master Tomas Reyk called him the best captain ever, and Velo paid tribute to “my brother, my friend, my captain” as well.`;
    expect(speakers(text)).toEqual([['my brother, my friend, my captain', null]]);
    // Without the other subject the name speaks on.
    expect(
      speakers(`${HEAD}Harbour master Tomas Reyk called him the best captain ever and paid tribute to “my brother, my friend, my captain” as well.`),
    ).toEqual([['my brother, my friend, my captain', 'Tomas Reyk']]);
    // A clause inside what the name reported is no other subject's.
    expect(speakers(`${HEAD}Harbour master Tomas Reyk said Velden and Ostra needed “more aid for the farmers now”.`)).toEqual([
      ['more aid for the farmers now', 'Tomas Reyk'],
    ]);
  });

  it('a name before a speech verb, with an apposition in between', () => {
    expect(speakers(`${HEAD}Mara Velden, a senior analyst at the Halvor Institute, said: "The accord will hold for a long while."`)).toEqual([
      ['The accord will hold for a long while.', 'Mara Velden'],
    ]);
  });

  it('a name after the quote, with a job in front of it and a title word dropped', () => {
    expect(speakers(`${HEAD}"We will keep the crossings open every day," said union lawyer Tomas Reyk.`)).toEqual([
      ['We will keep the crossings open every day', 'Tomas Reyk'],
    ]);
    expect(speakers(`${HEAD}"We will keep the crossings open every day," Harbour Mayor Tomas Reyk said.`)).toEqual([
      ['We will keep the crossings open every day', 'Tomas Reyk'],
    ]);
  });

  it('"he said" goes to the nearest person named as a subject, never to one only addressed', () => {
    const text = `${HEAD}Envoy Lena Ostrova sent a letter to President Karl Brandt on Monday.\n\n"I urge you to sign the accord without delay," she wrote.`;
    expect(speakers(text)).toEqual([['I urge you to sign the accord without delay', 'Lena Ostrova']]);
    // The only person named is addressed: nobody is left to be "he".
    expect(speakers(`${HEAD}A letter was sent to President Karl Brandt on Monday.\n\n"I urge you to sign the accord without delay," he wrote.`)).toEqual([
      ['I urge you to sign the accord without delay', null],
    ]);
  });

  it('a surname goes to the person a round-up heading names in full', () => {
    const text = `${HEAD}Harbour Mayor Tomas Reyk\n\nReyk called the accord "a fair deal for every family on both sides".\n\nFinance Minister Lena Ostrova\n\nOstrova said she was "deeply relieved by the news from the border".`;
    expect(speakers(text)).toEqual([
      ['a fair deal for every family on both sides', 'Tomas Reyk'],
      ['deeply relieved by the news from the border', 'Lena Ostrova'],
    ]);
  });

  it('an unnamed spokesperson speaks for the body named earlier, also when "the spokesperson" adds more', () => {
    const text = `${HEAD}Austria's Foreign Ministry said on Monday the accord was a good start.\n\n"The accord opens every crossing on the border," a spokesperson for the ministry said.\n\n"More talks will follow within a month," the spokesperson added.`;
    expect(speakers(text)).toEqual([
      ['The accord opens every crossing on the border', 'Austria Foreign Ministry'],
      ['More talks will follow within a month', 'Austria Foreign Ministry'],
    ]);
    // No body of that kind named before: nobody to give the words to.
    expect(speakers(`${HEAD}"The accord opens every crossing on the border," a spokesperson for the ministry said.`)).toEqual([
      ['The accord opens every crossing on the border', null],
    ]);
  });

  it('a surname of two words goes to the one person the text names in full with it', () => {
    const text = `${HEAD}Interior Minister Matus Sutaj Estok spoke to reporters on Monday.\n\n"These are only hypotheses within an ongoing investigation," Sutaj Estok said.`;
    expect(speakers(text)).toEqual([['These are only hypotheses within an ongoing investigation', 'Matus Sutaj Estok']]);
  });

  it('a name whose words stand in a row in the one longer name of the text is that person, named in full', () => {
    const text = `${HEAD}Foreign Minister Prince Tariq bin Hamdan told reporters: "The accord is a page turned for the region."\n\nPrince Tariq said: "This accord sends a message to the whole world today."`;
    expect(speakers(text)).toEqual([
      ['The accord is a page turned for the region.', 'Prince Tariq bin Hamdan'],
      ['This accord sends a message to the whole world today.', 'Prince Tariq bin Hamdan'],
    ]);
    const two = `${HEAD}Prince Tariq bin Hamdan and Prince Tariq Hassan spoke on Monday.\n\nPrince Tariq said: "This accord sends a message to the whole world today."`;
    expect(speakers(two)).toEqual([['This accord sends a message to the whole world today.', 'Prince Tariq']]);
  });

  it('a body right after the quote speaks it: "according to the X", "the X Administration said"', () => {
    const a = `${HEAD}The Harbour Safety Commission (HSC) opened a review.\n\n"Ships should stop using the northern channel at once," according to the HSC.`;
    expect(speakers(a)).toEqual([['Ships should stop using the northern channel at once', 'Harbour Safety Commission']]);
    const b = `${HEAD}"Ships should stop using the northern channel at once," the Harbour Traffic Administration said in an email.`;
    expect(speakers(b)).toEqual([['Ships should stop using the northern channel at once', 'Harbour Traffic Administration']]);
  });

  it('"said a <body> spokeswoman", "a <body> spokesman said": the body speaks; "indicated" is a verb of speech', () => {
    const a = `${HEAD}"The crews are safe and well tonight," a Halvor Shipping spokesman said.`;
    expect(speakers(a)).toEqual([['The crews are safe and well tonight', 'Halvor Shipping']]);
    const b = `${HEAD}"The crews are safe and well tonight," said a Halvor Shipping spokeswoman.`;
    expect(speakers(b)).toEqual([['The crews are safe and well tonight', 'Halvor Shipping']]);
    const c = `${HEAD}"About 100 ships have reportedly been hit in the channel," the Harbour Safety Commission indicated.`;
    expect(speakers(c)).toEqual([['About 100 ships have reportedly been hit in the channel', 'Harbour Safety Commission']]);
  });

  it('a person the text says has died speaks no quote by heading, pronoun or run; one given to them in so many words stays', () => {
    const text = [
      'Tributes to Tomas Reyk',
      '',
      'Tributes are pouring in for the harbour master Tomas Reyk, who has died at the age of 80.',
      '',
      'Tomas Reyk',
      '',
      '"He was the best harbour master this port ever had, and a friend to every crew."',
      '',
      'Reyk once said: "The sea decides, not us."',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['He was the best harbour master this port ever had, and a friend to every crew.', null],
      ['The sea decides, not us.', 'Tomas Reyk'],
    ]);
  });

  it('an acronym in brackets between a body and its verb: "The X (XYZ) said in a statement:"', () => {
    const text = `${HEAD}The Halvor Shipping Company (HSC) said in a statement: "Our port has lost a colossus and a friend today."`;
    expect(speakers(text)).toEqual([['Our port has lost a colossus and a friend today.', 'Halvor Shipping Company']]);
  });

  it('"the South African President further added": a demonym of two words and "further" before the verb', () => {
    const text = `${HEAD}South African President Anna Berg spoke on Monday. "We wish the harbour well," Berg said.\n\n"The port has shown what a small nation can do," the South African President further added.`;
    expect(speakers(text)).toEqual([
      ['We wish the harbour well', 'Anna Berg'],
      ['The port has shown what a small nation can do', 'Anna Berg'],
    ]);
  });

  it('a performer known by one name after the job speaks ("Fellow singer Lorna also tweeted", "Model Ivo, who …, wrote")', () => {
    const a = `${HEAD}Fellow singer Lorna also tweeted her shock at the news: "I cannot believe this, rest in peace my friend."`;
    expect(speakers(a)).toEqual([['I cannot believe this, rest in peace my friend.', 'Lorna']]);
    const b = `${HEAD}Model Ivo, who sailed with him for years, wrote: "So sad to hear of his passing, one of the greats."`;
    expect(speakers(b)).toEqual([['So sad to hear of his passing, one of the greats.', 'Ivo']]);
  });

  it('"said Mr X in a brief statement", "wrote X on Twitter": a phrase of where or how after the inverted name', () => {
    const text = `${HEAD}Foreign Minister Tomas Reyk met the crews.\n\n"We are aware of an incident at the port," said Mr Reyk in a brief statement.\n\n"The crews are safe tonight," wrote Reyk on Twitter.`;
    expect(speakers(text)).toEqual([
      ['We are aware of an incident at the port', 'Tomas Reyk'],
      ['The crews are safe tonight', 'Tomas Reyk'],
    ]);
  });

  it('a participle or a greeting opening a line is no part of the name after it, and names an object', () => {
    const text = `${HEAD}Opposition leader Anna Berg spoke in Tromsvik.\n\nCriticising Reyk, she said, "If Reyk can pay for his own guards, he can pay for the port."`;
    expect(speakers(text)).toEqual([['If Reyk can pay for his own guards, he can pay for the port.', 'Anna Berg']]);
    // The person after the participle is its object, not the one speaking.
    const object = `${HEAD}Opposition leader Tomas Berg spoke in Tromsvik.\n\nCriticising Ivo Reyk, he said, "If Reyk can pay for his own guards, he can pay for the port."`;
    expect(speakers(object)).toEqual([['If Reyk can pay for his own guards, he can pay for the port.', 'Tomas Berg']]);
  });

  it('"the FO said" after "the Foreign Office": a state body\'s bare name says not whose it is, so no speaker', () => {
    const text = `${HEAD}Norway condemned the attack, according to a statement by the Foreign Office.\n\n"Norway stands with the port workers today," the FO said.`;
    expect(speakers(text)).toEqual([['Norway stands with the port workers today', null]]);
  });

  it('"He added that President X was …": a person named after the pronoun is no speaker of the quote that follows', () => {
    const text = `${HEAD}Economist Anna Berg spoke on Monday.\n\nHe added that President Tomas Reyk was battling to hold his party together.\n\n"That is a factor I believe weakened the currency."`;
    const got = speakers(text);
    expect(got.length).toBe(1);
    expect(got[0][1]).not.toBe('Tomas Reyk');
  });

  it('"Xylo said." between a named speaker and "he said": someone the finder could not name stands between, so no speaker', () => {
    const text = `${HEAD}"We condemn the attack on the port," said spokesman Tomas Reyk.\n\n"I also feel unprotected at the harbour," Xylo said.\n\nCriticising the mayor, he said, "If the mayor can pay for guards, he can pay for the port."`;
    const got = speakers(text);
    expect(got[0][1]).toBe('Tomas Reyk');
    expect(got[2]).toEqual(['If the mayor can pay for guards, he can pay for the port.', null]);
  });

  it('"A spokesperson for PandaFest said: “…”": the body before the quote, a name no lexicon knows included', () => {
    const a = `${HEAD}A spokesperson for HarbourFest said: "It is with a heavy heart that we cancel this year."`;
    expect(speakers(a)).toEqual([['It is with a heavy heart that we cancel this year.', 'HarbourFest']]);
    const b = `${HEAD}The Harbour Racing Association cancelled the race. A spokesman for the association said: "We are heartbroken about this year."`;
    expect(speakers(b)).toEqual([['We are heartbroken about this year.', 'Harbour Racing Association']]);
  });

  it('Malaysian honours are titles, not names ("Datuk Seri", "Tan Sri"), but a given name "Sri" stays', () => {
    const text = `${HEAD}Present were Trade Minister Datuk Seri Amran Hafiz Omar and others.\n\nAmran Hafiz said: "The border accord is good for every trader here."`;
    expect(speakers(text)).toEqual([['The border accord is good for every trader here.', 'Amran Hafiz Omar']]);
    expect(withoutTitles('Tan Sri Amran Hafiz')).toBe('Amran Hafiz');
    expect(withoutTitles('Sri Mulyani Indrawati')).toBe('Sri Mulyani Indrawati');
  });

  it('a middle initial, a lower-case "al" and an employer\'s possessive are read as parts of a name, or not', () => {
    expect(speakers(`${HEAD}"My thoughts are with those affected by the storm," said President George W. Bush.`)).toEqual([
      ['My thoughts are with those affected by the storm', 'George W. Bush'],
    ]);
    const text = `${HEAD}The army is led by General Abdel Fattah al Burhan.\n\n"We are open to talks if they are fair," Burhan said.`;
    expect(speakers(text)).toEqual([['We are open to talks if they are fair', 'Abdel Fattah al Burhan']]);
    expect(speakers(`${HEAD}"The right thing to do is the hard thing to do," said Ibec's Danny McCoy.`)).toEqual([
      ['The right thing to do is the hard thing to do', 'Danny McCoy'],
    ]);
  });

  it('a title in the plural before a name is no part of it ("Ambassadors Koshikawa Kazuhiko of Japan and ...")', () => {
    expect(withoutTitles('Ambassadors Karl Brandt')).toBe('Karl Brandt');
    expect(withoutTitles('Senators Lena Ostrova')).toBe('Lena Ostrova');
  });

  it('a round-up heading in capitals keeps "Le" of a surname in capitals, "de la" in lower case', () => {
    // A marked heading: what is tested is how its actor is read, not whether the line is a heading.
    const text = `${HEAD}## FAR-RIGHT LEADER MARINE LE PEN\n\n"The verdict is a denial of democracy for us all."\n\nMore reactions are expected.`;
    expect(speakers(text)).toEqual([['The verdict is a denial of democracy for us all.', 'Marine Le Pen']]);
  });

  it('a first name alone goes to the one person of the text who has it', () => {
    const text = `${HEAD}Harbour Mayor Tomas Reyk signed the accord on Monday.\n\nTomas has called the accord "a fair deal for every family on both sides".`;
    expect(speakers(text)).toEqual([['a fair deal for every family on both sides', 'Tomas Reyk']]);
    // Two people share the first name: it could be either, so nobody.
    const two = `${HEAD}Harbour Mayor Tomas Reyk and Finance Minister Tomas Berg signed the accord on Monday.\n\nTomas has called the accord "a fair deal for every family on both sides".`;
    expect(speakers(two)).toEqual([['a fair deal for every family on both sides', null]]);
  });

  it('a party label before a name marks a person, and a participle clause ("vowing") introduces the quote', () => {
    const text = `${HEAD}Both parties welcomed the news, with the mayor praising the talks and Democrat Lena Ostrova vowing "we will keep every crossing open".\n\nOstrova later said "the accord is the work of many hands on both sides".`;
    expect(speakers(text)).toEqual([
      ['we will keep every crossing open', 'Lena Ostrova'],
      ['the accord is the work of many hands on both sides', 'Lena Ostrova'],
    ]);
  });

  it('a subject that deplores or denounces in quoted words speaks them', () => {
    expect(speakers(`${HEAD}Finance Minister Lena Ostrova deplored "the slow and costly talks of the past year".`)).toEqual([
      ['the slow and costly talks of the past year', 'Lena Ostrova'],
    ]);
  });

  it('a name inside quoted words is spoken to, not speaking', () => {
    const text = `${HEAD}Austrian President Karl Brandt also wrote to Lena Ostrova. "Dear Lena," he wrote, "the accord must be signed without delay."`;
    // "Dear Lena" is too short to be a quote of its own (at least four words).
    expect(speakers(text)).toEqual([['the accord must be signed without delay.', 'Karl Brandt']]);
  });

  it('a pronoun may go to the one person a question heading names, and a colon may introduce the quote', () => {
    const text = `Talks on the accord\n\nIs Chancellor Karl Brandt signing the accord?\n\nNot yet. He announced on Monday that, "for the good of the country", he would wait.\n\nWho else is involved?\n\nThe talks drew envoys from many places, says Lena Ostrova, a historian at the Halvor Institute.\n\nAnd she sees one common thread: "Nobody wants to be the first to walk away from the table."`;
    expect(speakers(text)).toEqual([
      ['for the good of the country', 'Karl Brandt'],
      ['Nobody wants to be the first to walk away from the table.', 'Lena Ostrova'],
    ]);
  });

  it('"he said" stays null when another person or an unnamed official could be meant', () => {
    // Two subjects in the sentence before: either may be "he".
    const two = `${HEAD}Karl Brandt said Tomas Reyk had left the talks.\n\n"We cannot sign this accord today," he said.`;
    expect(speakers(two)).toEqual([['We cannot sign this accord today', null]]);
    // The one named person is addressed, and an official the text does not name speaks in between.
    const official = `${HEAD}President Karl Brandt ordered the troops across the border on Monday. The UN secretary-general told reporters the world was watching.\n\n"In the name of humanity, bring your troops home," he said.`;
    expect(speakers(official)).toEqual([['In the name of humanity, bring your troops home', null]]);
    // A person only mentioned ("the work of X") does not compete with the subject.
    const mentioned = `${HEAD}Karl Brandt praised the work of envoy Tomas Reyk and his team.\n\n"This accord is a fair deal for both sides," he told reporters.`;
    expect(speakers(mentioned)).toEqual([['This accord is a fair deal for both sides', 'Karl Brandt']]);
  });

  it('"he said" never goes to an organisation read as a name, nor to a subject more than four sentences back', () => {
    const org = `${HEAD}Halvor Sciences Corp built the rocket. Engineers said the launch failed at lift-off.\n\n"The loss of this rocket is a very hard blow," he said.`;
    expect(speakers(org)).toEqual([['The loss of this rocket is a very hard blow', null]]);
    const far = `${HEAD}Karl Brandt arrived on Monday. The talks began at noon. They lasted six hours. Both sides ate lunch. The press waited outside.\n\n"The talks were long but fair to everyone," he said.`;
    expect(speakers(far)).toEqual([['The talks were long but fair to everyone', null]]);
  });

  it('a round-up heading set in capitals names its actor; a heading with a verb names none', () => {
    const text = `${HEAD}Here are some reactions:\n\nNORWEGIAN PRIME MINISTER KARL BRANDT\n\n"We welcome this accord with all our hearts."\n\n"Brandt said the talks were fair," Reyk wrote.\n\nTHE EU FOREIGN OFFICE\n\n"The EU will watch the border closely from now on."`;
    const got = speakers(text);
    expect(got[0]).toEqual(['We welcome this accord with all our hearts.', 'Karl Brandt']);
    // "JOE" is a name in a heading set in capitals; "EU", written so in the text, stays an acronym. (Two entries: a
    // single line in capitals over one quote is as likely a kicker the heading model leaves in the text.)
    expect(
      speakers(
        `${HEAD}Leaders around the world responded on Sunday to the accord signed at the border.\n\nUS PRESIDENT JOE BRANDT\n\n"We do not support this at all," Brandt said.\n\nFRENCH PRESIDENT ANN LEVRE\n\n"We will study the text with care," Levre said.\n\nThe EU said nothing.`,
      ),
    ).toEqual([
      ['We do not support this at all', 'Joe Brandt'],
      ['We will study the text with care', 'Ann Levre'],
    ]);
    // "World pays tribute as Queen Ann Lee dies": the heading is about her; she speaks none of the quotes below.
    expect(speakers(`${HEAD}Tributes\n\nWorld pays tribute as Queen Ann Lee dies\n\n"An historic reign has come to an end at last."`)).toEqual([
      ['An historic reign has come to an end at last.', null],
    ]);
  });

  it('reporting verbs beyond "said" ("assured", "reiterated") name the speaker after the quote', () => {
    expect(speakers(`${HEAD}Karl Brandt spoke on Friday.\n\n"We have adapted to life under the accord," Brandt assured.`)).toEqual([
      ['We have adapted to life under the accord', 'Karl Brandt'],
    ]);
  });

  it('"it said", "the company said", "the statement says" go to the one body named just before; a body only named after a preposition is none', () => {
    expect(
      speakers(`${HEAD}The Norwegian foreign ministry closed the crossing on Monday.\n\n"The crossing stays closed until further notice," it said.`),
    ).toEqual([['The crossing stays closed until further notice', 'Norwegian Foreign Ministry']]);
    expect(
      speakers(`${HEAD}The Halvor Institute said in a statement that the accord was sound.\n\n"The accord will stand the test of time," the statement says.`),
    ).toEqual([['The accord will stand the test of time', 'Halvor Institute']]);
    // Two bodies acted just before: "it" could be either.
    expect(
      speakers(
        `${HEAD}The Halvor Institute praised the accord. The Norwegian foreign ministry closed the crossing.\n\n"We will not reopen it this week at all," it said.`,
      ),
    ).toEqual([['We will not reopen it this week at all', null]]);
    // The body is only the one a filing was made with.
    expect(
      speakers(`${HEAD}In a filing with the Halvor Institute, the firm put its costs at $4m.\n\n"Costs may rise as the review goes on," it said.`),
    ).toEqual([['Costs may rise as the review goes on', null]]);
  });

  it('a name inside the quoted words does not stop a quote standing alone from going to its round-up heading actor', () => {
    const text = `${HEAD}Here are some reactions:\n\nNorwegian Prime Minister Karl Brandt\n\n"Lena Ostrova must understand that this result is hard to believe."`;
    expect(speakers(text)).toEqual([['Lena Ostrova must understand that this result is hard to believe.', 'Karl Brandt']]);
  });

  it('an apostrophe inside a word of an apposition is no quote mark ("Russia’s")', () => {
    const text = `${HEAD}Karl Brandt, whose country’s border was closed, said to reporters that “the accord is a fair deal for both sides”.`;
    expect(speakers(text)).toEqual([['the accord is a fair deal for both sides', 'Karl Brandt']]);
    // What stands between the subject and the quote: an apposition with an apostrophe, then the speech verb.
    expect(TO_VERB.test(', whose country’s border was closed, said to reporters that ')).toBe(true);
    // A closing single mark is a quote's end, not an apostrophe.
    expect(TO_VERB.test(', whose ‘border’ was closed, said to reporters that ')).toBe(false);
  });

  it("straight single marks quote words that open on a capital ('We are reviewing it,' Halvor told Reuters); apostrophes do not", () => {
    expect(speakers(`${HEAD}'We are reviewing the decision and will keep talking to the regulator,' Karl Brandt told Reuters.`)).toEqual([
      ['We are reviewing the decision and will keep talking to the regulator', 'Karl Brandt'],
    ]);
    // An apostrophe inside words, a plural possessive and rock 'n' roll open nothing.
    expect(speakers(`${HEAD}Karl Brandt said the players' union won't sign the deal that rock 'n' roll fans backed.`)).toEqual([]);
  });

  it('a paragraph opened by a straight single mark before a capital quotes on to its end, over paragraphs as wire copy runs; one opened by a curly mark may close with a straight one', () => {
    // (a statement printed a paragraph at a time under its author's name line: each paragraph opens, only the last closes)
    const run = `${HEAD}Halvor Institute director Ann Velden\n\n'We are ready to discuss these proposals with the Government before the summer.\n\n'We need to ask whether now is the right time to embark on such a costly venture.'`;
    expect(speakers(run)).toEqual([
      ['We are ready to discuss these proposals with the Government before the summer', 'Ann Velden'],
      ['We need to ask whether now is the right time to embark on such a costly venture.', 'Ann Velden'],
    ]);
    const mixed = `${HEAD}Halvor Institute director Ann Velden\n\n‘We may not have won this particular battle but we will still fight for the harbour.'`;
    expect(speakers(mixed)).toEqual([['We may not have won this particular battle but we will still fight for the harbour.', 'Ann Velden']]);
    // (an apostrophe opening a paragraph before a lower-case word or a number opens nothing)
    expect(speakers(`${HEAD}'90s pop is back in the charts, and the harbour festival will book three bands this summer.`)).toEqual([]);
  });

  it("a straight single mark opening a paragraph opens no quote in a word's apostrophe ('Tis, 'Ndrangheta) or before a mark that closes words the quote patterns did not take", () => {
    expect(speakers(`${HEAD}'Ndrangheta bosses control much of the cocaine trade in Europe, prosecutors said.`)).toEqual([]);
    expect(speakers(`${HEAD}'Tis the season for the harbour festival, the mayor said on Monday.`)).toEqual([]);
    expect(speakers(`${HEAD}'Made in Halvor'-star Ann Velden said the harbour festival would go ahead this summer.`)).toEqual([]);
  });

  it('a sentence closed by its speaker ("..., Brandt said.") or attributed "according to" a person speaks its quoted words', () => {
    expect(speakers(`${HEAD}Karl Brandt spoke first.\n\nInspectors are still processing a “very complex and very challenging” crossing, Brandt said.`)).toEqual(
      [['very complex and very challenging', 'Karl Brandt']],
    );
    expect(
      speakers(`${HEAD}The accord has a “very unusual set of guarantees for both sides,” according to Lena Ostrova, director of the Halvor Institute.`),
    ).toEqual([['very unusual set of guarantees for both sides', 'Lena Ostrova']]);
    // "according to" a title read as a name is no one.
    expect(
      speakers(`${HEAD}The accord is, according to High Representative for Foreign Affairs Lena Ostrova, “one of the toughest to date”.`),
    ).not.toContainEqual(['one of the toughest to date', 'High Representative']);
  });

  it('a quote standing alone right after a body spoke continues the body', () => {
    const text = `${HEAD}The Norwegian foreign ministry closed the crossing.\n\n"The crossing stays closed until further notice," it said. "We will review it every week from now on."`;
    expect(speakers(text)).toEqual([
      ['The crossing stays closed until further notice', 'Norwegian Foreign Ministry'],
      ['We will review it every week from now on.', 'Norwegian Foreign Ministry'],
    ]);
  });

  it('an occupation or a sentence word in front of a full name is no part of it ("Singer Olly Reyk", "If Karl Brandt")', () => {
    expect(speakers(`${HEAD}Singer Olly Reyk wrote on Instagram: "We always had a good laugh together on the road."`)).toEqual([
      ['We always had a good laugh together on the road.', 'Olly Reyk'],
    ]);
    expect(personNames('If Karl Brandt said the accord holds, it holds.')).toEqual(['Karl Brandt']);
  });

  it('an acronym the text spells out elsewhere speaks under the long name; a capitalised role is a role, not a person', () => {
    const text = `${HEAD}The Harbour Transport Authority says the crossing is closed.\n\n"We are aware of the delays at the crossing today," the HTA said.`;
    expect(speakers(text)).toEqual([['We are aware of the delays at the crossing today', 'Harbour Transport Authority']]);
    const role = `${HEAD}French leader Karl Brandt welcomed the accord.\n\n"Together we will take up the common challenges," the French President said.`;
    // "the French President" is no one's name: the one French person with that title, or no one (here: no one).
    expect(speakers(role)).toEqual([['Together we will take up the common challenges', null]]);
    const commissioner = `${HEAD}Police Commissioner Ian Stone spoke on Monday.\n\n"There is no threat to the public at this time," the commissioner said.`;
    expect(speakers(commissioner)).toEqual([['There is no threat to the public at this time', 'Ian Stone']]);
  });

  it('a quote standing alone continues the last speaker only when no quote without a speaker came between', () => {
    const text = `${HEAD}Ann Lee said, "We will sail on through the storm." Olly Brandt was asked about it, "It was the best summer of all." "We sailed every single day that year."`;
    // Olly Brandt's quote has no speaker the importer can tell ("was asked"): the quote after it is not Ann Lee's
    // (it is the person's whom the sentence before has as its one subject).
    expect(speakers(text)).toEqual([
      ['We will sail on through the storm.', 'Ann Lee'],
      ['It was the best summer of all.', null],
      ['We sailed every single day that year.', 'Olly Brandt'],
    ]);
  });

  it('"the company said" never goes to a state body or an agency', () => {
    const text = `${HEAD}The Consumer Product Safety Commission announced the recall of the Halvor bike.\n\n"The seat may break during use," the company said.`;
    expect(speakers(text)).toEqual([['The seat may break during use', null]]);
  });

  it('titles and jobs the person finder kept in a name go ("United Defender Luke Reyk", "Emergency Management Minister Ann Lee")', () => {
    const text = `${HEAD}Reactions:\n\nHALVOR UNITED DEFENDER LUKE REYK\n\n"Days like today are not easy for anyone at the club."\n\nEmergency Management Minister Ann Lee said the port was safe. "This past week has been hard for many people."`;
    expect(speakers(text).map(([, sp]) => sp)).toEqual(['Luke Reyk', 'Ann Lee']);
    expect(withoutTitles('Manchester United Captain Bruno Reyk')).toBe('Bruno Reyk');
    expect(withoutTitles('Medical Officer Professor Ann Lee')).toBe('Ann Lee');
  });

  it('a heading in capitals keeps name particles and possessives in name case', () => {
    expect(readableCase('BRAZIL PRESIDENT LUIZ INACIO LULA DA SILVA')).toBe('Brazil President Luiz Inacio Lula da Silva');
    expect(readableCase("PERU PRESIDENT DINA BOLUARTE'S OFFICE")).toBe("Peru President Dina Boluarte's Office");
    expect(readableCase('US PRESIDENT JOE BIDEN')).toBe('US President Joe Biden');
  });

  it('tells the caller which step named each speaker (for scoring)', () => {
    const steps: [string, string, string | null][] = [];
    const text = `${HEAD}Karl Brandt said: "We will sign the accord this week."\n\n"It is a fair deal for both sides," he added.\n\nA letter was sent to the envoy. The talks ended at noon. Rain fell.\n\n"The border stays open to everyone."`;
    parseExplainer(text, { ...ref, onSpeaker: (q, step, speaker) => steps.push([q, step, speaker]) });
    expect(steps).toEqual([
      ['We will sign the accord this week.', 'sentence', 'Karl Brandt'],
      ['It is a fair deal for both sides', 'pronoun', 'Karl Brandt'],
      ['The border stays open to everyone.', 'standing-alone', null],
    ]);
  });

  it('a pronoun skips a person of the other gender the text marks (Mr / Ms)', () => {
    const text = `${HEAD}Envoy Lena Ostrova met Karl Brandt in Vienna. Ms Ostrova left early. Later Tomas Reyk spoke to reporters and Mr Reyk was brief.\n\n"The accord is a first step and no more than that," she said.`;
    expect(speakers(text)).toEqual([['The accord is a first step and no more than that', 'Lena Ostrova']]);
  });

  it('a role goes to the one person the text gave that title', () => {
    const text = `${HEAD}Austrian President Karl Brandt signed the accord on Monday.\n\nThe Austrian president said the text was "a fair deal for both of our nations".`;
    expect(speakers(text)).toEqual([['a fair deal for both of our nations', 'Karl Brandt']]);
  });

  it('a role two people could hold stays unresolved', () => {
    const text = `${HEAD}President Karl Brandt and President Lena Ostrova signed the accord.\n\nThe president said the text was "a fair deal for both of our nations".`;
    expect(speakers(text)).toEqual([['a fair deal for both of our nations', null]]);
  });

  it('a quote standing alone takes the sign-off sentence after it', () => {
    const text = `${HEAD}"The accord is a first step and no more than that." Lena Ostrova said.`;
    expect(speakers(text)).toEqual([['The accord is a first step and no more than that.', 'Lena Ostrova']]);
  });

  it('a quote standing alone takes the name line after it (a sign-off read as an empty heading), not the place above it', () => {
    const text = `World leaders react to the border accord\n\nVienna\n\n"We will stand by our neighbours in these difficult days and weeks."\n\nLena Ostrova, Austrian foreign minister\n\nBerlin\n\nThe talks resume on Monday.`;
    expect(speakers(text)).toEqual([['We will stand by our neighbours in these difficult days and weeks.', 'Lena Ostrova']]);
  });

  it('a name line right over a quote printed alone names its speaker, unless it signs off the quote above it', () => {
    // (the round-up's entry whose name line the layout read as a paragraph: "Chile - Ann Velden" over her quote)
    const over = `${HEAD}Leaders around the world responded on Sunday to the accord signed at the border.\n\nNorway - Lena Ostrova\n\n"We will stand by our neighbours in these difficult days and weeks."\n\nChile - Ann Velden\n\nChile - Ann Velden\n\n"We hope the accord holds."`;
    expect(speakers(over)).toEqual([
      ['We will stand by our neighbours in these difficult days and weeks.', 'Lena Ostrova'],
      ['We hope the accord holds.', 'Ann Velden'],
    ]);
    // (the sign-off style: the name line under a quote is its signature, no heading of the next quote)
    const signed = `${HEAD}Leaders around the world responded on Sunday to the accord signed at the border.\n\n"We will stand by our neighbours in these difficult days and weeks."\n\nLena Ostrova, president of Norway\n\n"We hope the accord holds."\n\nAnn Velden, mayor of Halvor\n\n"The harbour will reopen in the spring."`;
    expect(speakers(signed)).toEqual([
      ['We will stand by our neighbours in these difficult days and weeks.', 'Lena Ostrova'],
      ['We hope the accord holds.', 'Ann Velden'],
      ['The harbour will reopen in the spring.', null],
    ]);
  });

  it('a dash line right under a quote printed alone is its signature, never the heading of the quote after it; a line between two dashes heads', () => {
    const text = `${HEAD}"The plan offers nothing to the provinces that need it most, and we will say so."\n\n— Ostland Premier Tomas Reyk\n\n---\n\n"We welcome the money, but the rules attached to it are far too strict."\n\n— Halvor Party Leader Ann Velden\n\n---\n\n"I will keep asking for a fair share for every province in this country."\n\n-- Northern Premier Lena Ostrova\n\nThe accord is debated again on Monday.`;
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(speakers(text)).toEqual([
      ['The plan offers nothing to the provinces that need it most, and we will say so.', 'Tomas Reyk'],
      ['We welcome the money, but the rules attached to it are far too strict.', 'Ann Velden'],
      ['I will keep asking for a fair share for every province in this country.', 'Lena Ostrova'],
    ]);
    // (under a paragraph that ends with its quote, a dateline before it)
    const dated = `${HEAD}OSLO — "The plan offers nothing to the provinces that need it most, and we will say so."\n\n— Ostland Premier Tomas Reyk\n\n"We welcome the money, but the rules attached to it are far too strict."\n\n— Halvor Party Leader Ann Velden`;
    expect(parseExplainer(dated, ref).sections.map((s) => [s.heading, s.quotes.map((q) => q.speaker)])).toEqual([[null, ['Tomas Reyk', 'Ann Velden']]]);
    // (a round-up's country between two dashes, under the quote of the entry before: the next entry's heading)
    const entries = `${HEAD}– Norway –\n\nThe foreign minister said help was ready.\n\n“We will stand by our neighbours in these difficult days and weeks.”\n\n– Austria –\n\nVienna sent forty rescuers on Sunday.`;
    expect(parseExplainer(entries, ref).sections.map((s) => s.heading)).toEqual(['Norway', 'Austria']);
  });

  it('a name line over a run of quoted paragraphs names them all; the next name line after the run heads the next entry, it signs off nothing', () => {
    const text = `Reaction: harbour accord signed\n\nHalvor Institute director Dr Ann Velden\n\n'The accord marks a significant moment for the harbour and for everyone who works in it.'\n\n‘We may not have won this particular battle but we will keep fighting for the port.'\n\nProfessor Tomas Reyk, chair of the Ostland Dock Council\n\n‘This is an awful accord and it will damage the harbour for years to come.'\n\nOstland Port chief executive Lena Ostrova\n\n‘We need to heal the rifts that have opened over the accord.'`;
    expect(speakers(text)).toEqual([
      ['The accord marks a significant moment for the harbour and for everyone who works in it.', 'Ann Velden'],
      ['We may not have won this particular battle but we will keep fighting for the port.', 'Ann Velden'],
      ['This is an awful accord and it will damage the harbour for years to come.', 'Tomas Reyk'],
      ['We need to heal the rifts that have opened over the accord.', 'Lena Ostrova'],
    ]);
    // (the name line set as a heading over the run heads it the same way)
    const headed = `Reaction: harbour accord signed\n\n## Halvor Institute director Dr Ann Velden\n\n'The accord marks a significant moment for the harbour and for everyone who works in it.'\n\n‘We may not have won this particular battle but we will keep fighting for the port.'\n\nProfessor Tomas Reyk, chair of the Ostland Dock Council\n\n‘This is an awful accord and it will damage the harbour for years to come.'`;
    expect(speakers(headed).map(([, who]) => who)).toEqual(['Ann Velden', 'Ann Velden', 'Tomas Reyk']);
  });

  it("review of the name-line and dash rules: a run of quotes ends at a paragraph that names its speaker; the first entry decides a list's style; a dash signature chains no sign-off; a credit after a dash signs nothing", () => {
    // (the quote alone after "“…,” said Karl Brandt." continues Brandt, not the name line over the first paragraph)
    const attributed = `Reaction: harbour accord signed\n\nProfessor Tomas Reyk, chair of the Ostland Dock Council\n\n“This is an awful accord and it will damage the harbour,” Reyk said.\n\n“Nobody asked the dockers what they thought of any of it,” said union leader Karl Brandt.\n\n“We will strike on Monday if nothing changes.”`;
    expect(speakers(attributed).map(([, who]) => who)).toEqual(['Tomas Reyk', 'Karl Brandt', 'Karl Brandt']);
    // (four entries named over their quotes: each name line heads its own quote, none signs off the one above)
    const entries = `Reaction: harbour accord signed\n\nHalvor Institute director Dr Ann Velden\n\n'The accord marks a significant moment for the harbour and for everyone who works in it.'\n\nProfessor Tomas Reyk, chair of the Ostland Dock Council\n\n‘This is an awful accord and it will damage the harbour for years to come.'\n\nOstland Port chief executive Lena Ostrova\n\n‘We need to heal the rifts that have opened over the accord.'\n\nUnion leader Karl Brandt\n\n‘We will strike on Monday if nothing changes at the port.'`;
    expect(speakers(entries).map(([, who]) => who)).toEqual(['Ann Velden', 'Tomas Reyk', 'Lena Ostrova', 'Karl Brandt']);
    // (a heading after the quote that follows a dash signature stays a heading)
    const next = `${HEAD}“The plan offers nothing to the provinces that need it most, and we will say so.”\n\n— Ostland Premier Tomas Reyk\n\n“We welcome the money, but the rules attached to it are far too strict.”\n\nWhat happens next\n\nThe accord goes to parliament on Monday and a vote is expected within the week.`;
    expect(parseExplainer(next, ref).sections.map((s) => s.heading)).toEqual([null, 'What happens next']);
    const credit = `${HEAD}Premier Tomas Reyk spoke after the vote.\n\n“We will keep working with every province on this.”\n\n— With files from Ann Velden`;
    expect(speakers(credit).map(([, who]) => who)).toEqual(['Tomas Reyk']);
  });

  it('a name line repeated (a round-up heading, then its photo caption) heads the section after it, it signs off no quote above', () => {
    const text = `World leaders react to the border accord\n\nLeaders around the world responded on Sunday to the accord signed at the border.\n\nNorway - Lena Ostrova\n\n"We will stand by our neighbours in these difficult days and weeks."\n\nAustria - Tomas Reyk\n\nAustria - Tomas Reyk\n\n"The accord is a first step and no more than that."`;
    expect(speakers(text)).toEqual([
      ['We will stand by our neighbours in these difficult days and weeks.', 'Lena Ostrova'],
      ['The accord is a first step and no more than that.', 'Tomas Reyk'],
    ]);
    // (the same line twice inside one section: a caption and its heading, no signature of the quote above)
    const caption = `World leaders react to the border accord\n\nHere is a sampling of the response.\n\nNorway Prime Minister Lena Ostrova\n\nNorway Prime Minister Lena Ostrova speaks in the garden of her residence, Thursday, June 25, 2015, in Oslo, after the court upheld the accord for all\n\n"Today, for the second time, the court has upheld the accord.\n\n"We will stand by our neighbours in these difficult days and weeks."\n\nAustria Foreign Minister Tomas Reyk\n\nAustria Foreign Minister Tomas Reyk\n\n"The accord is a first step and no more than that."`;
    expect(speakers(caption).find(([q]) => q === 'We will stand by our neighbours in these difficult days and weeks.')?.[1]).toBe('Lena Ostrova');
  });

  it('a surname after its particle ("Di Reyk said"), without its accents ("Ostrova" for Óstrova), a job word after a given name ("Paul M. Nurse") and a glued initial ("R.Tomas Hunt") name the person the text named in full', () => {
    expect(
      speakers(
        `${HEAD}“We saw 100 people missing,” IOM spokesman in Norway Flavio Di Reyk told AFP.\n\nThe boat was full, “most of them young men”, Di Reyk said.`,
      ),
    ).toEqual([
      ['We saw 100 people missing', 'Flavio Di Reyk'],
      ['most of them young men', 'Flavio Di Reyk'],
    ]);
    expect(
      speakers(`${HEAD}Norway Foreign Minister Lena Óstrova condemned the trade.\n\n“These practices must end and the union will act at once,” Ostrova added.`),
    ).toEqual([['These practices must end and the union will act at once', 'Lena Óstrova']]);
    expect(persons('British scientists R.Tomas Hunt and Paul M. Nurse won the prize.')).toEqual(['R.Tomas Hunt', 'Paul M. Nurse']);
    // (initials glued to each other, "J.J. Reyk"; a place's are no initials: "D.C. Fire and EMS Chief Tomas Reyk")
    expect(persons('“The cooperation is vital,” said Section Chief J.J. Reyk of the bureau.')).toEqual(['J.J. Reyk']);
    expect(persons('D.C. Fire and EMS Chief Tomas Reyk said the bodies would be recovered.')).toEqual(['Tomas Reyk']);
    expect(speakers(`${HEAD}"Trains will run on Monday as planned," N.J. Transit said.`)).toEqual([['Trains will run on Monday as planned', null]]);
    expect(
      speakers(
        `${HEAD}British scientists R.Tomas Hunt and Paul M. Nurse won the prize.\n\nUsing yeast cells, Nurse found a gene. “That was the eureka moment for all of us,” the scientist told Reuters.`,
      ),
    ).toEqual([['That was the eureka moment for all of us', 'Paul M. Nurse']]);
  });

  it('a cabinet secretary\'s title ("Health Secretary Tomas Reyk") is his: "the health secretary said" is he', () => {
    const text = `${HEAD}Health Secretary Tomas Reyk said resident doctors had erred.\n\nIn a letter to the union, the health secretary said the strike was "deeply disappointing and entirely unnecessary".`;
    expect(speakers(text)).toEqual([['deeply disappointing and entirely unnecessary', 'Tomas Reyk']]);
    expect(persons('Education Secretary Lena Ostrova said it.')).toEqual(['Lena Ostrova']);
  });

  it('a compound whose second part is lower case ("Front-runner Lena Ostrova", "Singer-songwriter Ann Velden") describes the person, it is no part of the name; a Korean given name is', () => {
    expect(persons('Front-runner Lena Ostrova, 61, a scientist and former mayor, leads the polls.')).toEqual(['Lena Ostrova']);
    expect(persons('Singer-songwriter Ann Velden said the harbour festival would go ahead.')).toEqual(['Ann Velden']);
    expect(persons('Moon Jae-in said the talks would resume.')).toEqual(['Moon Jae-in']);
  });

  it('"Professor Tomas Reyk, president, Halvor College": a title before a name in apposition is no word of the name', () => {
    expect(persons('Professor Tomas Reyk, president, Halvor College')).toEqual(['Tomas Reyk']);
    expect(persons('Senator Ann Velden, chair of the harbour committee, said the accord would hold.')).toEqual(['Ann Velden']);
  });

  it('"Oslo Mayor Tomas Reyk and Oslo Police Chief Ann Velden": a titled person before "and" is no part of a body\'s name, so "Mayor Reyk" later is he', () => {
    const text = `${HEAD}Oslo Mayor Tomas Reyk and Oslo Police Chief Ann Velden responded to the shooting on Saturday evening.\n\n“We know with certainty that the outcome is a tragedy for everyone in this city,” Mayor Reyk said.`;
    expect(speakers(text)).toEqual([['We know with certainty that the outcome is a tragedy for everyone in this city', 'Tomas Reyk']]);
    const orgs = (s: string) => findMentions(s, { people: new Map(), acronyms: new Map(), home: null }).flatMap((m) => (m.kind === 'ORG' ? [m.name] : []));
    expect(orgs('Oslo Mayor Tomas Reyk and Oslo Police Chief Ann Velden responded.')).toEqual(['Oslo Police']);
    // (nor a body named after a titled person)
    expect(orgs('A study by the Senator Tomas Reyk Institute for Peace and Justice found it.')).toEqual(['Senator Tomas Reyk Institute for Peace and Justice']);
    // (a title with no person after it stays in the body's name)
    expect(orgs('The Office of the President and Cabinet said it would respond.')).toEqual(['Office of the President and Cabinet']);
  });

  it('"Madam" is a title: "Madam Ostrova said" then "said Ostrova" is one person, Ostrova', () => {
    const text = `${HEAD}Madam Ostrova said the campaign would reach every district.\n\n"We will stand by our neighbours in these difficult days," said Ostrova.`;
    expect(speakers(text)).toEqual([['We will stand by our neighbours in these difficult days', 'Ostrova']]);
  });

  it('a quote standing alone right after a quoted speaker continues that speaker', () => {
    const text = `${HEAD}Tomas Reyk said the accord was "a first step and no more than that".\n\n"We will keep the crossings open every single day."`;
    expect(speakers(text)).toEqual([
      ['a first step and no more than that', 'Tomas Reyk'],
      ['We will keep the crossings open every single day.', 'Tomas Reyk'],
    ]);
  });

  it('unsure -> null speaker and a warning', () => {
    const d = parseExplainer(`${HEAD}Crowds gathered in the square.\n\n"We will keep the crossings open every single day," one banner read.`, ref);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual([null]);
    expect(d.warnings.map((w) => w.code)).toContain('QUOTE_WITHOUT_SPEAKER');
  });

  it('a speaker read from a pronoun or from the quotes before is flagged for an editor to check; one named in its sentence is not', () => {
    const text = `${HEAD}Tomas Reyk welcomed the accord on Monday.\n\n"We will keep the crossings open every single day," he said.\n\n"The ferries will run on time," said Ana Velde.`;
    const d = parseExplainer(text, ref);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => [q.text, q.speaker]))).toEqual([
      ['We will keep the crossings open every single day', 'Tomas Reyk'],
      ['The ferries will run on time', 'Ana Velde'],
    ]);
    const flagged = d.warnings.filter((w) => w.code === 'QUOTE_SPEAKER_INFERRED');
    expect(flagged.map((w) => w.message)).toEqual([
      'speaker read from a pronoun ("he said"), to check: Tomas Reyk for "We will keep the crossings open every single day"',
    ]);
    expect(flagged[0].section).toBe(d.sections[0].key);
  });

  it('", Jr." after a name is part of it, and so of the speaker a pronoun or a surname refers back to', () => {
    const text = `${HEAD}Police spokesperson Tomas Reyk, Jr. said the cases were under investigation.\n\n"It is our duty to tell the public the truth," he said.\n\nLater, Reyk said "the numbers will be published every week".`;
    expect(speakers(text)).toEqual([
      ['It is our duty to tell the public the truth', 'Tomas Reyk Jr.'],
      ['the numbers will be published every week', 'Tomas Reyk Jr.'],
    ]);
  });

  it('a secretariat or a directorate is a body, not a person after a title ("General Secretariat")', () => {
    const text = `${HEAD}In a statement, the Velden General Secretariat, headed by Tomas Reyk, called “for dialogue between the two parties to the dispute” and asked for a meeting.`;
    expect(speakers(text)).toEqual([['for dialogue between the two parties to the dispute', 'Velden General Secretariat']]);
  });

  it('"the airline said" is the one company the section named, as "the company said" is', () => {
    const text = `${HEAD}Halvor Airways said the plane landed safely on Monday.\n\nNobody was hurt when the engine failed over the sea.\n\n“The safety of our passengers and crew comes first at all times,” the airline said.`;
    expect(speakers(text)).toEqual([['The safety of our passengers and crew comes first at all times', 'Halvor Airways']]);
  });

  it('a body in lower case speaks when its country names it ("Norway\'s foreign ministry", "the Chilean government"), not alone', () => {
    const text = `${HEAD}Norway’s foreign ministry said: “The kingdom calls for an immediate halt to the fighting on both sides.”`;
    expect(speakers(text)).toEqual([['The kingdom calls for an immediate halt to the fighting on both sides.', 'Norway Foreign Ministry']]);
    const demonym = `${HEAD}The Chilean government condemned, “in the strongest possible terms”, the raid on the embassy.`;
    expect(speakers(demonym)).toEqual([['in the strongest possible terms', 'Chilean Government']]);
    const alone = `${HEAD}The foreign ministry said: “We are following the situation in the region very closely.”`;
    expect(speakers(alone)).toEqual([['We are following the situation in the region very closely.', null]]);
  });

  it('a one-word company opening its clause speaks ("Halvorsen said that ..."); "the Agency said" names no one by itself', () => {
    const text = `${HEAD}Halvorsen said on Friday it would cut power from the national grid.\n\nHalvorsen said that the sanction was “wholly disproportionate and unjust in every way” and that it would appeal.`;
    expect(speakers(text)).toEqual([['wholly disproportionate and unjust in every way', 'Halvorsen']]);
  });

  it('a month that is also a first name opens a name ("June Velde told"), not after a word of time ("in August Ann Lee")', () => {
    expect(personNames('“We were shocked,” June Velde told the radio on Friday.')).toEqual(['June Velde']);
    expect(personNames('Since August Ann Lee has said little.')).toEqual(['Ann Lee']);
    expect(personNames('In June, President Tomas Reyk said so.')).not.toContain('June');
    const text = `${HEAD}“We were shocked. Shocked. Disappointed,” June Velde told the radio on Friday.\n\n“Something is still missing here,” Barry Velde told the radio.`;
    expect(speakers(text)).toEqual([
      ['We were shocked. Shocked. Disappointed', 'June Velde'],
      ['Something is still missing here', 'Barry Velde'],
    ]);
  });

  it('a name never runs across a double space (two captions side by side: "Tomas Reyk  Ana Velde")', () => {
    expect(personNames('Tomas Reyk  Ana Velde')).toEqual(['Tomas Reyk', 'Ana Velde']);
  });

  it('old wire copy signs a quote after " _ " as plain text types a dash', () => {
    const text = `${HEAD}"We are disappointed, but we will keep working for the region." _ Velden Mayor Tomas Reyk.\n\n"It was a fair vote and the right city won in the end." _ Harbour tennis player Ana Velde.`;
    expect(speakers(text)).toEqual([
      ['We are disappointed, but we will keep working for the region.', 'Tomas Reyk'],
      ['It was a fair vote and the right city won in the end.', 'Ana Velde'],
    ]);
  });

  it('a surname named with a title before the full name is that person', () => {
    const text = `${HEAD}Harbour Mayor Reyk said the accord was "a fair deal for every family".\n\nHarbour Mayor Tomas Reyk has called the accord a relief. "We will keep the crossings open every day," Reyk said.`;
    expect(speakers(text)).toEqual([
      ['a fair deal for every family', 'Tomas Reyk'],
      ['We will keep the crossings open every day', 'Tomas Reyk'],
    ]);
  });

  it('a month after a first name is a surname', () => {
    expect(speakers(`${HEAD}Finance Minister Lena May welcomed the accord.\n\n"It is a fair deal for every family," she said.`)).toEqual([
      ['It is a fair deal for every family', 'Lena May'],
    ]);
  });

  it('a straight mark closed by two apostrophes, and a single mark closed by a double one, end their quotes', () => {
    expect(speakers(`${HEAD}Tomas Reyk said the accord was "a fair deal for every family.'' He left at noon.`)).toEqual([
      ['a fair deal for every family.', 'Tomas Reyk'],
    ]);
    expect(speakers(`${HEAD}Tomas Reyk said the accord was ‘a fair deal for every family”.`)).toEqual([['a fair deal for every family', 'Tomas Reyk']]);
    // Two apostrophes may open a quote too, closed by a straight mark.
    expect(speakers(`${HEAD}Tomas Reyk said in an email that ''currently, the risk of a new storm is low."`).map(([q]) => q)).toEqual([
      'currently, the risk of a new storm is low.',
    ]);
  });

  it('name lines under quotes printed alone sign them off (a round-up printed quote first), and are no headings', () => {
    const text =
      'Reaction to the border accord on Monday:\n\n"It is a fair deal for every family on both sides of the river."\n\nHarbour mayor Tomas Reyk\n\n"We will keep the crossings open every day. Nobody will be turned away."\n\nFormer border official Lena Ostrova commenting on the talks\n\n"It saddens me that it took so many years to get here."\n\nUnion leader Karl Brandt';
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.sections[0].quotes.map((q) => q.speaker)).toEqual(['Tomas Reyk', 'Lena Ostrova', 'Karl Brandt']);
    // "a fair deal" praises it (the valence of its words, in a round-up).
    expect(d.sections[0].reactions.map((r) => [r.actor, r.stance])).toEqual([
      ['Tomas Reyk', 'SUPPORT'],
      ['Lena Ostrova', 'CLAIM'],
      ['Karl Brandt', 'CONCERN'],
    ]);
  });

  it('"stated the minister" after the quote is the one minister of the text; "X quoted Y as saying" is Y', () => {
    const text = `${HEAD}Finance Minister Lena Ostrova spoke on Monday.\n\n"We will keep the crossings open every day," stated the minister to reporters.\n\n"It is a fair deal for every family," the Harbour Gazette quoted Judge Tomas Reyk as saying.`;
    expect(speakers(text)).toEqual([
      ['We will keep the crossings open every day', 'Lena Ostrova'],
      ['It is a fair deal for every family', 'Tomas Reyk'],
    ]);
  });

  it('a company title before a name ("Harbourline President and CEO Ann Lee told") is no part of it', () => {
    expect(speakers(`${HEAD}"We will keep the ferries running every day," Harbourline President and CEO Ann Lee told the Gazette.`)).toEqual([
      ['We will keep the ferries running every day', 'Ann Lee'],
    ]);
  });

  it('a quote left open in its own paragraph continues the speaker just before, even when its words say "according to"', () => {
    const text = `${HEAD}Mayor Tomas Reyk said the town would work "as closely as ever" with its neighbours.\n\n"Mayors come and go according to the will of the people, but the bond between our towns is strong and`;
    expect(speakers(text)).toEqual([
      ['as closely as ever', 'Tomas Reyk'],
      ['Mayors come and go according to the will of the people, but the bond between our towns is strong and', 'Tomas Reyk'],
    ]);
  });

  it('a second quote of the same sentence keeps its subject across the first quote', () => {
    expect(
      speakers(
        `${HEAD}Mayor Tomas Reyk said he would have "preferred a much longer transition period" but argued that the accord had "opened the border for every family".`,
      ),
    ).toEqual([
      ['preferred a much longer transition period', 'Tomas Reyk'],
      ['opened the border for every family', 'Tomas Reyk'],
    ]);
  });

  it("an outlet's prose is nobody's words", () => {
    expect(speakers(`${HEAD}"Rescuers worked through the night to reach the village," The Harbour Press reported.`)).toEqual([
      ['Rescuers worked through the night to reach the village', null],
    ]);
  });
});

describe('person names without a title', () => {
  it('takes capitalised runs where a person stands, not places or institutions', () => {
    expect(personNames('Tomas Reyk said the White House and the Halvor Institute were consulted.')).toEqual(['Tomas Reyk']);
    expect(personNames('The talks in Geneva City Hall ended, photographer Ana Ruiz told reporters.')).toEqual(['Ana Ruiz']);
  });

  it('titles alone and place names are no person', () => {
    expect(personNames('Prime Minister, John Howard')).toEqual(['John Howard']);
    expect(personNames('New York')).toEqual([]);
  });

  it('drops titles in front of a name', () => {
    expect(withoutTitles('Juror Yvette Cunhal')).toBe('Yvette Cunhal');
    expect(withoutTitles('Model Iman')).toBe('Iman');
    expect(withoutTitles('Minnesota Attorney General Keith Ellison')).toBe('Keith Ellison');
    expect(withoutTitles('Pope John Paul II')).toBe('Pope John Paul II');
  });

  it('a round-up heading\'s label ("Norway - ", "EU: ") stands before its actor\'s name, alone or before the role', () => {
    expect(persons('Norway - Velko Kettridge, president')).toEqual(['Velko Kettridge']);
    expect(persons('EU: Zorvan Reyk')).toEqual(['Zorvan Reyk']);
    // (a label that names no country or body, or a name the sentence goes on from, is no round-up heading's)
    expect(persons('Venue: Halvor Stadium')).toEqual([]);
    expect(persons('Update: Halvor Harbour Authority closed the port')).toEqual([]);
  });

  it("a title's or a portfolio's last word before a given name and a surname is no word of the name", () => {
    expect(persons('Halvor Chief Observer Ana Kettridge said the vote was not fair.')).toEqual(['Ana Kettridge']);
    expect(persons('Assistant Commissioner (AC) Crime and Intelligence Ana Kettridge says the suspect fled.')).toEqual(['Ana Kettridge']);
    // (a first word that is no noun of a title stays: a given name the model does not know)
    expect(persons('Minister Zorvanka Ana Kettridge said the vote was fair.')).toEqual(['Zorvanka Ana Kettridge']);
    expect(persons('Former president Nestor Carlos Kirchner said the vote was fair.')).toEqual(['Nestor Carlos Kirchner']);
  });

  it("a headline's verb ends the name before it; a headline that one run fills is no name", () => {
    expect(persons('President Kettridge Approves Harbour Reshuffle')).toEqual(['Kettridge']);
    expect(persons('Kettridge Approves Harbour Cabinet Reshuffle')).toEqual([]);
    // (a name of four words without a verb stays; after a given name the next word is a surname, whatever it is)
    expect(persons('Ilham Heydar Oglu Aliyev')).toEqual(['Ilham Heydar Oglu Aliyev']);
    expect(persons('Councilman Bernard Parks Rejects Budget Plan')).toEqual(['Bernard Parks']);
  });
});

describe('quote speakers over paragraphs, runs and round-up labels', () => {
  it('"Name, role" lines over quotes (after no quote) head them, not sign off the quote above; a heading that names a person last signs off none', () => {
    const text = [
      'Leaders react to the Norland vote',
      'Leaders from around the world were quick to congratulate Tomas Reyk on his victory on Sunday.',
      "Halvor's Prime Minister Velko Kettridge was one of the first to congratulate the winner.",
      '"Congratulations on your victory," he wrote.',
      '"Pleased with our first discussion and with the work ahead of us both."',
      'Other leaders to congratulate Reyk',
      'President Zorvan Tamm, Ostland',
      '"Congratulations to the winner on a convincing election victory," Tamm said.',
      '"I look forward to working closely together on strengthening our partnership."',
      'Ana Ostrova, Union Commission President',
      '"Congratulations on your electoral victory," she said.',
      '"I look forward to working with you in',
    ].join('\n\n');
    const said = (opening: string) => speakers(text).find(([q]) => q?.startsWith(opening))?.[1];
    expect(said('Pleased with our first discussion')).toBe('Velko Kettridge');
    expect(said('I look forward to working closely')).toBe('Zorvan Tamm');
    expect(said('I look forward to working with you')).toBe('Ana Ostrova');
  });

  it('"He lamented …" or "…, he says." ending the paragraph before a quote standing alone: the pronoun’s person', () => {
    const lead = `${HEAD}Harbour master Tomas Reyk spoke on Monday.\n\n`;
    expect(speakers(`${lead}He lamented the state of the quay.\n\n“This is mainly due to the storm and the lack of repairs.”`)).toEqual([
      ['This is mainly due to the storm and the lack of repairs.', 'Tomas Reyk'],
    ]);
    expect(speakers(`${lead}The quay needs repairs, he says.\n\n“This is mainly due to the storm and the lack of repairs.”`)).toEqual([
      ['This is mainly due to the storm and the lack of repairs.', 'Tomas Reyk'],
    ]);
    // A passive says nothing of who speaks.
    expect(speakers(`${lead}He was charged with arson.\n\n“This is mainly due to the storm and the lack of repairs.”`)).toEqual([
      ['This is mainly due to the storm and the lack of repairs.', null],
    ]);
    // No verb of speech or expression: "He declined to comment" says nothing of who speaks next.
    expect(speakers(`${lead}He declined to comment.\n\n“This is mainly due to the storm and the lack of repairs.”`)).toEqual([
      ['This is mainly due to the storm and the lack of repairs.', null],
    ]);
    // A lead-in before the pronoun.
    expect(speakers(`${lead}On Monday, he lamented the state of the quay.\n\n“This is mainly due to the storm and the lack of repairs.”`)).toEqual([
      ['This is mainly due to the storm and the lack of repairs.', 'Tomas Reyk'],
    ]);
  });

  it('a quote of several sentences, split into sentences because its paragraph leaves a mark open, is read whole: the speaker after it', () => {
    // the first paragraph opens a quote it never closes, so its sentences are split inside the quote
    const text = `${HEAD}“The border will open at dawn. Every lorry will be checked once.\n\n“The queues will be gone by spring. Nobody will wait overnight again,” Harbour Mayor Tomas Reyk said.`;
    expect(speakers(text)).toContainEqual(['The queues will be gone by spring. Nobody will wait overnight again', 'Tomas Reyk']);
  });

  it('a quote run over paragraphs (each opens with a mark, only the last closes) stays with its speaker, however long the paragraphs', () => {
    const text = `${HEAD}Union leader Mara Velden said: “The accord is a beginning. It is not an end. We will watch every clause. We will count every lorry.\n\n“We expect the ministers to keep their word on the crossings, and we will tell our members if they do not.”`;
    expect(speakers(text)).toEqual([
      ['The accord is a beginning. It is not an end. We will watch every clause. We will count every lorry', 'Mara Velden'],
      ['We expect the ministers to keep their word on the crossings, and we will tell our members if they do not.', 'Mara Velden'],
    ]);
    // the paragraph before closed its quote: no run (nobody else is named, and the last speaker was two paragraphs ago)
    const closed = `${HEAD}Union leader Mara Velden said: “The accord is a beginning, not an end.”\n\nThe talks resumed on Tuesday under a new chair.\n\n“We expect the ministers to keep their word on the crossings.”`;
    expect(speakers(closed)).toEqual([
      ['The accord is a beginning, not an end.', 'Mara Velden'],
      ['We expect the ministers to keep their word on the crossings.', null],
    ]);
  });

  it('"he stated", "the department stated": stated is a reporting verb after a quote', () => {
    const text = `${HEAD}Harbour Mayor Tomas Reyk spoke to reporters on Monday.\n\n“We will keep the crossings open every day,” he stated.`;
    expect(speakers(text)).toEqual([['We will keep the crossings open every day', 'Tomas Reyk']]);
  });

  it('a long title of capitalised words between the quote and the name', () => {
    const text = `${HEAD}"I have not seen a queue like this in twenty years," Harbour Port Authority First Deputy Traffic Commissioner Tomas Reyk said on Monday.`;
    expect(speakers(text)).toEqual([['I have not seen a queue like this in twenty years', 'Tomas Reyk']]);
  });

  it('a name after a run of titles ("Permanent Secretary Dr Ann Lee") is a name, and "Dr Lee" later is the same person', () => {
    expect(personNames('“The outbreak is over,” Permanent Secretary Dr Tenna Lorvik said.')).toEqual(['Tenna Lorvik']);
    const text = `${HEAD}“The outbreak is over,” Permanent Secretary Dr Tenna Lorvik said.\n\nThe clinics will close in March.\n\n“The campaign reached every island,” Dr Lorvik said.`;
    expect(speakers(text)).toEqual([
      ['The outbreak is over', 'Tenna Lorvik'],
      ['The campaign reached every island', 'Tenna Lorvik'],
    ]);
  });

  it('a name with a job apposition without an article (", general manager at X") is a person; "Prince" stays in the name', () => {
    expect(personNames('At the time, Chet Scolnik, general manager at Halvor Toys, said the recall was right.')).toEqual(['Chet Scolnik']);
    expect(personNames('Prince Rahim Velden, spiritual leader of the Halvor community, welcomed the accord.')).toEqual(['Prince Rahim Velden']);
  });

  it("a quote mark's apostrophe inside a word does not end the quote: a name in the quoted words is no speaker for the next quote", () => {
    const text = `${HEAD}“We knew he hadn’t been well for a while but the one thing that Walter is, is a fighter,” Derek Jonsen told reporters. “He’s been a leader all his life, certainly at this club.`;
    expect(speakers(text)).toEqual([
      ['We knew he hadn’t been well for a while but the one thing that Walter is, is a fighter', 'Derek Jonsen'],
      ['He’s been a leader all his life, certainly at this club', 'Derek Jonsen'],
    ]);
  });

  it("a quote standing alone after a sentence whose one subject is a person (no speech verb) is that person's", () => {
    const text = `${HEAD}In a tweet, Pakistan’s Prime Minister Shahbaz Sharif expressed solidarity with the people of Türkiye. "Deeply saddened by the news of a massive earthquake in the region."`;
    expect(speakers(text)).toEqual([['Deeply saddened by the news of a massive earthquake in the region.', 'Shahbaz Sharif']]);
    // two people as subjects there: nobody
    const two = `${HEAD}Prime Minister Shahbaz Sharif and President Arif Alvi expressed solidarity with the people of Türkiye. "Deeply saddened by the news of a massive earthquake in the region."`;
    expect(speakers(two)).toEqual([['Deeply saddened by the news of a massive earthquake in the region.', null]]);
  });

  it('round-up labels: "Name, Title" with a capitalised title, "Sen. Name, State Republican:", and a body named in the title after the person', () => {
    expect(personNames('Tina Stegman, Climate Envoy')).toEqual(['Tina Stegman']);
    expect(personNames('Sen. Mike Brauner, Indiana Republican:')).toEqual(['Mike Brauner']);
    const text =
      'Leaders react to the climate deal\n\nMarshall Islands\n\nTina Stegman, Climate Envoy\n\n"There was a conversation that we were not a part of."\n\nUN\n\nBan Ki-moon, secretary general of the United Nations\n\n"I am deeply moved to see so many thousands here today."';
    expect(speakers(text)).toEqual([
      ['There was a conversation that we were not a part of.', 'Tina Stegman'],
      ['I am deeply moved to see so many thousands here today.', 'Ban Ki-moon'],
    ]);
  });
});

describe('quote speakers named by a description or a job', () => {
  it('"“…,” one of his lawyers, <Name>, said": a description set off by commas before the name', () => {
    const text = `${HEAD}"The trial we attended was a political trial from the very start," one of Kettridge's lawyers, Zorvan Ould Tamm, said.`;
    expect(speakers(text)).toEqual([['The trial we attended was a political trial from the very start', 'Zorvan Ould Tamm']]);
  });

  it('"the judge said" after "judge <Name> said": the one person named after that job word, a job no title holds', () => {
    const text = `${HEAD}Kettridge was convicted of graft, judge Zorvan Tamm said on Saturday.\n“Under the law, those who reached the age of 70 shall not serve jail terms,” the judge said.`;
    expect(speakers(text)).toEqual([['Under the law, those who reached the age of 70 shall not serve jail terms', 'Zorvan Tamm']]);
    // (a judge's wife, a former attorney general: no judge, no attorney)
    const wife = `${HEAD}Mary Ostrova, the judge's wife, said she was shocked by the verdict.\n“Under the law, those who reached the age of 70 shall not serve jail terms,” the judge said.`;
    expect(speakers(wife)).toEqual([['Under the law, those who reached the age of 70 shall not serve jail terms', null]]);
    // (two people named after the word: no one is surely "the judge")
    const two = `${HEAD}Kettridge was convicted, judge Zorvan Tamm said, and judge Velko Reyk agreed.\n“Under the law, those who reached the age of 70 shall not serve jail terms,” the judge said.`;
    expect(speakers(two)).toEqual([['Under the law, those who reached the age of 70 shall not serve jail terms', null]]);
  });
});

describe("quote speakers under a body's round-up heading", () => {
  it("a quote standing alone after another named person's quote, under a person's heading, is not the heading actor's", () => {
    const text = [
      'World Leaders and Activists React to the Executions',
      'World leaders condemned the execution of eight prisoners on an island early this morning.',
      'Ostland Foreign Minister Zorvan Tamm:',
      '"Ostland is strongly opposed to the death penalty in all cases and under all circumstances."',
      'Halvor Prime Minister Velko Kettridge: "cruel and unnecessary"',
      '"The execution of these eight people will do nothing to reduce the trade in drugs." Ana Ostrova, executive director of the Halvor Drug Policy Alliance said in a statement.',
      '"All it demonstrates is the savagery of which governments are capable,"',
      'Rights Watch:',
      '"These executions are utterly reprehensible," Tomas Reyk, the group\'s research director, said in a statement.',
    ].join('\n\n');
    expect(speakers(text).find(([q]) => q?.startsWith('All it demonstrates'))?.[1]).toBe('Ana Ostrova');
  });

  const LEAD = 'Leaders react to the border accord\n\nGovernments and international bodies welcomed the accord signed on Monday.\n\n';
  it('a person of the body who spoke just before speaks on; with nobody before, the body', () => {
    const text = `${LEAD}United Nations\n\nUN envoy Mara Velden told reporters: "The accord is a beginning, not an end."\n\n"There seems to be no end to the work ahead of both sides."`;
    expect(speakers(text)).toEqual([
      ['The accord is a beginning, not an end.', 'Mara Velden'],
      ['There seems to be no end to the work ahead of both sides.', 'Mara Velden'],
    ]);
    const alone = `${LEAD}United Nations\n\n"There seems to be no end to the work ahead of both sides."`;
    expect(speakers(alone)).toEqual([['There seems to be no end to the work ahead of both sides.', 'United Nations']]);
  });
});

describe('quote speakers: participle clauses, dash signatures, names by their verbs', () => {
  it('the subject of a clause whose participle introduces the quote; a person named as its object is not', () => {
    const text = `${HEAD}District Attorney Gil Garston thanked the police and the prosecutors, saying, "We are pleased that justice was done in this case."\n\nFinance Minister Lena Ostrova met Tomas Reyk in the capital, adding that "the crossings will reopen next week."`;
    expect(speakers(text)).toEqual([
      ['We are pleased that justice was done in this case.', 'Gil Garston'],
      ['the crossings will reopen next week.', 'Lena Ostrova'],
    ]);
  });

  it('a name signed after a dash, known or not; a signature covers its own paragraph only', () => {
    const text = `${HEAD}“I have lost a beloved friend and a brilliant artist.” — Elton Jarvis, on Instagram.\n\n“Farewell my friend, another great artist leaves us.” — Madonnella, on Twitter.\n\n“I have loved his songs for as long as I can remember.`;
    expect(speakers(text)).toEqual([
      ['I have lost a beloved friend and a brilliant artist.', 'Elton Jarvis'],
      ['Farewell my friend, another great artist leaves us.', 'Madonnella'],
      ['I have loved his songs for as long as I can remember', null],
    ]);
  });

  it('a name signed after a dash may say when the words were said ("- Naomi Velden after withdrawing from ...")', () => {
    const text = `${HEAD}Naomi Velden pulled out of the tournament on Tuesday.\n\n"I am really sorry that I am not able to compete today" - Naomi Velden after withdrawing from the event.`;
    expect(speakers(text)).toEqual([['I am really sorry that I am not able to compete today', 'Naomi Velden']]);
  });

  it('after an inverted speech verb and a word or two of description in lower case, a name ("said playwright Ann de Velden at")', () => {
    expect(personNames('"The president has to resign," said playwright Ruwanthie de Kettridge at a news conference.')).toEqual(['Ruwanthie de Kettridge']);
    expect(personNames('"We will not go," said veteran campaigner Zorvan Kettridge.')).toEqual(['Zorvan Kettridge']);
    // A time or a place after the verb is no description of a person.
    expect(personNames('"We will not go," he said on Velden Day.')).toEqual([]);
  });

  it('"the pontiff said" is the pope the text named; "the president-elect said" the president', () => {
    const a = `${HEAD}Pope Zorvan Kettridge spoke from his balcony on Sunday.\n\n"I renew my appeal for peace in the country," the pontiff said in his message.`;
    expect(speakers(a)).toEqual([['I renew my appeal for peace in the country', 'Pope Zorvan Kettridge']]);
    const b = `${HEAD}President Ann Velden won the vote on Sunday.\n\n"This is a victory for the people of the country," the president-elect said.`;
    expect(speakers(b)).toEqual([['This is a victory for the people of the country', 'Ann Velden']]);
    // The sitting president is not the president-elect the text names.
    const c = `${HEAD}President Ann Velden met President-elect Zorvan Kettridge on Sunday.\n\n"This is a victory for the people of the country," the president-elect said.`;
    expect(speakers(c)).toEqual([['This is a victory for the people of the country', 'Zorvan Kettridge']]);
  });

  it('a quote joined to the next by "and" is spoken by the next one\'s speaker ("“…,” and “…,” Ann Lee said")', () => {
    const text = `${HEAD}“The long-awaited vaccine for children is a breakthrough for science,” and “could save tens of thousands of lives each year,” Zorvan Kettridge, director-general of the agency, said on Wednesday.`;
    expect(speakers(text)).toEqual([
      ['The long-awaited vaccine for children is a breakthrough for science', 'Zorvan Kettridge'],
      ['could save tens of thousands of lives each year', 'Zorvan Kettridge'],
    ]);
  });

  it('after a quote, a name and a job\'s apposition left unclosed before the verb ("“…,” Ann Lee, leader of the Velden party said")', () => {
    const text = `${HEAD}Leaders across the region cheered the result on Thursday.\n\n“Congratulations on this great success,” Zorvan Kettridge, leader of the far-right Velden Alliance (VA) party said on Thursday morning.`;
    expect(speakers(text)).toEqual([['Congratulations on this great success', 'Zorvan Kettridge']]);
    const described = `${HEAD}Parents gathered outside the school on Monday.\n\n"I expect the government to move with speed on this," Mary Kettridge, a parent told Reuters outside a school.`;
    expect(speakers(described)).toEqual([['I expect the government to move with speed on this', 'Mary Kettridge']]);
  });

  it('a subject\'s apposition between dashes before its speech verb ("X -- who has been critical -- said the country had “…”")', () => {
    const text = `${HEAD}Velden Foreign Secretary Zorvan Kettridge -- who has been increasingly critical of the war -- said the country had "called on Ostrava to investigate what happened at once".`;
    expect(speakers(text)).toEqual([['called on Ostrava to investigate what happened at once', 'Zorvan Kettridge']]);
  });

  it('a tournament\'s name is no part of a person\'s name joined to it ("the Velden Pan Pacific Open Naomi Kettridge")', () => {
    expect(personNames('She withdrew from the Velden Pan Pacific Open Naomi Kettridge announced on Tuesday.')).toEqual(['Naomi Kettridge']);
    // A place's opening word is no end of a thing's name: "San Antonio Spurs" names no one.
    expect(personNames('“We are done,” San Antonio Spurs said.')).toEqual([]);
  });

  it('a full name before a dashed apposition or a verb of tribute is a person; "Prime" takes the next word as its title, misspelt or not', () => {
    expect(personNames('In Canberra, Anthony Albaro -- an avowed republican -- paid tribute to her.')).toEqual(['Anthony Albaro']);
    expect(personNames('Outside the hall, David Burtell hailed her "life of duty".')).toEqual(['David Burtell']);
    expect(withoutTitles('Prime Minster Anthony Albaro')).toEqual('Anthony Albaro');
    expect(withoutTitles('Vice President Kamala Harlow')).toEqual('Kamala Harlow');
  });

  it('a name set off by commas after a job or a title, or before a speech verb; a job word in front of a name', () => {
    expect(personNames('Another former England forward, Gary Lindqvist, added: "He was the best."')).toEqual(['Gary Lindqvist']);
    expect(personNames('Canadian Prime Minister, Justin Tremont, offered a hearty "Congratulations!"')).toEqual(['Justin Tremont']);
    expect(personNames('The crowd surged during rapper Travis Scolt’s performance.')).toEqual(['Travis Scolt']);
    // An employer at the end of an apposition is no person, whatever verb follows.
    expect(personNames('At the time, Chet Scolnik, general manager at Halvor Toys, said the recall was right.')).toEqual(['Chet Scolnik']);
  });

  it('verbs of response introduce a quote as speech does: "X congratulated Y on “…”", "X conveyed his “…”"', () => {
    const text = `${HEAD}President Lena Ostrova congratulated Tomas Reyk "on his election victory and his return."\n\nFinance Minister Karl Brandt conveyed his "best wishes for a term of great success."`;
    expect(speakers(text)).toEqual([
      ['on his election victory and his return.', 'Lena Ostrova'],
      ['best wishes for a term of great success.', 'Karl Brandt'],
    ]);
  });

  it('"X of the <Institute>" is a person; "was quoted by <outlet> as saying" and inverted verbs name the speaker after the quote', () => {
    expect(personNames('In July, Henry Hasek of the Planetary Science Institute in Arizona told a meeting.')).toEqual(['Henry Hasek']);
    const text = `${HEAD}Governor Tomas Reyk spoke in the capital.\n\n"They are not here on a holiday, certainly," Reyk was quoted by the Harbour Gazette as saying.\n\n"You touch your nose, your mouth," explains Dr. Lena Ostrova, who works at the city clinic.`;
    expect(speakers(text)).toEqual([
      ['They are not here on a holiday, certainly', 'Tomas Reyk'],
      ['You touch your nose, your mouth', 'Lena Ostrova'],
    ]);
  });

  it('a quote left open runs on under a crosshead, not under a heading that names another speaker', () => {
    const text = `${HEAD}Former player Gary Birtel said: "He was just unbelievable in management and in life.\n\nLiver transplant\n\n"He was one of those guys you were in awe of."\n\nClub captain Tomas Reyk said: "He was the best there was.\n\nFinance Minister Lena Ostrova\n\n"The only thing I can say is I was surprised."`;
    expect(speakers(text)).toEqual([
      ['He was just unbelievable in management and in life', 'Gary Birtel'],
      ['He was one of those guys you were in awe of.', 'Gary Birtel'],
      ['He was the best there was', 'Tomas Reyk'],
      ['The only thing I can say is I was surprised.', 'Lena Ostrova'],
    ]);
  });

  it('a long run of titles before a name (seven words and more), and ranks, are no part of the name', () => {
    expect(personNames('Harbour Union Commission Chairperson Moussa Faki Velden said it.')).toEqual(['Moussa Faki Velden']);
    expect(personNames('The port is open, said Petty Officer First Class Michael Andersen, a spokesman.')).toEqual(['Michael Andersen']);
  });

  it('part of a fuller name the text gives is that person, when only one fits', () => {
    const people = [
      { name: 'Moussa Faki Velden', title: null, country: null },
      { name: 'Mohamed Azmin Ali', title: null, country: null },
      { name: 'Ali Sabran', title: null, country: null },
    ];
    expect(fullerName('Faki Velden', people)?.name).toEqual('Moussa Faki Velden');
    expect(fullerName('Mohamed Azmin', people)?.name).toEqual('Mohamed Azmin Ali');
    // "Ali" is a word of two names: nobody.
    expect(fullerName('Ali', people)).toBeNull();
  });

  it('two words opening with a known given name are a person anywhere; a country before the name is no part of it', () => {
    expect(personNames('The managing director of the port, Terry Dalvin, is also disappointed.')).toEqual(['Terry Dalvin']);
    expect(personNames('Earlier, US ambassador to Japan Rahm Emanuelo said he was saddened.')).toEqual(['Rahm Emanuelo']);
    // no given name, no place where a person stands: no person
    expect(personNames('The Harbour Velden district was flooded.')).toEqual([]);
  });

  it('"he" after "ambassador to <country> <Name> said" is that ambassador: the title\'s preposition makes no object', () => {
    const text = `${HEAD}Foreign Minister Lena Ostrova said she was deeply saddened.\n\nEarlier, Harbour ambassador to Japan Tomas Reykan said he was shocked.\n\n"He has been an outstanding leader," he said in a statement.`;
    expect(speakers(text)).toEqual([['He has been an outstanding leader', 'Tomas Reykan']]);
  });

  it('a name-shaped run listed with a person is a person; places listed together are not', () => {
    expect(personNames('Sachin Velkar, Viv Rendall and Joe Rootham paid tribute.')).toEqual(['Sachin Velkar', 'Joe Rootham', 'Viv Rendall']);
    expect(personNames('Floods hit Harbour Town, Velden Bay and New Ostrava on Monday.')).toEqual([]);
  });

  it('"X’s Lawyer" is no name; a round-up label "NAME, X’S LAWYER:" names its person', () => {
    expect(personNames('Christophe Ingrel, Sarkovy’s Lawyer')).toEqual(['Christophe Ingrel']);
    const text = [
      'Reactions to the verdict',
      '',
      'Former president Nicolas Sarkovy was sentenced on Thursday. Here are some reactions:',
      '',
      'FORMER PRESIDENT NICOLAS SARKOVY:',
      '',
      '“This verdict is of extreme gravity for the rule of law.”',
      '',
      'CHRISTOPHE INGREL, SARKOVY’S LAWYER:',
      '',
      '“He was convicted on very strange grounds.”',
      '',
      'VINCENT BRENGEL, LAWYER FOR THE PLAINTIFF ASSOCIATION:',
      '',
      '“This is the first time that a former president will go to prison.”',
    ].join('\n');
    expect(speakers(text).map(([, sp]) => sp)).toEqual(['Nicolas Sarkovy', 'Christophe Ingrel', 'Vincent Brengel']);
  });

  it('a state body named with capitals or with its country speaks', () => {
    const text = `${HEAD}"We look forward to timely results," the Turkish Foreign Ministry said on Monday.\n\n"We are under no illusions," the Turkish foreign ministry said.`;
    expect(speakers(text)).toEqual([
      ['We look forward to timely results', 'Turkish Foreign Ministry'],
      ['We are under no illusions', 'Turkish Foreign Ministry'],
    ]);
  });

  it('"X Y, the maker of Z, said" is a company: cited, and "the company said" after it is its quote', () => {
    const text = `${HEAD}Novara Nordin, the maker of the drug, said supplies were back.\n\nThe company said in a statement that it "worked through supply challenges" this year.`;
    expect(personNames('Novara Nordin, the maker of the drug, said supplies were back.')).toEqual([]);
    expect(speakers(text)).toEqual([['worked through supply challenges', 'Novara Nordin']]);
  });

  it('a paragraph whose one person subject ends it with a colon introduces the quote standing alone under it', () => {
    const text = `${HEAD}Chancellor Karl Brandt's spokesman Steffen Seibold also congratulated the mayor on Twitter:\n\n"Your victory is a victory for a strong and united harbour."`;
    expect(speakers(text)).toEqual([['Your victory is a victory for a strong and united harbour.', 'Steffen Seibold']]);
  });

  it('a round-up heading with a body in the title before one person names that person', () => {
    const text = `${HEAD}Governments and courts welcomed the accord signed on Monday.\n\nSupreme Court Justice Sonia Velden\n\n"Ignoring the border will not make it go away."\n\nVelden City Council Chair Tomas Reyk\n\n"We will keep the crossings open."`;
    expect(speakers(text)).toEqual([
      ['Ignoring the border will not make it go away.', 'Sonia Velden'],
      ['We will keep the crossings open.', 'Tomas Reyk'],
    ]);
  });

  it('"“…,” was X’s reaction" is X’s', () => {
    const text = `${HEAD}“Congratulations on a historic mandate. Today surely belongs to the harbour,” was Mehbooba Muftin’s reaction.`;
    expect(speakers(text)).toEqual([['Congratulations on a historic mandate. Today surely belongs to the harbour', 'Mehbooba Muftin']]);
  });

  it('a text set with only closing marks (”…,” she said) reads each as a straight mark; the quotes stay exact slices', () => {
    const text = `${HEAD}”President Velden was one of my closest political friends,” Lena Ostrova said.\n\nGovernor Tomas Reyk said he felt ”great sorrow over the passing of the president.”`;
    expect(speakers(text)).toEqual([
      ['President Velden was one of my closest political friends', 'Lena Ostrova'],
      ['great sorrow over the passing of the president.', 'Tomas Reyk'],
    ]);
  });

  it('a title after a title is no name ("the Chief Press Secretary to the Governor")', () => {
    const mentions = findMentions('A statement by Kunle Somorin, the Chief Press Secretary to the Governor, was issued.', {
      people: new Map(),
      acronyms: new Map(),
      home: null,
    });
    expect(mentions.filter((m) => m.kind === 'PERSON').map((m) => m.name)).toEqual(['Kunle Somorin']);
  });

  it('a country\'s alternative spelling that is an English word or a given name names no country ("Long Island", "Dominique")', () => {
    const ctx = () => ({ people: new Map(), acronyms: new Map(), home: null });
    expect(findMentions('Long Island police said the road was shut.', ctx()).filter((m) => m.kind === 'COUNTRY' || m.kind === 'BODY')).toEqual([]);
    const mentions = findMentions('Velden Retail Association chief executive Dominique Kettridge said sales fell.', ctx());
    expect(mentions.filter((m) => m.kind === 'COUNTRY')).toEqual([]);
    expect(mentions.filter((m) => m.kind === 'PERSON').map((m) => m.name)).toEqual(['Dominique Kettridge']);
  });

  it('"the company said" far from the one company the section names is that company', () => {
    const text = `${HEAD}Western Dalgety says customer data was stolen in March.\n\nThe breach at Western Dalgety included names and addresses.\n\nExperts said the breach was large.\n\nBanks were warned on Monday.\n\n"We are investigating the validity of this data," the company pointed out.`;
    expect(speakers(text)).toEqual([['We are investigating the validity of this data', 'Western Dalgety']]);
  });

  it('"according to her" and a verb of memory after the quote name the speaker', () => {
    const text = `${HEAD}Finance Minister Lena Ostrova spoke to reporters on Monday. According to her, "the crossings will reopen next week."\n\n"Singing at the border was the highlight of my career," Tomas Reyk remembered of the 2005 concert.`;
    expect(speakers(text)).toEqual([
      ['the crossings will reopen next week.', 'Lena Ostrova'],
      ['Singing at the border was the highlight of my career', 'Tomas Reyk'],
    ]);
  });

  it('an organisation only the citations read speaks where a name would', () => {
    const text = `${HEAD}Brandvik Group said the ruling was "deeply unfair to our customers and staff".`;
    expect(speakers(text)).toEqual([['deeply unfair to our customers and staff', 'Brandvik Group']]);
  });

  it('a sign-off may close with a place or a time, never with a clause', () => {
    const text = `${HEAD}"Congratulations on a historic accord!" Foreign Minister Lena Ostrova wrote on X.`;
    expect(speakers(text)).toEqual([['Congratulations on a historic accord!', 'Lena Ostrova']]);
    const clause = `${HEAD}"A historic day for the whole region!" Trade Minister Tomas Vell said the accord was late.`;
    expect(speakers(clause)).toEqual([['A historic day for the whole region!', null]]);
  });

  it('a possessive or a word for a rival before a full name; a person praised is no speaker of "he said"', () => {
    expect(personNames('Norway’s Dawn Kjelstad, one of the two winners, said the race was fair.')).toEqual(['Dawn Kjelstad']);
    expect(personNames('His great rival Sachin Velkar was stunned.')).toEqual(['Sachin Velkar']);
    const text = `${HEAD}Governor Tomas Reyk spoke after the vote.\n\nHe commended Ann Velkar for her campaign.\n\n"She has satisfied her supporters and her party," he said.`;
    expect(speakers(text)).toEqual([['She has satisfied her supporters and her party', 'Tomas Reyk']]);
  });

  it('"“…”, while Minister X said" gives X no part of the quote before the conjunction', () => {
    const text = `${HEAD}Prime Minister Anna Berg said her government "knows the accord is real", while Trade Minister Tomas Vell said the target would be "achievable and ambitious for everyone".`;
    expect(speakers(text)).toEqual([
      ['knows the accord is real', 'Anna Berg'],
      ['achievable and ambitious for everyone', 'Tomas Vell'],
    ]);
  });

  it('"he said" skips a person whose first name is a woman’s, and "she said" a man’s', () => {
    const text = `${HEAD}Chief negotiator Michel Darnay welcomed the accord.\n\nCommission President Ursula Velden spoke to reporters on Monday.\n\nHe also added the union was "ready to rework the declaration in line with the guidelines".`;
    expect(speakers(text)).toEqual([['ready to rework the declaration in line with the guidelines', 'Michel Darnay']]);
  });

  it('"X, who’s …, said" is a person; a title about a person ("X’s 50 best wickets") signs no quote', () => {
    expect(personNames('Pakistan’s Babar Velkar, who’s captaining his side, said: ')).toEqual(['Babar Velkar']);
    const text = `${HEAD}The tributes kept coming on Friday.\n\n"Rest in peace, my friend and my rival."\n\nShane Velkar's 50 best wickets on home soil\n\nThe list follows.`;
    expect(speakers(text)).toEqual([['Rest in peace, my friend and my rival.', null]]);
  });

  it('"X of <place> said", "Name: “…”", an institution named with its acronym, and no agent closing an apposition', () => {
    expect(speakers(`${HEAD}President Tomas Reyk of Ruritania said, "The world needs more leaders who speak for the people."`)).toEqual([
      ['The world needs more leaders who speak for the people.', 'Tomas Reyk'],
    ]);
    expect(speakers(`${HEAD}Lena Ostrova:  "Very few leaders were able to change the mood of the entire region."`)).toEqual([
      ['Very few leaders were able to change the mood of the entire region.', 'Lena Ostrova'],
    ]);
    expect(
      speakers(`${HEAD}"At present, it has been confirmed that this ferry has sunk," the Harbour Safety Administration of Ruritania (HSAR) said.`),
    ).toEqual([['At present, it has been confirmed that this ferry has sunk', 'Harbour Safety Administration of Ruritania']]);
    expect(speakers(`${HEAD}Mara Velden, chair of a peace group co-founded by Tomas Reyk, said "we are all devastated by this".`)).toEqual([
      ['we are all devastated by this', 'Mara Velden'],
    ]);
    // The agent of a passive that opens the sentence is its actor: "he said" after it is still that person.
    expect(
      speakers(
        `${HEAD}The messages were led by Governor Tomas Reyk who sent a telegram to the harbour.\n\nHe said: "I hurry to express my profound sorrow to the families."`,
      ),
    ).toEqual([['I hurry to express my profound sorrow to the families.', 'Tomas Reyk']]);
  });

  it('an institution’s name may hold two "of" or "for" parts', () => {
    const names = findMentions('The Jakarta-based Institute for Policy Analysis of Conflict said the attacks would go on.', {
      people: new Map(),
      acronyms: new Map(),
      home: null,
    });
    expect(names.map((m) => m.name)).toEqual(['Institute for Policy Analysis of Conflict']);
  });

  it("wire copy's ``…'' and translated copy's «…» are quotes, exact slices of the input", () => {
    const text = `${HEAD}\`\`The committee could not have made a better choice,'' Prime Minister Lena Ostrova said.\n\nPolice did not find «any evidence of shots being fired,» according to Tomas Reyk, the police chief.`;
    expect(speakers(text)).toEqual([
      ['The committee could not have made a better choice', 'Lena Ostrova'],
      ['any evidence of shots being fired', 'Tomas Reyk'],
    ]);
  });

  it('wire copy may close ``… with two grave accents again', () => {
    const text = `${HEAD}\`\`The restart of any plant after an outage is a sign of an industry that works,\`\` said Kesrin Volodar, a spokesman for the Halvor Energy Council.`;
    expect(speakers(text)).toEqual([['The restart of any plant after an outage is a sign of an industry that works', 'Kesrin Volodar']]);
  });

  it('Nigerian wire copy may close “… with two curly single marks (’’), an apostrophe inside staying', () => {
    const text = `${HEAD}Kettridge said the suspect was arrested at the river.\n\n“The police also arrested the doctor who treated the suspect’s wound at the clinic.’’`;
    expect(speakers(text).map(([q]) => q)).toEqual(['The police also arrested the doctor who treated the suspect’s wound at the clinic.']);
  });

  it("a quote holding quotes in the same marks is one quote; a translation's “ … » is one too", () => {
    const text = `${HEAD}“While we have things to “bring into order” and we fully understand our duty, we will fulfil our platform titled “Agenda for Development” from today.” said Tomas Velkar.\n\nAnother leader, General Kesrin Volodar: “ Velden and Harbour have always maintained ties of friendship and fraternity. »`;
    expect(speakers(text)).toEqual([
      [
        'While we have things to “bring into order” and we fully understand our duty, we will fulfil our platform titled “Agenda for Development” from today.',
        'Tomas Velkar',
      ],
      ['Velden and Harbour have always maintained ties of friendship and fraternity.', 'Kesrin Volodar'],
    ]);
  });

  it('"the statement said" is its author’s: "X issued a statement", "a statement from X", "In a statement, X said"', () => {
    const others = 'Finance Minister Lena Ostrova welcomed the news.';
    const issued = `${HEAD}${others} The Halvor Harbour Commission issued a statement on Monday.\n\n"The crossing will reopen next week for all ferries," the statement said.`;
    expect(speakers(issued)).toEqual([['The crossing will reopen next week for all ferries', 'Halvor Harbour Commission']]);
    const from = `${HEAD}${others} A statement from the Halvor Harbour Commission was read out on Monday.\n\n"The crossing will reopen next week for all ferries," the statement said.`;
    expect(speakers(from)).toEqual([['The crossing will reopen next week for all ferries', 'Halvor Harbour Commission']]);
  });

  it('a quote standing alone after "he said …" or "X, <long apposition>, said …" continues that speaker', () => {
    const he = `${HEAD}Governor Tomas Reyk spoke after the vote.\n\nHe said the community must not be blamed for the attack.\n\n"This act has nothing to do with them or the things that they hold dear."`;
    expect(speakers(he)).toEqual([['This act has nothing to do with them or the things that they hold dear.', 'Tomas Reyk']]);
    const apposition = `${HEAD}Mara Velden, deputy general secretary of the harbour workers' union, said it would be wrong to reopen the port.\n\n"The greater priority has to be the safety and welfare of the crews."`;
    expect(speakers(apposition)).toEqual([['The greater priority has to be the safety and welfare of the crews.', 'Mara Velden']]);
  });

  it('a clause’s subject speaks what its participle of description quotes ("sent greetings, describing X as “…”")', () => {
    const text = `${HEAD}Prime Minister Tomas Reyk sent similar greetings, describing Velden as "a true friend of the harbour and its people."`;
    expect(speakers(text)).toEqual([['a true friend of the harbour and its people.', 'Tomas Reyk']]);
  });

  it('no one compared ("like X") or told ("told X that …") speaks; a title alone after "said" names no one', () => {
    const like = `${HEAD}West Indian legend Ana Velden, who, like Tomas Reyk, was one of the five sailors of the century, said: "Unbelievable. I am shocked to the core."`;
    expect(speakers(like)).not.toContainEqual(['Unbelievable. I am shocked to the core.', 'Tomas Reyk']);
    const told = `${HEAD}Prime Minister Tomas Reyk spoke to reporters.\n\nHe told Ana Velden in a call that he appreciated the leader's "understanding that the harbour will stay open to all".`;
    expect(speakers(told)).not.toContainEqual(['understanding that the harbour will stay open to all', 'Ana Velden']);
    const title = `${HEAD}"The rescue team returned at 2 am as it continued raining," said Chief District Officer of Halvor, Tomas Reyk.`;
    // The name after the title's place is the speaker.
    expect(speakers(title)).toEqual([['The rescue team returned at 2 am as it continued raining', 'Tomas Reyk']]);
  });

  it('a title of a place before a name: "Mayor of Halvor Tomas Reyk", "Governor of Velden State Ana Ostrova"', () => {
    expect(speakers(`${HEAD}Mayor of Halvor Tomas Reyk tweeted on Tuesday morning: "Free speech cannot mean a free pass for hatred."`)).toEqual([
      ['Free speech cannot mean a free pass for hatred.', 'Tomas Reyk'],
    ]);
    expect(speakers(`${HEAD}The Governor of Velden State Babajide Ostrova said: "The roads will reopen on Monday."`)).toEqual([
      ['The roads will reopen on Monday.', 'Babajide Ostrova'],
    ]);
    // A place run with no name after it names no one.
    expect(findMentions('The Governor of New York State said the roads would reopen.', { people: new Map(), acronyms: new Map(), home: null })).toEqual([]);
  });

  it('initials without full stops are part of a name ("S B Reyk", "Tomas D Velden", "M Ana Ostrova"); "A" and "I" are words', () => {
    expect(speakers(`${HEAD}"We are working on our rescue techniques," S B Reyk, an official with the rescue force, told reporters.`)).toEqual([
      ['We are working on our rescue techniques', 'S B Reyk'],
    ]);
    expect(speakers(`${HEAD}"Impunity only feeds intolerance," said Resident Coordinator Tomas D Velden.`)).toEqual([
      ['Impunity only feeds intolerance', 'Tomas D Velden'],
    ]);
    expect(speakers(`${HEAD}"We believe in the unity of the nation," M Ana Ostrova said on X.`)).toEqual([
      ['We believe in the unity of the nation', 'M Ana Ostrova'],
    ]);
    expect(personNames('A Halvor Times reporter said the port was closed.')).toEqual([]);
  });

  it('a middle word of the one longer name alone names that person ("Faki said" after "Moussa Faki Mahamat")', () => {
    const text = `${HEAD}Moussa Velkar Mahamat spoke on Monday. "The senseless nature of this coup must be fought," Velkar said.`;
    expect(speakers(text)).toEqual([['The senseless nature of this coup must be fought', 'Moussa Velkar Mahamat']]);
  });

  it("a subject closing its own apposition before any speech verb speaks; a name inside another's apposition does not", () => {
    expect(speakers(`${HEAD}Tomas Reyk, premier of Halvor, hailed her "life of undimmed duty," adding more.`)).toEqual([
      ['life of undimmed duty', 'Tomas Reyk'],
    ]);
    // "denounced X, saying": the object before a participle is no speaker.
    const object = `${HEAD}The Velden government also denounced Tomas Reyk, saying that "we strongly condemn yet another provocation."`;
    expect(speakers(object)).not.toContainEqual(['we strongly condemn yet another provocation.', 'Tomas Reyk']);
    const inside = `${HEAD}The Government of Velden, through a statement from the Halvor Harbour Commission, stated that "this historic triumph renews hope."`;
    expect(speakers(inside)).not.toContainEqual(['this historic triumph renews hope.', 'Halvor Harbour Commission']);
  });

  it('an acronym whose letters spell a person\'s name is not that person: "Ana Halvor Ostrova ... the AHO Foundation"', () => {
    const text = `${HEAD}Ana Halvor Ostrova, a rights activist and founder of the AHO Foundation, welcomed the purchase.\n\n"It is a great day for free speech," she tweeted.`;
    expect(speakers(text)).toEqual([['It is a great day for free speech', 'Ana Halvor Ostrova']]);
  });

  it('"she" past a nearer subject whose first name the model reads as a man\'s names no one whose gender nothing tells', () => {
    const text = `${HEAD}Mayor Sadiq Okoro spoke first. "Free speech is no free pass," Okoro said.\n\nAyaan Velden, a rights activist, welcomed the purchase.\n\n"It is a great day for free speech," she tweeted.`;
    expect(speakers(text)).not.toContainEqual(['It is a great day for free speech', 'Sadiq Okoro']);
  });

  it('one word after a quote names the one full name holding it, even where no finder read that name as a person', () => {
    const text = `${HEAD}For his part, Raila Odinga whose petition was upheld spoke outside the court.\n\n"This is a historic day for the people," Raila said.`;
    expect(speakers(text)).toEqual([['This is a historic day for the people', 'Raila Odinga']]);
    const titled = `${HEAD}Ambassadors Koshikawa Kazuhiko of Japan and Anke Velden of Halvor sent aid.\n\n"I hope for everyone's safety," Kazuhiko said.`;
    expect(speakers(titled)).toEqual([["I hope for everyone's safety", 'Koshikawa Kazuhiko']]);
    // Two names hold the word: no one.
    const two = `${HEAD}Raila Odinga and Raila Velden spoke outside the court.\n\n"This is a historic day for the people," Raila said.`;
    expect(speakers(two)).toEqual([['This is a historic day for the people', null]]);
  });

  it('a country, a known organisation or an acronym that speaks is no outlet; a country ending a longer name does not speak', () => {
    expect(speakers(`${HEAD}"We are deploying additional forces," NATO said in a statement.`)).toEqual([['We are deploying additional forces', 'NATO']]);
    expect(speakers(`${HEAD}Chile, Peru's largest trading partner, said it hoped for a "new level that would benefit both countries."`)).toEqual([
      ['new level that would benefit both countries.', 'Chile'],
    ]);
    expect(speakers(`${HEAD}HSEA stated on Monday, "Last evening we succeeded in establishing contact with the lander."`)).toEqual([
      ['Last evening we succeeded in establishing contact with the lander.', 'HSEA'],
    ]);
    expect(speakers(`${HEAD}"We pray for the health of the former prime minister," the Russian embassy in Japan said in a post.`)).not.toContainEqual([
      'We pray for the health of the former prime minister',
      'Japan',
    ]);
  });

  it('"the prime minister said" refers back: never to a person the text names only after it', () => {
    const text = `${HEAD}"Congratulations on the win," wrote Halvor's Tomas Reyk. The prime minister called the friendship "the envy of the world."\n\nVelden Prime Minister Ana Ostrova was more guarded.`;
    expect(speakers(text)).not.toContainEqual(['the envy of the world.', 'Ana Ostrova']);
  });

  it('a country\'s name after a first name is a surname ("Nick Holland"); "Sheikh" or "Sultan" may end a name', () => {
    expect(speakers(`${HEAD}But Halvor Mining chief executive Nick Holland said: "We hope the authorities will re-evaluate."`)).toEqual([
      ['We hope the authorities will re-evaluate.', 'Nick Holland'],
    ]);
    const sheikh = `${HEAD}Tomas Reyk, a traders' leader, welcomed the budget.\n\nNadim Sheikh, former traders' association president, praised the recovery. He said the measures "have stabilized the rupee".`;
    expect(speakers(sheikh)).toEqual([['have stabilized the rupee', 'Nadim Sheikh']]);
  });

  it('a nickname in quotation marks is no part of the name ("Aquilino “Koko” Velden III", "Pushpa Kamal Reyk ‘Prachanda’")', () => {
    const inside = `${HEAD}Senate President Aquilino “Koko” Velden III on Friday invoked the right of the Senate. He said the court was “not supreme in impeachment matters”.`;
    expect(speakers(inside)).toEqual([['not supreme in impeachment matters', 'Aquilino Velden III']]);
    const after = `${HEAD}Halvor Prime Minister Pushpa Kamal Reyk ‘Prachanda’ said: "I congratulate the team on the landing."`;
    expect(speakers(after)).toEqual([['I congratulate the team on the landing.', 'Pushpa Kamal Reyk']]);
  });

  it('the capitals of a photo credit are no organisation that "it" could refer to (the company cited before is)', () => {
    const text =
      'Halvorbras goes against the president on fuel price cuts\n\nhalvorbras gas prices\nPhoto: SL Chen/Shutterstock\n\n' +
      'In an official statement to the market, the oil giant Halvorbras went against the president and said the company has made no decision to reduce its fuel prices\n\n' +
      '“Halvorbras does not anticipate readjustment decisions and reinforces that there is no decision taken,” the company wrote.';
    // (Halvorbras "went against the president and said": cited, the company the quote's "the company" refers to)
    expect(speakers(text)).toEqual([['Halvorbras does not anticipate readjustment decisions and reinforces that there is no decision taken', 'Halvorbras']]);
    // (no body cited: still no speaker, the credit's capitals are none)
    expect(speakers(text.replace(' and said the company has made', '. It has made'))).toEqual([
      ['Halvorbras does not anticipate readjustment decisions and reinforces that there is no decision taken', null],
    ]);
  });

  it('a body named without its country is the body the text names with it (after "the US Consumer Product Safety Commission")', () => {
    const text = `${HEAD}The recall was announced by the US Consumer Product Safety Commission on Monday.\n\n"No illnesses have been reported," the Consumer Product Safety Commission said.`;
    expect(speakers(text)).toEqual([['No illnesses have been reported', 'US Consumer Product Safety Commission']]);
  });

  it('a quote signed after " - " (a dash typed as a hyphen), a body\'s acronym and a title before the name', () => {
    const text = `${HEAD}"The economic circumstances provide an opportunity to improve living standards." - HWC president Justice Tomas Reyk`;
    expect(speakers(text)).toEqual([['The economic circumstances provide an opportunity to improve living standards.', 'Tomas Reyk']]);
  });

  it('a straight opening mark closed by a curly one is one quote ("…,” read the statement)', () => {
    const text = `${HEAD}Tomas Reyk released a statement on Friday.\n\n"She was a stateswoman of unmatched dignity. She helped make our alliance special,” read the statement.`;
    expect(speakers(text).map(([q]) => q)).toEqual(['She was a stateswoman of unmatched dignity. She helped make our alliance special']);
  });

  it("pasted web copy under its headline: each line is a paragraph, each paragraph's open quote its own", () => {
    const line = (n: number) =>
      `“This is claim number ${n} of the report, and it is utterly false, as the commissioner has told the harbour board and the ministry in writing.`;
    const text = `Halvor police boss slams Australian media report on mass murder, rape and corruption at the port\nHalvor Commissioner of Police Tomas Reyk has described a media report alleging that port police were involved in forced evictions and killings as rubbish and a pack of lies.\n${line(1)}\n${line(2)}\n${line(3)}”`;
    expect(speakers(text).map(([q]) => String(q).replace(/\.$/, ''))).toEqual([1, 2, 3].map((n) => line(n).slice(1, -1)));
  });

  it('a titled apposition before the name and a comma after it: the name is the subject ("X\'s friend and ally, former prime minister Y, remembered")', () => {
    const text = `${HEAD}Reyk's great friend and ally, former Halvor prime minister Ana Ostrova, remembered him as "a truly great hero of the harbour".`;
    expect(speakers(text)).toEqual([['a truly great hero of the harbour', 'Ana Ostrova']]);
  });

  it("\", the group's chief economist,\" is a person's apposition, not a company's", () => {
    const text = `${HEAD}Tomas Reyk, the group's chief economist, said: "The budget could be a defining moment in Halvor's economic history."`;
    expect(speakers(text)).toEqual([["The budget could be a defining moment in Halvor's economic history.", 'Tomas Reyk']]);
  });

  it('a job\'s apposition left without its closing comma before "said"', () => {
    const text = `${HEAD}Ana Ostrova, associate director at The Halvor Foundation said: "The regional announcements on capital spending are welcome."`;
    expect(speakers(text)).toEqual([['The regional announcements on capital spending are welcome.', 'Ana Ostrova']]);
  });

  it('a signature after a dash may describe the person in several words first ("— his son, former president X")', () => {
    const text = `${HEAD}“He was a man of the highest character and the best dad a son could ask for.” — his son, former president Tomas Reyk\n\n“He was a true partner in a dramatic time for all of us.” — former Halvor leader Ana Ostrova`;
    expect(speakers(text)).toEqual([
      ['He was a man of the highest character and the best dad a son could ask for.', 'Tomas Reyk'],
      ['He was a true partner in a dramatic time for all of us.', 'Ana Ostrova'],
    ]);
  });

  it('"a message to Halvor\'s new King Tomas": an addressee after a possessive and an adjective is no subject for "he"', () => {
    const text = `${HEAD}Dozens of leaders extended condolences.\n\nIn a message to Halvor's new King Tomas, 73, Chilean President Piet Ostrov said the queen "enjoyed the love and respect of her subjects."\n\nHe added: "I wish you courage and resilience in the face of this loss."`;
    expect(speakers(text)).toContainEqual(['I wish you courage and resilience in the face of this loss.', 'Piet Ostrov']);
  });

  it('a person called, visited or named alongside is no subject for "he"; nor is a person the text says has died', () => {
    const called = `${HEAD}UN Secretary General Tomas Reyk called President Piet Velden and expressed his solidarity.\n\n"The Secretary-General is following the attack with alarm," he said in a statement.`;
    expect(speakers(called)).toEqual([['The Secretary-General is following the attack with alarm', 'Tomas Reyk']]);
    const dead = `${HEAD}Tributes poured in after Piet Velden died on Wednesday.\n\nPresident Tomas Reyk also paid tribute in a TV interview. Piet Velden scored twice in the 1986 final.\n\n"I doubt that we will ever see another player like him," he said.`;
    expect(speakers(dead)).toEqual([['I doubt that we will ever see another player like him', 'Tomas Reyk']]);
  });

  it('a player known by one name after the job ("Brazilian footballer Pelo, often hailed ..., said")', () => {
    const text = `${HEAD}Gary Velden, a former striker, said it was a sad day.\n\nBrazilian footballer Pelo, often hailed alongside Velden as one of the greats, said it was sad to "lose friends this way".\n\n"Certainly one day we will kick a ball together in the sky above," he added.`;
    expect(speakers(text)).toContainEqual(['Certainly one day we will kick a ball together in the sky above', 'Pelo']);
  });

  it('a title-case headline\'s verb ends a name ("Halvor Police Chief Pledges Ongoing Support" names no "Pledges Ongoing Support")', () => {
    const persons = findMentions('Halvor Police Chief Pledges Ongoing Support For Velden And Samoa', { people: new Map(), acronyms: new Map(), home: null })
      .filter((m) => m.kind === 'PERSON')
      .map((m) => m.name);
    expect(persons).toEqual([]);
  });

  it('a paragraph that is only a quote, after a paragraph ending on one person who "described", "expressed" or "took to Twitter"', () => {
    const text = `${HEAD}Former Halvor captain Tomas Reyk described a fierce opponent on the field and a great friend off it.\n\n“Everyone wanted to be around him, but he was just a normal guy who could do incredible things.”`;
    expect(speakers(text)).toEqual([['Everyone wanted to be around him, but he was just a normal guy who could do incredible things.', 'Tomas Reyk']]);
    // Another person named beside the subject: no one.
    const two = `${HEAD}Former Halvor captain Tomas Reyk described Ana Ostrova as a fierce opponent on the field.\n\n“Everyone wanted to be around her, but she was just a normal person who could do incredible things.”`;
    expect(speakers(two)).toEqual([['Everyone wanted to be around her, but she was just a normal person who could do incredible things.', null]]);
  });

  it('the lead-in\'s verbs of condolence and confirmation ("conveyed", "sent his"), and a body in the subject\'s title', () => {
    const q = 'Our thoughts are with everyone who lost a loved one today.';
    const conveyed = `${HEAD}Velden Prime Minister Tomas Reyk conveyed his condolences to the families of the victims.\n\n“${q}”`;
    expect(speakers(conveyed)).toEqual([[q, 'Tomas Reyk']]);
    const sent = `${HEAD}Velden Prime Minister Tomas Reyk sent his condolences to the families of the victims.\n\n“${q}”`;
    expect(speakers(sent)).toEqual([[q, 'Tomas Reyk']]);
    // ("Halvor Port Authority Director Ann Velden": the body is her title's, not a second subject)
    const titled = `${HEAD}Halvor Port Authority Director Ann Velden thanked the crews for their work overnight.\n\n“${q}”`;
    expect(speakers(titled)).toEqual([[q, 'Ann Velden']]);
    // A body named after the verb, as the one thanked: still hers; a second body before the verb: no one.
    const object = `${HEAD}Ann Velden thanked the Halvor Port Authority for its work overnight.\n\n“${q}”`;
    expect(speakers(object)).toEqual([[q, 'Ann Velden']]);
    const shared = `${HEAD}Ann Velden and the Halvor Port Authority thanked the crews for their work overnight.\n\n“${q}”`;
    expect(speakers(shared)).toEqual([[q, null]]);
    // A body that spoke before her name ("said"): no title of hers, the quote no one's for sure.
    const spoke = `${HEAD}The Halvor Port Authority said Ann Velden conveyed her condolences to the families.\n\n“${q}”`;
    expect(speakers(spoke)).toEqual([[q, null]]);
    // Acts, not words: "did not respond", "was released", "sent his son".
    for (const act of [
      'did not respond to a request for comment on Friday',
      'was released from hospital on Friday',
      'sent his son to a boarding school in Halvor',
    ])
      expect(speakers(`${HEAD}Tomas Reyk ${act}.\n\n“${q}”`)).toEqual([[q, null]]);
  });

  it('a paragraph that is only a quote, after one opening on a body, organisation or country that "issued the following statement" or "was quick to respond"', () => {
    const q = 'A hearing of the disciplinary panel will take place on Tuesday evening.';
    const issued = `${HEAD}The Ostland Football Association issued the following statement:\n\n“${q}”`;
    expect(speakers(issued)).toEqual([[q, 'Ostland Football Association']]);
    const confirmed = `${HEAD}In a statement on Friday, the Halvor Port Authority released the following statement on the appeal.\n\n“${q}”`;
    expect(speakers(confirmed)).toEqual([[q, 'Halvor Port Authority']]);
    const bracket = `${HEAD}The Halvor Port Authority (HPA) was quick to respond with a public note.\n\n“${q}”`;
    expect(speakers(bracket)).toEqual([[q, 'Halvor Port Authority']]);
    // The body as a noun's attribute ("Ostland officials have said"), or a person beside it: no one.
    const officials = `${HEAD}Ostland officials have said the ministry is responsible for the delays at the border.\n\n“${q}”`;
    expect(speakers(officials)).toEqual([[q, null]]);
    const person = `${HEAD}The Halvor Port Authority issued the following statement on Tomas Reyk:\n\n“${q}”`;
    expect(speakers(person)).toEqual([[q, null]]);
    // Acts, not words ("issued a ban", "released the player", "confirmed the player would miss"), and an acronym the
    // lexicon does not know, maybe a company's: no one.
    for (const act of [
      'issued a ten-match ban to the midfielder',
      'released the midfielder from his contract',
      'confirmed the midfielder would miss the final',
    ])
      expect(speakers(`${HEAD}The Ostland Football Association ${act}.\n\n“${q}”`)).toEqual([[q, null]]);
    expect(speakers(`${HEAD}VLC issued the following statement:\n\n“${q}”`)).toEqual([[q, null]]);
  });

  it('"it said" after "the UNHCR said": an acronym the lexicon knows is a body "it" may stand for, as one the text spells out is', () => {
    const text = `${HEAD}Halvor authorities said Wednesday they will push the boat back despite calls from the UN refugee agency to let the passengers land.\n\nThe boat is leaking and may be at risk of capsizing, the UNHCR said Tuesday.\n\n“We are deeply concerned for the safety and lives of those onboard,” it said in a statement.`;
    expect(speakers(text)).toEqual([['We are deeply concerned for the safety and lives of those onboard', 'UNHCR']]);
  });

  it('"it said" after a body named in full and then by the acronym the lexicon knows ("the WFP said"): one body, not two', () => {
    const text = `${HEAD}The World Food Program (WFP) condemned the attack on the convoy on Sunday.\n\nHighlighting the hunger crisis, the WFP said nearly one in three people go days without food.\n\n“We urgently call on all parties to allow the delivery of food aid,” it said.`;
    expect(speakers(text)).toEqual([['We urgently call on all parties to allow the delivery of food aid', 'World Food Programme']]);
  });

  it('a title-case heading\'s verb of condolence ends a name, and "Prez" and "Comptroller" are titles ("Prez Tomas Reyk Expresses Grief")', () => {
    expect(persons('Prez Tomas Reyk Expresses Grief')).toEqual(['Tomas Reyk']);
    expect(persons('Halvor Premier Ann Velden Extends Condolences')).toEqual(['Ann Velden']);
    expect(persons('Comptroller Ann Velden said the audit would start on Monday.')).toEqual(['Ann Velden']);
  });

  it('"president of Halvor\'s Firefighters Without Frontiers" names no person "Without Frontiers"', () => {
    const text = `${HEAD}Tomas Velden, president of Halvor's Firefighters Without Frontiers, told reporters: "We are in contact with the authorities and ready to help."`;
    expect(speakers(text)).toEqual([['We are in contact with the authorities and ready to help.', 'Tomas Velden']]);
  });

  it('one word after a quote names the full name without the participle that opened its sentence ("Quoting Rafaelito Alejandro, ...")', () => {
    const text = `${HEAD}Quoting Rafaelito Velkaro, deputy administrator of the civil defence office, the agency reported a new toll.\n\n"We are receiving additional numbers of reported casualties," Velkaro told reporters.`;
    expect(speakers(text)).toEqual([['We are receiving additional numbers of reported casualties', 'Rafaelito Velkaro']]);
  });

  it('the second of a pair speaks with the first, neither alone ("a joint statement by HSFA and VEFA said", "Tomas and Ana Reyk said")', () => {
    const joint = `${HEAD}A joint statement by HSFA and VEFA said that "these decisions were adopted today by both bodies."`;
    expect(speakers(joint)).toEqual([['these decisions were adopted today by both bodies.', null]]);
    const couple = `${HEAD}Tomas and Ana Reyk said in a statement: "He transcends borders and will resonate through the ages."`;
    expect(speakers(couple)).toEqual([['He transcends borders and will resonate through the ages.', null]]);
  });

  it('a run of quotes breaks at a sentence that names someone else, even as an object', () => {
    const text = `${HEAD}"Congratulations on this great success," Ana Ostrova, leader of the Velden party, said on Thursday morning. "All of Europe wants a turnaround!" she added.\n\nPiet Wilders also received congratulations from Hungarian Prime Minister Tomas Kovacs, with whom he shares an opposition to the plan. “The winds of change are here at last`;
    expect(speakers(text)).not.toContainEqual(['The winds of change are here at last', 'Ana Ostrova']);
  });

  it('"said X in the courtroom after ...": where and when after the inverted name; not a title whose holder follows its place', () => {
    const where = `${HEAD}"This petition is hereby declared without merit," said Judge Tomas Velkaro in the Halvor courtroom after reading the ruling.`;
    expect(speakers(where)).toEqual([['This petition is hereby declared without merit', 'Tomas Velkaro']]);
    const title = `${HEAD}"Impunity will only lead to further incidents of this kind," said UN Resident Coordinator in Velmark Robert D Watkins.`;
    const [[, holder]] = speakers(title);
    expect([null, 'Robert D Watkins']).toContain(holder);
  });

  it('a name after the quote with two appositions before its verb ("X, the administrator of Y, the site of the disaster, said")', () => {
    const text = `${HEAD}"Rocks are still moving and the mountain is still crumbling," Sandor Velik, the administrator of Halvor Province, the site of the slide, said on Tuesday evening.`;
    expect(speakers(text)).toEqual([['Rocks are still moving and the mountain is still crumbling', 'Sandor Velik']]);
  });

  it('abbreviated ranks and council titles are no part of the name ("Supt", "Cllr", "Councilman"); "State" before a title is no verb', () => {
    const text = `${HEAD}"The car drifted into the opposite lane," Supt Mohd Halim Besar said.\n\n"We will support the people who are struggling most," Cllr Ana Ostrova said.\n\nVelden Councilman Tomas Velkaro\n\n"There can be no justification for this vicious attack on our officers."\n\nState Sen. Karen Velik, chair of the Velden Party\n\n"We all struggle to grapple with what seems like endless violence in our streets."`;
    expect(speakers(text)).toEqual([
      ['The car drifted into the opposite lane', 'Mohd Halim Besar'],
      ['We will support the people who are struggling most', 'Ana Ostrova'],
      ['There can be no justification for this vicious attack on our officers.', 'Tomas Velkaro'],
      ['We all struggle to grapple with what seems like endless violence in our streets.', 'Karen Velik'],
    ]);
  });

  it('an abbreviated title before a name is its role ("Gov. X" is the governor, "Cllr X" the councillor)', () => {
    const text = `${HEAD}Gov. Tomas Bel Velkaro issued a statement calling the shooting an attack on all of us.\n\n"Every resource available to the state will be used to find them," the governor said.\n\nCllr Ana Ostrova spoke at the meeting.\n\n"We will protect the services people need most," the councillor said.`;
    expect(speakers(text)).toEqual([
      ['Every resource available to the state will be used to find them', 'Tomas Bel Velkaro'],
      ['We will protect the services people need most', 'Ana Ostrova'],
    ]);
  });

  it('a "Name, role:" line under a quote leads into the next quote; it signs off none', () => {
    const text = `Leaders react to the ruling\n\nReactions came in all day.\n\nVelden City Mayor Eric Adamek, Democrat and former member of the Velden council for many years:\n\n"There is nothing to call this opinion but an affront to basic human rights.\n\nSen. Mark Warnik, Halvor Democrat and ranking member of the Senate committee on finance:\n\n"This decision is a devastating blow to the rights of millions of people."`;
    expect(speakers(text)).toEqual([
      ['There is nothing to call this opinion but an affront to basic human rights', 'Eric Adamek'],
      ['This decision is a devastating blow to the rights of millions of people.', 'Mark Warnik'],
    ]);
  });

  it('"said the head of the Danish Red Cross, X": the holder after the body speaks, and an organisation the lexicon knows is no name', () => {
    const known = `${HEAD}"What we are witnessing is a huge catastrophe," said the head of the Danish Red Cross, Tomas Velkaro.`;
    expect(speakers(known)).toEqual([['What we are witnessing is a huge catastrophe', 'Tomas Velkaro']]);
    const unknown = `${HEAD}"What we are witnessing is a huge catastrophe," said the head of the Velden Relief Agency, Tomas Velkaro.`;
    expect(speakers(unknown)).toEqual([['What we are witnessing is a huge catastrophe', 'Tomas Velkaro']]);
  });

  it('"with X saying, ..." and "..., while X, who ..., sought to reassure them by adding, ...": the participle\'s own subject speaks', () => {
    const withSaying = `${HEAD}Velmark also denounced the attack with Foreign Ministry spokesperson, Wang Wenbin saying, "Velmark opposes all acts that harm civilians and their homes."`;
    expect(speakers(withSaying)).toEqual([['Velmark opposes all acts that harm civilians and their homes.', 'Wang Wenbin']]);
    const clause = `${HEAD}The Halvor government congratulated Lai, while President Joe Biden, who plans to send a delegation, sought to reassure Velmark by adding, "We do not support independence for anyone."`;
    expect(speakers(clause)).toEqual([['We do not support independence for anyone.', 'Joe Biden']]);
  });

  it('"Sheikh" after a first name is a word of the name ("Hassan Sheikh Mohamud"), not a title that cuts it', () => {
    const text = `${HEAD}Velmark President Hassan Sheikh Velkaro said: "I offer my sincere congratulations to the president-elect."`;
    expect(speakers(text)).toEqual([['I offer my sincere congratulations to the president-elect.', 'Hassan Sheikh Velkaro']]);
  });

  it('a page\'s navigation line ("Main Stories", "Top Stories") names no person, so no heading actor speaks the quotes below it', () => {
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    for (const line of ['Main Stories', 'Top Stories', 'Latest Headlines']) expect(findMentions(line, ctx).filter((m) => m.kind === 'PERSON')).toEqual([]);
  });

  it('a text set with opening marks only closes a quote with one after a stop and before a space ("…prime,“ she said")', () => {
    const text = `${HEAD}“A mother’s love knows no limits. Thank you for reminding us we are never past our prime,“ Ana Ostrova said on Facebook.\n\n“Big congrats to our first winner ever!!,“ Tomas Velkaro said.`;
    expect(speakers(text)).toEqual([
      ['A mother’s love knows no limits. Thank you for reminding us we are never past our prime', 'Ana Ostrova'],
      ['Big congrats to our first winner ever!!', 'Tomas Velkaro'],
    ]);
  });

  it('a word of the title may hold digits ("said COP28 president X", "G20 chair X said")', () => {
    const inverted = `${HEAD}"You did step up, you showed flexibility today," said COP28 president Tomas Velkaro, who heads the talks.`;
    expect(speakers(inverted)).toEqual([['You did step up, you showed flexibility today', 'Tomas Velkaro']]);
    const before = `${HEAD}"We owe the coast a plan before the season turns," G20 chair Ana Ostrova said.`;
    expect(speakers(before)).toEqual([['We owe the coast a plan before the season turns', 'Ana Ostrova']]);
  });

  it('"said the club president, X": the role\'s holder named after it speaks; "the president said, X" names no holder', () => {
    const text = `${HEAD}"We owe the fans a better season than this one," said the club president, Tomas Velkaro.\n\n"We owe the town a better harbour than this one," said the president of the harbour board, Ana Ostrova.`;
    expect(speakers(text)).toEqual([
      ['We owe the fans a better season than this one', 'Tomas Velkaro'],
      ['We owe the town a better harbour than this one', 'Ana Ostrova'],
    ]);
    expect(speakers(`${HEAD}"We owe the fans a better season than this one," the president said, Tomas Velkaro.`)).toEqual([
      ['We owe the fans a better season than this one', null],
    ]);
  });

  it('"the 27-year-old told ..." stands for the nearest person named before as a subject, as a pronoun does', () => {
    const text = `${HEAD}Velmark's Ana Ostrova, a Unicef ambassador, said activists were tired.\n\n"It can be tiring to keep coming to these places," the 27-year-old told a press conference.\n\n"We will keep coming back every single year," said the 27-year-old.`;
    expect(speakers(text)).toEqual([
      ['It can be tiring to keep coming to these places', 'Ana Ostrova'],
      ['We will keep coming back every single year', 'Ana Ostrova'],
    ]);
    const two = `${HEAD}Ana Ostrova said the talks had failed. Tomas Velkaro said they had not.\n\n"It can be tiring to keep coming to these places," the 27-year-old activist said.`;
    expect(speakers(two)).toEqual([['It can be tiring to keep coming to these places', 'Tomas Velkaro']]);
  });

  it('a name right after a quote\'s closing mark, before its apposition, is in a speaker\'s place ("“…,” Akemi Tarobashi, president of ..., told")', () => {
    const text = `${HEAD}“The leak has a significant impact on our clients and society,” Akemi Tarobashi, president of the call center subsidiary, Velden Marketing Act, told a news conference.`;
    expect(speakers(text)).toEqual([['The leak has a significant impact on our clients and society', 'Akemi Tarobashi']]);
  });

  it('a lounge, a school, a hospital or a hotel is no person, so no pronoun stands for it', () => {
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    const names = (s: string) =>
      findMentions(s, ctx)
        .filter((m) => m.kind === 'PERSON')
        .map((m) => m.name);
    expect(names('Casa Velda Lounge on the other hand found itself in trouble. Ostrova School said so. Halvor Hospital said so.')).toEqual([]);
    const text = `${HEAD}Data Commissioner Ana Ostrova says the three firms, Casa Velda Lounge, Ostrova School and Halvor Pride Ltd, failed to observe the rules.\n\nCasa Velda Lounge on the other hand found itself in trouble for posting a picture of a customer.\n\n“This being the highest penalty sends a message to schools,” she added.`;
    expect(speakers(text)).toEqual([['This being the highest penalty sends a message to schools', 'Ana Ostrova']]);
  });

  it('a title word before a name makes it a person wherever it stands; a form of address between title and name is no part of the name', () => {
    expect(personNames('Sheikh Tomas bin Velkar Al Halvor has commended the efforts.')).toEqual(['Tomas bin Velkar Al Halvor']);
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    const names = (s: string) =>
      findMentions(s, ctx)
        .filter((m) => m.kind === 'PERSON')
        .map((m) => m.name);
    expect(names('President His Highness Sheikh Tomas Bin Velkar Al Halvor has commended the efforts.')).toEqual(['Tomas Bin Velkar Al Halvor']);
  });

  it('a capital city opening a dateline is no person ("Kuala Lumpur:", "Abu Dhabi:")', () => {
    expect(personNames('Kuala Lumpur: The minister has commended the efforts of the delegates.')).toEqual([]);
    expect(personNames('Abu Dhabi: The minister has commended the efforts of the delegates.')).toEqual([]);
  });

  it('"Sultan" before a family name\'s article is a given name ("Sultan Al Velkar"); before a given name it is a title', () => {
    expect(withoutTitles('Sultan Al Velkar')).toBe('Sultan Al Velkar');
    expect(withoutTitles('Conference President Sultan al-Velkar')).toBe('Sultan al-Velkar');
    expect(withoutTitles('Sultan Tomas bin Velkar')).toBe('Tomas bin Velkar');
  });

  it('"X who, speaking to the BBC, said, “…”": a relative clause set off by a comma before the subject\'s verb', () => {
    const text = `${HEAD}First to the mic was Velden president Ana Ostrova who, speaking to the BBC’s morning programme said, “Unfortunately I think it is bad for the whole country.”\n\nThe words were followed by comments from Halvor CEO Tomas Velkaro who, when speaking to Bloomberg Television said, “Cloud gaming is an inconsequential part of the business,” before going on to say, “I think that we really went out on a limb.”`;
    expect(speakers(text)).toEqual([
      ['Unfortunately I think it is bad for the whole country.', 'Ana Ostrova'],
      ['Cloud gaming is an inconsequential part of the business', 'Tomas Velkaro'],
      ['I think that we really went out on a limb.', 'Tomas Velkaro'],
    ]);
  });

  it('honours between a title and the name use up none of its words ("former Transport Minister Datuk Seri Dr Wee Ka Siong")', () => {
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    const names = (s: string) =>
      findMentions(s, ctx)
        .filter((m) => m.kind === 'PERSON')
        .map((m) => m.name);
    expect(names('Besides them, former Transport Minister Datuk Seri Dr Tomas Ka Velkar pointed out that the career was long.')).toEqual(['Tomas Ka Velkar']);
    expect(names('Health director-general Tan Sri Dr Ana Ostrova in a statement today informed that the products were recalled.')).toEqual(['Ana Ostrova']);
  });

  it('"Presidium Member X", "Sheikh X": a member\'s title and "Sheikh" before a one-word name mark a person who speaks', () => {
    const text = `${HEAD}In a video statement, Velden League Presidium Member Tomas Kabir Velkar said, “The people reject today’s verdict and never will.”\n\nMeanwhile, Sheikh Ostrava, speaking from abroad, condemned the verdict as “biased and politically motivated.” In a statement, she said the aim was to “neutralize the league as a political force.”`;
    expect(speakers(text)).toEqual([
      ['The people reject today’s verdict and never will.', 'Tomas Kabir Velkar'],
      ['biased and politically motivated.', 'Sheikh Ostrava'],
      ['neutralize the league as a political force.', 'Sheikh Ostrava'],
    ]);
  });

  it('"A statement by <title>, X read: “…”" and "X read a statement …: “…”": the author speaks', () => {
    const text = `${HEAD}A statement by the National Publicity Secretary, Mr Tomas Velkar read: “The party watched with dismay the dismissal of petitions today.”\n\nAna Ostrova read a statement prior to sentencing: "I did not demand the money and there was no evidence to say so."\n\nA letter from the Velden Growers Association said: “We are not happy with the terms of the deal today.”`;
    expect(speakers(text)).toEqual([
      ['The party watched with dismay the dismissal of petitions today.', 'Tomas Velkar'],
      ['I did not demand the money and there was no evidence to say so.', 'Ana Ostrova'],
      ['We are not happy with the terms of the deal today.', 'Velden Growers Association'],
    ]);
  });

  it('a quotation of several paragraphs, each opening with a mark: the speaker named in a later one speaks the earlier ones', () => {
    const text = `${HEAD}Hailing the verdict, party spokesperson Tomas Velkar recounted the history of the process.\n\n“The amendment itself was the result of a process initiated by the government in 2005.\n\n“It took the ruling party five years to get the bill enacted,” he said.\n\nThe court will sit again in March to hear the appeal.`;
    const d = parseExplainer(text, ref);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => [q.text, q.speaker]))).toEqual([
      ['The amendment itself was the result of a process initiated by the government in 2005', 'Tomas Velkar'],
      ['It took the ruling party five years to get the bill enacted', 'Tomas Velkar'],
    ]);
    // Its warning says the speaker was inferred, no longer that there is none.
    expect(d.warnings.filter((w) => w.code === 'QUOTE_WITHOUT_SPEAKER')).toEqual([]);
    expect(d.warnings.filter((w) => w.code === 'QUOTE_SPEAKER_INFERRED')).toHaveLength(2);
  });

  it('"“…,” a supporter in the city of Kano, X, said": a description, then the name set off by commas, speaks', () => {
    const text = `${HEAD}“He is a man of integrity,” a party supporter in the northern city of Kano, Tomas Velkar, said.`;
    expect(speakers(text)).toEqual([['He is a man of integrity', 'Tomas Velkar']]);
  });

  it('"“…,” a Turkish Foreign Ministry statement said.": the body the statement after the quote is of speaks', () => {
    const text = `${HEAD}Türkiye voiced solidarity with its neighbour.\n\n"We condemn the acts of violence against the government and the courts," a Turkish Foreign Ministry statement said.\n\n"The harbour will reopen to all ships on Monday," a Halvor Port Authority statement read.`;
    expect(speakers(text)).toEqual([
      ['We condemn the acts of violence against the government and the courts', 'Turkish Foreign Ministry'],
      ['The harbour will reopen to all ships on Monday', 'Halvor Port Authority'],
    ]);
  });

  it('"“…,” a joint X statement said.", with capitalised words the finder leaves before the body: the whole body speaks', () => {
    const text = `${HEAD}"We condemn the acts of violence against the government and the courts," a joint Turkish Foreign Ministry statement said.\n\n"The harbour will reopen to all ships on Monday," a Velden Upper Harbour National Coast Guard Authority statement said.`;
    expect(speakers(text)).toEqual([
      ['We condemn the acts of violence against the government and the courts', 'Turkish Foreign Ministry'],
      ['The harbour will reopen to all ships on Monday', 'Velden Upper Harbour National Coast Guard Authority'],
    ]);
  });

  it('"The X statement said the case “…”", "X’s statement read: “…”": the body or person the statement is of speaks', () => {
    const text = `${HEAD}The Velden Upper Harbour National Coast Guard Authority statement said the case “is associated with travel from an affected area”.\n\nTomas Velkar’s statement read: “We are not going to stop the talks now.”`;
    expect(speakers(text)).toEqual([
      ['is associated with travel from an affected area', 'Velden Upper Harbour National Coast Guard Authority'],
      ['We are not going to stop the talks now.', 'Tomas Velkar'],
    ]);
  });

  it('"Business Council of Australia chief executive X said": the country ends the body\'s name, so X is a subject "she" can stand for', () => {
    const text = `${HEAD}Harbour Group chief Tomas Velkar welcomed the plan. “It is pretty solid,” Mr Velkar told the Review.\n\nBusiness Council of Australia chief executive Ana Ostrova said the skills package was the standout policy.\n\n“The skills package is a clear highlight of the budget and will be good for the economy,” she said.`;
    expect(speakers(text)).toEqual([
      ['It is pretty solid', 'Tomas Velkar'],
      ['The skills package is a clear highlight of the budget and will be good for the economy', 'Ana Ostrova'],
    ]);
  });
  it('"“…,” grumbles X" and "“…!” X declared": reporting verbs beyond "said", and a quote\'s "!" ends no sentence its attribution goes on', () => {
    const text = `${HEAD}“We are the same as two years ago, but worse,” grumbles Tomas Velkar, a 62-year-old waiter.\n\n“Nobody can say no to the people of this country!” Ana Ostrova declared at 10.48 pm to cheers.`;
    expect(speakers(text)).toEqual([
      ['We are the same as two years ago, but worse', 'Tomas Velkar'],
      ['Nobody can say no to the people of this country!', 'Ana Ostrova'],
    ]);
  });

  it('"“…,” Harbour Electoral Commission (HEC) spokesperson X told AFP": a body\'s acronym in brackets inside the title', () => {
    const text = `${HEAD}“The party has reached the minimum to be declared the next government,” Velden Independent Electoral Commission (VIEC) spokesperson Tomas Velkar told AFP.`;
    expect(speakers(text)).toEqual([['The party has reached the minimum to be declared the next government', 'Tomas Velkar']]);
  });

  it('"The President of the X Party (XP), Kesrin Ostrova conceded defeat": a name before "conceded" is a person, and her surname later is her', () => {
    const text = `${HEAD}The President of the Velden Labour Party (VLP), Kesrin Ostrova conceded defeat, as reported by the Voice Of Velden.\n\nOstrova said her party “will concede as we must” and regroup.`;
    expect(speakers(text)).toEqual([['will concede as we must', 'Kesrin Ostrova']]);
  });

  it('"his young party, Liberty Advances (…)": a run set off after a body\'s noun is that body, no person a pronoun stands for', () => {
    expect(personNames('However, his young party, Liberty Advances (La Libertad Avanza), did not fare as well.')).toEqual([]);
    const text = `${HEAD}Tomas Velkar won the presidency in 2023. However, his young party, Liberty Advances (La Libertad Avanza), won few seats.\n\nA third of the seats would let him veto hostile laws. “That would be a good number,” he says.`;
    expect(speakers(text)).toEqual([['That would be a good number', 'Tomas Velkar']]);
  });
  it('"“Congratulations X,” wrote Y of the party. “…”": the name after the inverted verb speaks the quote after, though the words before are too few to be one', () => {
    const text = `${HEAD}“The winds of change are here! Congratulations Tomas Velkar on winning the elections!” Harbour Prime Minister Kesrin Vol wrote on X. “The Harbour model works! Many people would give half their lives for it.”\n\n“Congratulations to the winner and to his party for their spectacular performance,” wrote Ana Ostrova of the French party.\n\n“Congratulations Tomas Velkar,” wrote Santiago Abascal of the right-wing populist party VOX in Spain. “More and more people demand at the polls that their rights be defended.”`;
    expect(speakers(text)).toEqual([
      ['The winds of change are here! Congratulations Tomas Velkar on winning the elections!', 'Kesrin Vol'],
      ['The Harbour model works! Many people would give half their lives for it.', 'Kesrin Vol'],
      ['Congratulations to the winner and to his party for their spectacular performance', 'Ana Ostrova'],
      ['More and more people demand at the polls that their rights be defended.', 'Santiago Abascal'],
    ]);
  });
  it('"a press conference in Velgrad, the federal minister said" names no one Velgrad, and "Cyclone Gulab" is a storm: neither speaks "she/he said"', () => {
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    expect(findMentions('Addressing a press conference in Velgrad, the federal minister said 30 million people were affected.', ctx)).toEqual([]);
    const text = `${HEAD}Minister for Climate Change Ana Ostrova urged help on Monday.\n\nAddressing a press conference in Velgrad, the federal minister said 30 million people were affected.\n\n“Velden has received unprecedented rainfall during this monsoon,” she said.\n\nChief Minister Tomas Velkar asked officials to evacuate people in areas to be hit by Cyclone Gulab by the afternoon.\n\n“We need to take care of all basic amenities, including drinking water, for people,” he said.`;
    expect(speakers(text)).toEqual([
      // (the role subject in between leaves "she" unsure: no one, rather than the place)
      ['Velden has received unprecedented rainfall during this monsoon', null],
      ['We need to take care of all basic amenities, including drinking water, for people', 'Tomas Velkar'],
    ]);
  });
  it('"negotiator for Brexit X tweeted he … “…”", "a rebuke from X, who told parliament … “…”", "according to the spokesman, … “…”": the subject, the relative clause\'s speaker, the spokesman named', () => {
    const text = `${HEAD}Chief negotiator for Brexit Tomas Velkar tweeted he was looking forward to "working together" with Mr Ostrov to "achieve an orderly exit from the union".\n\nThe diplomacy drew a harsh rebuke from Kesrin Volodar, who told parliament his government was “very insulted” to be “branded as unfit to manage our sovereign affairs”.\n\nHarbour spokesman Ana Ostrova spoke on Friday. But according to the spokesman, her country has “acquired a certain immunity to sanctions” in recent years.`;
    expect(speakers(text)).toEqual([
      ['achieve an orderly exit from the union', 'Tomas Velkar'],
      ['branded as unfit to manage our sovereign affairs', 'Kesrin Volodar'],
      ['acquired a certain immunity to sanctions', 'Ana Ostrova'],
    ]);
  });
  it('"“…,” the PM said": the prime minister the text named', () => {
    const text = `${HEAD}Prime Minister Tomas Velkar said on Tuesday that at least three people were killed.\n\n“There is widespread destruction. More fatalities are a possibility,” the PM said, adding that roads were closed.`;
    expect(speakers(text)).toEqual([['There is widespread destruction. More fatalities are a possibility', 'Tomas Velkar']]);
  });
  it('"Professor Emeritus X", "SP X" (a police rank): titles, no words of the name; "Once a Velkar voter, he …": a name as a modifier is no subject', () => {
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    expect(findMentions('Professor Emeritus Kesrin Volodar of the agency said it was a shock.', ctx).map((m) => m.name)).toEqual(['Kesrin Volodar']);
    expect(findMentions('The police spokesperson, SP Ana Ostrova, said officers responded.', ctx).map((m) => m.name)).toEqual(['Ana Ostrova']);
    const text = `${HEAD}Tomas Velkar leads the polls.\n\n“We are the same as two years ago, but worse,” grumbles Kesrin Volodar, a 62-year-old waiter. Once a Velkar voter, he is now undecided. “I would like him to succeed, but I doubt he will.”`;
    expect(speakers(text)).toEqual([
      ['We are the same as two years ago, but worse', 'Kesrin Volodar'],
      // (no one rather than the candidate the voter once voted for)
      ['I would like him to succeed, but I doubt he will.', null],
    ]);
  });
  it('"X appealed to the army to “…”", "X this week condemned the plan, saying it “…”": more speech verbs and adverbs of time before them', () => {
    const text = `${HEAD}Tomas Velkar spoke on Monday.\n\nVelkar again appealed to the army to “stop hiding the usurper now” at a rally.\n\nThe deputy speaker Ana Ostrova this week condemned the plan saying it “is based on misinformation and lies”.`;
    expect(speakers(text)).toEqual([
      ['stop hiding the usurper now', 'Tomas Velkar'],
      ['is based on misinformation and lies', 'Ana Ostrova'],
    ]);
  });
  it('"according to X", "in the words of X": X says it, so "he said" after it is X; a name there the finder cannot read stops "he said" going further back', () => {
    const a = `${HEAD}Few teachers joined the strike, according to Velden’s Education Minister Tomas Velkar, with fewer expected later.\n\n“We can look at the 15 percent but do not forget those who are not striking,” he said.`;
    expect(speakers(a)).toEqual([['We can look at the 15 percent but do not forget those who are not striking', 'Tomas Velkar']]);
    const b = `${HEAD}The rocket cost $200 million, according to Tomas Velkar, the manager of the group.\n\nRocket science is, in the words of Agency Administrator Saint Gerstenmaier, “a really tough business.”\n\n“Tonight’s events really show the difficulty of this task,” he said.`;
    expect(speakers(b)).toEqual([
      ['a really tough business.', null],
      ['Tonight’s events really show the difficulty of this task', null],
    ]);
    // (a name the finder reads, "Bill Gerstenmaier" since 2026-12-06 night, says the words after it)
    expect(speakers(b.replace('Saint', 'Bill'))[1]).toEqual(['Tonight’s events really show the difficulty of this task', 'Bill Gerstenmaier']);
  });
  it('"MLA X", "MEP X" are titles; "VCB Chairman Management Committee" is no long name for the acronym VCB', () => {
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    expect(
      findMentions('The leak should not have occurred, according to MLA Kesrin Volodar, and the party is troubled.', ctx).map((m) => [m.kind, m.name]),
    ).toContainEqual(['PERSON', 'Kesrin Volodar']);
    const text = `${HEAD}The VCB press release said, “VCB Chairman Management Committee Tomas Velkar and Ana Ostrova met at the VCB headquarters today.”\n\nThe VCB further said, “The VCB has changed the portfolio of the entire coaching staff.”`;
    expect(speakers(text)).toContainEqual(['The VCB has changed the portfolio of the entire coaching staff.', 'VCB']);
  });
  it('"said its Vice-Chancellor Professor X", "X took to X to say “…”", "“…,” X was quoted to have said"', () => {
    const text = `${HEAD}“The cap will have detrimental consequences for our university,” said its Vice-Chancellor Professor Tomas Velkar.\n\nShortly after, the company’s chief Ana Ostrova took to X to say "Success is uncertain, but entertainment is guaranteed!"\n\n“I apologise for the trauma caused the candidates,” Registrar Kesrin Volodar was quoted to have said.`;
    expect(speakers(text)).toEqual([
      ['The cap will have detrimental consequences for our university', 'Tomas Velkar'],
      ['Success is uncertain, but entertainment is guaranteed!', 'Ana Ostrova'],
      ['I apologise for the trauma caused the candidates', 'Kesrin Volodar'],
    ]);
  });
  it('a state body named as the one speaking subject goes on speaking in the quote standing alone after it; a company does not', () => {
    const a = `${HEAD}Norway’s Foreign Ministry said on Monday that it regretted the strikes and called for calm.\n\n“Norway regrets the military action that occurred early this morning.”`;
    expect(speakers(a)).toEqual([['Norway regrets the military action that occurred early this morning.', 'Norway Foreign Ministry']]);
    const b = `${HEAD}Halvor Shipping said on Monday that it regretted the strikes and called for calm.\n\n“We regret the military action that occurred early this morning.”`;
    expect(speakers(b)).toEqual([['We regret the military action that occurred early this morning.', null]]);
  });
  it('"…,” the British star wrote": what a person is known as stands for the one named before, as a pronoun does; never the author of words quoted, nor past an unread subject', () => {
    const a = `${HEAD}Singer Tomas Velkar published a picture of himself with the late star on Instagram.\n\n"I am in deep shock. I have lost a beloved friend," the British star wrote.`;
    expect(speakers(a)).toEqual([['I am in deep shock. I have lost a beloved friend', 'Tomas Velkar']]);
    // The author of the words another posts is no speaker; nor is a subject before one the finder cannot read.
    const b = `${HEAD}The young singer posted this quote by poet Tomas Velkar to Twitter:\n\n“The funerals keep coming more and more of them,” the singer posted.`;
    expect(speakers(b)).toEqual([['The funerals keep coming more and more of them', null]]);
    const c = `${HEAD}Ana Ostrova spoke first.\n\nMadonna penned her devastation on Instagram: “He changed the world!! A true visionary. What a loss,” the singer posted.`;
    expect(speakers(c)).toEqual([['He changed the world!! A true visionary. What a loss', null]]);
  });
  it('a label heading "<Name>, <what they are>" names the actor of the quotes under it, however long; a name ending the label is the one it names; a line in capitals ending in a colon leads into its quote', () => {
    const a =
      '# NGOs react to the climate deal\n\nRead the full reaction quotes below.\n\n## Tomas Velkar, Leader of the Global Climate and Energy Initiative at the Halvor Fund\n\n“For the first time in history, the whole world has made a public commitment.”\n\n## Ana Ostrova, Senior Climate Advisor, Velden Aid\n\n“Governments have critically agreed to keep warming well below two degrees.”';
    expect(speakers(a)).toEqual([
      ['For the first time in history, the whole world has made a public commitment.', 'Tomas Velkar'],
      ['Governments have critically agreed to keep warming well below two degrees.', 'Ana Ostrova'],
    ]);
    const b =
      '# How football reacted\n\nHere is how the football world reacted.\n\n## FORMER HALVOR, VELDEN AND HARBOUR STRIKER MICHAEL OSTROW\n\n“Inevitable is the word I would use. He had to go in the end.”\n\n## RICHARD VELKAR, HEAD OF EQUITIES AT HALVOR STOCKBROKERS\n\n“One of the surprises is that they were looking to extend the deadline.”\n\nIAN OSTROVA, UNITE NATIONAL OFFICER FOR SHIPBUILDING, SAID:\n\n“The highly skilled workforces of both companies are the heart of manufacturing.”';
    expect(speakers(b)).toEqual([
      // (no label person: "Former Halvor" is none; the heading's actor is the person it ends on, after the job)
      ['Inevitable is the word I would use. He had to go in the end.', 'Michael Ostrow'],
      ['One of the surprises is that they were looking to extend the deadline.', 'Richard Velkar'],
      ['The highly skilled workforces of both companies are the heart of manufacturing.', 'Ian Ostrova'],
    ]);
  });
  it('a paragraph in capitals that leads into a quote with a colon ("IAN X, UNITE NATIONAL OFFICER, SAID:") names its speaker', () => {
    const text =
      'Instant View: Halvor and Velden merger talks collapse\n\nTalks on a $45 billion merger of Halvor and Velden collapsed on Wednesday when the governments of France, Germany and Britain failed to agree.\n\nFollowing is a summary of market reaction.\n\nRICHARD VELKAR, HEAD OF EQUITIES AT HALVOR STOCKBROKERS\n\n"One of the surprises is probably that the general feeling was that they were at least looking to increase the deadline.\n\n"It was clearly a question of shareholder and political issues and they were insurmountable."\n\nIAN OSTROVA, UNITE NATIONAL OFFICER FOR AEROSPACE AND SHIPBUILDING, SAID:\n\n"The highly skilled workforces of both companies are the beating heart of British manufacturing."';
    expect(speakers(text)).toContainEqual(['The highly skilled workforces of both companies are the beating heart of British manufacturing.', 'Ian Ostrova']);
  });
  it('a label "<First name> <Surname>, <what they are>" in capitals names the person though the surname is a word ("West"); a plural\'s possessive inside a quote ("the authorities’ use") closes nothing', () => {
    const text =
      '# Reactions to the sentencing\n\nGovernments reacted on Tuesday.\n\n## TOMAS VELKAR, SPOKESPERSON FOR THE HALVOR RIGHTS OFFICE\n\n“We are gravely concerned by the use of these laws against peaceful assembly.”\n\n## CATHERINE WEST, VELDEN MINISTER FOR THE INDO-PACIFIC\n\n“Today’s sentencing is a clear demonstration of the Harbour authorities’ use of the NSL to criminalise political dissent.”';
    expect(speakers(text)).toEqual([
      ['We are gravely concerned by the use of these laws against peaceful assembly.', 'Tomas Velkar'],
      ['Today’s sentencing is a clear demonstration of the Harbour authorities’ use of the NSL to criminalise political dissent.', 'Catherine West'],
    ]);
  });
  it('a title in capitals, a comma, then a name set off by commas ("HCB Chairman, X Y,") names a person; "X said" later is that person', () => {
    const text =
      'The fate of HCB Chairman, Zorvan Kettridge, hangs in the balance. Earlier, Zorvan said that he had been told to “continue working as board chairman until further notice.”';
    expect(speakers(text)).toEqual([['continue working as board chairman until further notice.', 'Zorvan Kettridge']]);
  });
  it('a title and one word ("Sheikh Zorvan") is the longer name the text gives with that title, and no one given another title', () => {
    const a =
      'Ruler of Halvor, Sheikh Zorvan Bin Kettridge Al Velkar, opened the port on Monday.\n\n“We will open three more ports before the winter,” Sheikh Zorvan said.';
    expect(speakers(a)).toEqual([['We will open three more ports before the winter', 'Zorvan Bin Kettridge Al Velkar']]);
    const b = 'Senator Zorvan Kettridge opened the port on Monday.\n\n“We will open three more ports before the winter,” Sheikh Zorvan said.';
    expect(speakers(b)).toEqual([['We will open three more ports before the winter', 'Sheikh Zorvan']]);
  });
  it('a job word opening the sentence with its capital ("Resident X Y said") is no part of the name', () => {
    const text = 'Protesters blocked the road on Monday. Resident Zorvan Kettridge said, “There are 69 homes here and not one of them has a toilet.”';
    expect(speakers(text)).toEqual([['There are 69 homes here and not one of them has a toilet.', 'Zorvan Kettridge']]);
  });
  it('"the company said" is no acronym the text never spells out ("SOS mode")', () => {
    const text =
      'The network began faltering on Thursday, showing customers SOS mode.\n\nDespite the speculation, the company said the error was internal. “Based on our initial review, we believe the outage was caused by a network update,” the company said.';
    expect(speakers(text)).toEqual([['Based on our initial review, we believe the outage was caused by a network update', null]]);
  });
  it('a hyphenated title ("Vice-Premier", "Under-Secretary") and "Undersecretary" are no part of the name', () => {
    const text =
      'Vice-Premier Zorvan Kettridge announced an additional quota of $500 million over five years. “We support the agency in its central role,” Vice-Premier Zorvan Kettridge said.\n\nUndersecretary Ana Velkar said, “First, the increase is already alarming and we need to act now.”';
    expect(speakers(text)).toEqual([
      ['We support the agency in its central role', 'Zorvan Kettridge'],
      ['First, the increase is already alarming and we need to act now.', 'Ana Velkar'],
    ]);
  });
  it('a line in headline case names no one by its first or last words ("No Need for Panic, Public Assured"); a name alone on its line still does', () => {
    const people = (line: string) =>
      findMentions(line, { people: new Map(), acronyms: new Map(), home: null })
        .filter((m) => m.kind === 'PERSON')
        .map((m) => m.name);
    expect(people('No Need for Panic, Public Assured')).toEqual([]);
    expect(people('Zorvan Kettridge')).toEqual(['Zorvan Kettridge']);
    const text =
      '“This is not the first outbreak in this region,” Dr. Ana Velkar said. “It has been controlled quickly before, but this requires the cooperation of the public.”\nNo Need for Panic, Public Assured\nDr. Velkar emphasized that there is no need for panic.';
    expect(speakers(text)).toEqual([
      ['This is not the first outbreak in this region', 'Ana Velkar'],
      ['It has been controlled quickly before, but this requires the cooperation of the public.', 'Ana Velkar'],
    ]);
  });
  it('a body that speaks through its spokesperson ("A spokesperson for HalvorFest said:") speaks the quote, whatever its name looks like', () => {
    const text =
      'HalvorFest, held in Lanivet, has confirmed the event will not go ahead.\n\nA spokesperson for HalvorFest said: “It is with a heavy heart that we announce the cancellation of the festival.”';
    expect(speakers(text)).toEqual([['It is with a heavy heart that we announce the cancellation of the festival.', 'HalvorFest']]);
  });
  it('"A spokesperson for <a body\'s name of up to seven words> said:" gives the quote to that body', () => {
    const text =
      'Waiting times rose again.\n\nA spokesperson for East and North Velden HCB Trust said: “The emergency department continues to respond to patients.”';
    expect(speakers(text)).toEqual([['The emergency department continues to respond to patients.', 'East and North Velden HCB Trust']]);
  });
  it('a body the citation reads whole ("Velden Hospitals HCB Trust, which ..., said:") speaks the quote, the acronym inside its name no body of its own', () => {
    const text = 'Velden Hospitals HCB Trust, which includes six hospitals, said: “Please do not attend the emergency department unless it is an emergency.”';
    expect(speakers(text)).toEqual([['Please do not attend the emergency department unless it is an emergency.', 'Velden Hospitals HCB Trust']]);
  });
  it('after an inverted verb, "the <body>’s <role>, <Name>," names the speaker', () => {
    const text = '“We do not know very much about this yet,” said the Halvor Health Agency’s technical lead of the outbreak, Ana Velkar, in a live stream.';
    expect(speakers(text)).toEqual([['We do not know very much about this yet', 'Ana Velkar']]);
  });
  it('a body\'s name between a title and the name is no part of the name ("Chairman HCB Management Committee X Y")', () => {
    const text = 'Chairman HCB Management Committee Zorvan Kettridge said: “Velkar is truly a world-class player and we want him to stay.”';
    expect(speakers(text)).toEqual([['Velkar is truly a world-class player and we want him to stay.', 'Zorvan Kettridge']]);
  });
  it('"X <did something> and said “…”": a speech verb joined by "and" to the subject\'s own clause shares its subject; a name inside that clause is its object', () => {
    const text =
      'Dr. Ana Velkar met Minister Zorvan Kettridge at the Halvor Institute on Monday and said the plan was “a rapid response to a real problem”.\n\nDr. Velkar paid tribute to the nurses and called them “the backbone of the whole health service”.';
    expect(speakers(text)).toEqual([
      ['a rapid response to a real problem', 'Ana Velkar'],
      ['the backbone of the whole health service', 'Ana Velkar'],
    ]);
  });
  it('", <Country>’s far-right Finance Minister," after a full name makes it a person\'s (an office capitalised as a title, after a possessive)', () => {
    const text =
      'In contrast, Zorvan Kettridge, Halvoria’s far-right Finance Minister, condemned the agreement as “bad and dangerous for the security of the state,” he said.';
    expect(speakers(text)).toEqual([['bad and dangerous for the security of the state', 'Zorvan Kettridge']]);
  });
  it("a quote standing alone after a paragraph whose subject conceded or congratulated someone is the subject's; the one congratulated, an object, is no other candidate", () => {
    const text =
      'The results came in overnight.\n\nDr. Ana Velkar conceded defeat on Monday.\n\n“I have called my opponent this evening to wish him good luck in the years ahead.”\n\nMinister Zorvan Kettridge congratulated Dr. Velkar on her long campaign.\n\n“She fought a fair and honest race and the country owes her a great deal.”';
    expect(speakers(text)).toEqual([
      ['I have called my opponent this evening to wish him good luck in the years ahead.', 'Ana Velkar'],
      ['She fought a fair and honest race and the country owes her a great deal.', 'Zorvan Kettridge'],
    ]);
  });
  it('a sentence closed by ", he said." after a quote and a clause of its own gives the quote to the person the pronoun stands for', () => {
    const text =
      'Minister Zorvan Kettridge spoke on Monday.\n\n“This group is a version of the old and defeated council,” which includes several northern towns, he said.';
    expect(speakers(text)).toEqual([['This group is a version of the old and defeated council', 'Zorvan Kettridge']]);
  });
  it('"X was sceptical, referencing ... and saying he\'d be “…”": a participle joined by "and" introduces the quote of the clause\'s subject', () => {
    const text =
      'Former captain Zorvan Kettridge was equally sceptical, referencing the training players receive and saying he’d be “very surprised if it turns out true”.';
    expect(speakers(text)).toEqual([['very surprised if it turns out true', 'Zorvan Kettridge']]);
  });
  it('"the trade union organisation maintained": a body referred back to with two words before its noun', () => {
    const text =
      'A report from the Halvor Workers Union in 2016 said workers were exploited.\n\nThe trade union organisation maintained last year that many “continue to suffer abuse and exploitation on the sites”.';
    expect(speakers(text)).toEqual([['continue to suffer abuse and exploitation on the sites', 'Halvor Workers Union']]);
  });
  it("quoted words that name a person in full are not inferred to be that person's", () => {
    const text = 'Dr. Ana Velkar insisted that she never failed a test.\n\n“The board has tested Ana Velkar 218 times and found nothing at all.”';
    expect(speakers(text)).toEqual([['The board has tested Ana Velkar 218 times and found nothing at all.', null]]);
  });
  it('an acronym is not the short form of its own organ ("HCB Management Committee"), which the text names beside it', () => {
    const text = 'The HCB Management Committee will meet on Friday.\n\n“The rider deserves to be forgotten in this sport,” HCB said.';
    expect(speakers(text)).toEqual([['The rider deserves to be forgotten in this sport', 'HCB']]);
  });
  it('a quote standing alone after "X has described a report alleging <a body> did ... as rubbish" is X\'s: a body named inside what X described is no rival', () => {
    const text =
      'The report was published on Monday.\n\nCommissioner of Police Zorvan Kettridge has described a media report alleging the Halvor Police Service was involved in evictions as rubbish.\n\n“This is gutter journalism and it is utterly irresponsible to publish it.”';
    expect(speakers(text)).toEqual([['This is gutter journalism and it is utterly irresponsible to publish it.', 'Zorvan Kettridge']]);
  });
  it('a quote inside the participle that opens the sentence ("Describing the deal as “…,” Minister X nevertheless lamented") is the main clause\'s subject\'s', () => {
    const text =
      'Describing the outcome as “not only an agreement but a new chapter of hope for everyone,” Environment Minister Zorvan Kettridge nevertheless lamented that the deal could have been more ambitious.';
    expect(speakers(text)).toEqual([['not only an agreement but a new chapter of hope for everyone', 'Zorvan Kettridge']]);
  });
  it('"“…,” said X in his letter, adding, “…”": the speaker an inverted verb names goes on to the quote after the participle', () => {
    const text =
      'Zorvan Kettridge on Wednesday sent a letter to his counterpart.\n\n“Velden stands with Norland in this hour of grief,” said Kettridge in his letter, adding, “As always, Velden is ready to support Norland.”';
    expect(speakers(`${HEAD}${text}`)).toEqual([
      ['Velden stands with Norland in this hour of grief', 'Zorvan Kettridge'],
      ['As always, Velden is ready to support Norland.', 'Zorvan Kettridge'],
    ]);
  });
  it('"“…,” said the head of their delegation, Getachew Reda.": two or three capitalised words after an inverted verb and a role close the sentence as its speaker', () => {
    const text = 'The rebels hailed the deal.\n\n“We are ready to implement and expedite this agreement,” said the head of their delegation, Getachew Velkaro.';
    expect(speakers(`${HEAD}${text}`)).toEqual([['We are ready to implement and expedite this agreement', 'Getachew Velkaro']]);
    // Not a place after the role: "said the head of the delegation in Velden" names no one.
    expect(speakers(`${HEAD}“We are ready to implement this agreement,” said the head of the delegation in Addis Ababa.`)).toEqual([
      ['We are ready to implement this agreement', null],
    ]);
  });
  it('"PM" before a name is the prime minister\'s title ("PM Velkar wrote ... He wrote, “…”"); after a time or "the" it is none', () => {
    const text =
      'The singer died on Sunday.\n\nPM Velkar wrote an emotional note on social media. He wrote, “I am anguished beyond words and my heart goes out.”';
    expect(speakers(`${HEAD}${text}`)).toEqual([['I am anguished beyond words and my heart goes out.', 'Velkar']]);
    expect(persons('She told the reporter on the PM Budget special that it was solid.')).toEqual([]);
    expect(persons('The session opens at 5 PM Monday in the capital.')).toEqual([]);
  });
  it('Indian honorifics and styles of address are titles, no part of the name ("Shri X Y", "Smt. X Y")', () => {
    const text = 'Railway spokesman Shri Zorvan Kettridge said: “Forty trains have been cancelled and ten have been diverted.”';
    expect(speakers(text)).toEqual([['Forty trains have been cancelled and ten have been diverted.', 'Zorvan Kettridge']]);
  });
  it('a name set off by commas after an office of a body ("The Secretary-General of the Halvor Refugee Council, Jan Kettridge, shared") is a person\'s', () => {
    const text =
      'Minister Ana Velkar condemned the killings.\nThe Secretary-General of the Halvor Refugee Council, Jan Kettridge, shared his condolences over the killing of aid workers.\n“Nowhere else are so many aid workers killed,” he said.';
    expect(speakers(text)).toEqual([['Nowhere else are so many aid workers killed', 'Jan Kettridge']]);
  });
  it('"Author X weighed in with another eulogy: “…”": the subject\'s own clause before a colon introduces its quote; not across another subject\'s speech verb', () => {
    const text =
      'Tributes poured in on Monday.\n\nAuthor and television writer Zorvan Kettridge weighed in with another eulogy: “Farewell to the old town square, gone for good.”\n\nDr. Ana Velkar was in charge of the Halvor Rovers at the time of her death and the club said: “We never thought we would have to write this news.”';
    expect(speakers(text)).toEqual([
      ['Farewell to the old town square, gone for good.', 'Zorvan Kettridge'],
      ['We never thought we would have to write this news.', null],
    ]);
  });
  it('a surname that opens a sentence with its particle in capitals ("De Kettridge said") is the one person named in full with it', () => {
    const text = `${HEAD}Assistant Secretary Arnel de Kettridge told reporters on Wednesday that prices would ease.\n\n“Prices will fall once the tariff cut is in effect,” said De Kettridge.`;
    expect(speakers(text)).toEqual([['Prices will fall once the tariff cut is in effect', 'Arnel de Kettridge']]);
  });
  it('a name set off by commas after a minister\'s office of a field ("Minister of Education, Tunji Velkaro, stated") is a person\'s', () => {
    const text = `${HEAD}Minister of Education, Tunji Velkaro, stated on Monday that the strike is unjustified.\n\n“We have addressed every single request by the union,” Minister Velkaro said.`;
    expect(speakers(text)).toEqual([['We have addressed every single request by the union', 'Tunji Velkaro']]);
  });
  it('a church\'s, a city\'s or a navy\'s office before a surname ("Bishop Velkaro said", "Cmdr Kettridge said") is no word of the name; as a surname it stays', () => {
    const text = `${HEAD}Bishop Paul Velkaro leads the diocese. Commander Ana Kettridge led the rescue.\n\n“We hope this brings some resolution to all those affected,” Bishop Velkaro said on Tuesday.\n\nCmdr Kettridge said that “at the sight of it, the migrants shifted”.`;
    expect(speakers(text)).toEqual([
      ['We hope this brings some resolution to all those affected', 'Paul Velkaro'],
      ['at the sight of it, the migrants shifted', 'Ana Kettridge'],
    ]);
    expect(speakers(`${HEAD}“We need to know the reasons for the coup,” Australian Foreign Minister Julie Bishop said.`)).toEqual([
      ['We need to know the reasons for the coup', 'Julie Bishop'],
    ]);
  });
  it('a Korean family name that is also a thing\'s word ("Park") before a given name of two romanised syllables ("Min-seo") names a person', () => {
    const text = `${HEAD}President Ana Velkaro was impeached on Saturday.\nPark Min-seo, leader of the main opposition Velden Party, said the vote was a “victory for the people and democracy”.\n“This is just the beginning,” he said.`;
    expect(speakers(text)).toEqual([
      ['victory for the people and democracy', 'Park Min-seo'],
      ['This is just the beginning', 'Park Min-seo'],
    ]);
    // Not any hyphenated word after "Park": only two romanised Korean syllables.
    const names = findMentions('Park Royal-Kettridge said nothing.', { people: new Map(), acronyms: new Map(), home: null }).filter((m) => m.kind === 'PERSON');
    expect(names).toEqual([]);
  });
  it('"the foreign ministry" is the body of a state the headline names ("… – Norwegian Foreign Ministry"), not the home country\'s', () => {
    const text =
      'We Will Respond To New Sanctions – Norwegian Foreign Ministry\n\nThe U.S. sanctions took effect in the United States on Monday.\n\n“Washington’s actions devalue its own signals about cooperation with us,” the foreign ministry said. “Reciprocal measures from us will definitely follow,” the ministry noted.';
    expect(speakers(text)[1]).toEqual(['Reciprocal measures from us will definitely follow', 'Norwegian Foreign Ministry']);
    const cited = parseExplainer(text).sections.flatMap((s) => s.citations.map((c) => c.source));
    expect(cited).toEqual(['Norwegian Foreign Ministry', 'Norwegian Foreign Ministry']);
  });
  it('a middle initial with its full stop stays inside the name ("Jane C. Velkaro, director of the clinic, said")', () => {
    const text = `${HEAD}Jane C. Velkaro, director of the clinic, said an approval would be a “plus for our patients,” though the effect may be modest.`;
    expect(speakers(text)).toEqual([['plus for our patients', 'Jane C. Velkaro']]);
  });
  it('", saying she offered “…”" is a person\'s quote, no country\'s of the clause; the subject of a relative clause ("that Argentina experienced, adding:") is not the speaker', () => {
    const a = `${HEAD}Cuban leader Ana Velkaro expressed her condolences in a letter sent respectively to leaders of Malaysia, Sri Lanka, Indonesia, India, Bangladesh, Thailand and Maldives, saying she offered “the deepest condolences to the people of those nations”.`;
    expect(speakers(a)).toEqual([['the deepest condolences to the people of those nations', 'Ana Velkaro']]);
    // A body named before the participle keeps its quote when no person stands before it.
    expect(speakers(`${HEAD}Russia’s foreign ministry condemned Ana Velkaro, saying she had “crossed a red line for the whole region”.`)).toEqual([
      ['crossed a red line for the whole region', 'Russia Foreign Ministry'],
    ]);
    const b = `${HEAD}Chilean President Gabriel Kettridge wrote about the vote.\n\nKettridge highlighted the “day of democracy” that Argentina experienced, adding: “As President of Chile, I will work tirelessly with the new government.”`;
    expect(speakers(b)).toEqual([['As President of Chile, I will work tirelessly with the new government.', 'Gabriel Kettridge']]);
  });
  it('"Special Agent in Charge Ana Velkaro": the role\'s last word is no word of the name', () => {
    const text = `${HEAD}FBI Special Agent in Charge Ana Velkaro spoke on Sunday.\n\n“Our investigators are working tirelessly to identify the motive,” she said.`;
    expect(speakers(text)).toEqual([['Our investigators are working tirelessly to identify the motive', 'Ana Velkaro']]);
  });
  it('"“…,” said Velkaro.": the one name a person goes by, after an inverted verb at the sentence\'s end, when the text gives no fuller one', () => {
    expect(speakers(`${HEAD}“Let us all continue his legacy with purpose and passion,” said Velkaro.`)).toEqual([
      ['Let us all continue his legacy with purpose and passion', 'Velkaro'],
    ]);
    // Not a place the text puts after "in", and not a name the text writes with an initial glued to it or after another
    // capitalised word.
    expect(speakers(`${HEAD}Ships docked in Rotterdam on Monday.\n\n“The port stays open for every ship tonight,” said Rotterdam.`)).toEqual([
      ['The port stays open for every ship tonight', null],
    ]);
    expect(
      speakers(`${HEAD}The party's general secretary D.Velkaro spoke first.\n\n“We have much to bring into order in the coming years,” said Velkaro.`),
    ).toEqual([['We have much to bring into order in the coming years', null]]);
  });
  it('"He promised “…” and that “…”": the second quote the same verb governs is the first one\'s speaker\'s', () => {
    const text = `${HEAD}President Ana Velkaro spoke in the port. She promised “everything will be done to find those responsible” and that “the country will not let the sea become a cemetery.”`;
    expect(speakers(text)).toEqual([
      ['everything will be done to find those responsible', 'Ana Velkaro'],
      ['the country will not let the sea become a cemetery.', 'Ana Velkaro'],
    ]);
  });
  it('"“…,” Halvor Coal Group president and chief executive Ben Kettridge told reporters": a body\'s name and a role of lower-case words before the name after a quote', () => {
    const text = `${HEAD}“The initial report from the rescue teams indicated multiple survivors,” Halvor Coal Group president and chief executive Ben Kettridge told reporters.`;
    expect(speakers(text)).toEqual([['The initial report from the rescue teams indicated multiple survivors', 'Ben Kettridge']]);
    // "and" after a name, not after a title: the second person is not the speaker alone.
    const pair = `${HEAD}“We will rebuild the harbour within a single year,” said Ana Velkaro and her husband Tom Kettridge.`;
    expect(speakers(pair).map(([, who]) => who)).not.toContain('Tom Kettridge');
  });
  it('a given name and a surname that are one word ("Adamu Adamu") make a name; a heading\'s name run into the next line\'s surname does not', () => {
    const text = `${HEAD}Minister of Education, Velko Velko, has stated that the strike is surprising.\n\nThe minister spoke after a meeting presided over by Vice-President Ana Kettridge.\n\nVelko stated that the decision came abruptly.\n\n“Unfortunately, they have gone on strike and I am looking for them,” he said.`;
    expect(speakers(text)).toEqual([['Unfortunately, they have gone on strike and I am looking for them', 'Velko Velko']]);
    expect(speakers(`${HEAD}Velkaro\nVelkaro said: “We will rebuild the harbour within a single year.”`).map(([, who]) => who)).not.toContain(
      'Velkaro Velkaro',
    );
  });
  it('"ALSO READ: <another story>" among a paragraph\'s single-newline lines is a teaser: its names sway no pronoun', () => {
    const text = [
      'HALVOR CITY - Prime Minister Jon Velkaro has condemned the new tariffs on imports from the nation as unwarranted and not the act of a friend, in a statement on Thursday morning.',
      "Velkaro on Thursday morning said that President Tom Kettridge's announcement of a ten percent tariff on all imports did not come as a surprise to the government but said they had hoped for better.",
      '"The tariffs have no basis in logic and they go against the basis of our two nations\' partnership," Velkaro told reporters in the capital, shortly after Kettridge revealed the tariffs on Wednesday.',
      '"This is not the act of a friend," Velkaro said.',
      'ALSO READ: Kettridge signs executive order on reciprocal tariffs amid opposition',
      'He confirmed that the country would not impose reciprocal tariffs, instead threatening to use the dispute resolution mechanisms contained in the free trade agreement between the nations.',
      '"Our people have every right to view this action by the Kettridge administration as undermining our free and fair trading relationship," he said.',
      'The national broadcaster reported on Wednesday that the government was preparing to take the matter to the trade body to accuse it of breaching the free trade agreement signed years ago.',
      'ALSO READ: Government spokesperson: the union plans retaliation against the new tariffs by the end of April',
      'Meanwhile, the peak body representing the agriculture industry has expressed profound disappointment in the new tariffs announced on Wednesday afternoon.',
      "The farmers' federation on Thursday said it is unwavering in its commitment to free and fair trade following the announcement of new tariffs on Wednesday local time.",
      'Its president, based in the capital, said the tariffs would hurt exporters and consumers on both sides of the ocean for many years to come.',
    ].join('\n');
    const said = speakers(text).find(([q]) => q?.startsWith('Our people'));
    expect(said?.[1]).toBe('Jon Velkaro');
    const draft = parseExplainer(text, ref);
    expect(draft.sections.map((s) => s.body).join('\n')).not.toContain('ALSO READ');
    expect(draft.meta.credits.filter((c) => c.startsWith('ALSO READ'))).toHaveLength(2);
  });
});

describe('quote speakers: names found again by one word', () => {
  it('"Wu said" for Wu Tanrei: a two-letter word of a name finds its person, a two-letter English word does not', () => {
    expect(speakers(`${HEAD}Velden President Wu Tanrei spoke on Monday. “We will open the border to all trade next week,” Wu said.`)).toEqual([
      ['We will open the border to all trade next week', 'Wu Tanrei'],
    ]);
    expect(speakers(`${HEAD}Velden President He Tanrei spoke on Monday. “We will open the border to all trade next week,” He said.`)).toEqual([
      ['We will open the border to all trade next week', null],
    ]);
  });
  it('a heading\'s last word run into the name below it ("history: Dakwe Mpilo Dakwe"): the name is the words after the repeated one', () => {
    const text = `${HEAD}World leaders reacted on Monday.\nMost tragic day in our history: Dakwe\nMpilo Dakwe described the attack as the most tragic event in the history of the country\n"I also feel unprotected and the border must be guarded," Dakwe said.`;
    expect(speakers(text)).toEqual([['I also feel unprotected and the border must be guarded', 'Mpilo Dakwe']]);
  });
});

describe('quote speakers: appositions, "according to" and the official a title names', () => {
  it('"“…,” X, senior vice president of <Company> told Reuters.": an office\'s apposition left unclosed before the verb', () => {
    expect(
      speakers(
        `${HEAD}“Traders sign contracts in advance, so they cannot be executed now,” Tomas Reyk, senior vice president of Halvor Grain Ltd told Reuters.`,
      ),
    ).toEqual([['Traders sign contracts in advance, so they cannot be executed now', 'Tomas Reyk']]);
  });
  it('"According to <a long body\'s name> President X, …" then "he said": X is the subject the pronoun stands for', () => {
    const text = `${HEAD}There are clear concerns. According to Halvor Farm Bureau Federation President Zippy Velkaro, more than 20 percent of farm income comes from exports.\n\n“Tariffs will drive up the cost of critical supplies,” he said.`;
    expect(speakers(text)).toEqual([['Tariffs will drive up the cost of critical supplies', 'Zippy Velkaro']]);
  });
  it('"the federal education minister said" after "Education Minister X" is X, no rival for "he"; another office is', () => {
    const text = (office: string) =>
      `${HEAD}Education Minister Tomas Reyk said no student would be promoted. Talking to the media, ${office} said that no exams would be cancelled this year.\n\n“Let me make it clear that nobody will be promoted without exams,” he said.`;
    expect(speakers(text('the federal education minister'))).toEqual([['Let me make it clear that nobody will be promoted without exams', 'Tomas Reyk']]);
    expect(speakers(text('the prime minister'))).toEqual([['Let me make it clear that nobody will be promoted without exams', null]]);
  });
});

describe('quote speakers: "Jr." before a comma, and a name only paraphrased', () => {
  it('"Velden Growers Association President Tomas Reyk Jr., said, “…”": the abbreviation\'s stop is the name\'s, the verb follows', () => {
    expect(speakers(`${HEAD}Velden Growers Association President Tomas Reyk Jr., said, “About 15% of the corn crop is exported every year.”`)).toEqual([
      ['About 15% of the corn crop is exported every year.', 'Tomas Reyk Jr.'],
    ]);
  });
  it('"Actor X, paraphrasing Y Jr., tweeted that “…”": the one paraphrased is no subject', () => {
    expect(
      speakers(`${HEAD}Actor Tomas Reyk, paraphrasing Ann Velkaro Jr., tweeted that "the moral arc of the universe has finally bent toward" justice.`),
    ).toEqual([['the moral arc of the universe has finally bent toward', 'Tomas Reyk']]);
  });
});

describe('quote speakers: the review of the late-night rules', () => {
  it('"the former prime minister", "the deputy prime minister" are rivals of the Prime Minister for "he"; so is a second official in the sentence', () => {
    const text = (middle: string) =>
      `${HEAD}Prime Minister Tomas Reyk announced a housing plan on Monday.\n\n${middle}\n\n“We will not blow the budget,” he said.`;
    expect(speakers(text('The former prime minister said the money would be wasted.'))).toEqual([['We will not blow the budget', null]]);
    expect(speakers(text('The deputy prime minister said the money would be wasted.'))).toEqual([['We will not blow the budget', null]]);
    expect(speakers(text('The prime minister said the money was there, but the finance minister said the cost was still being worked out.'))).toEqual([
      ['We will not blow the budget', null],
    ]);
  });
  it('"<Outlet>, quoting President X, said: “…”": the one quoted speaks', () => {
    expect(speakers(`${HEAD}State news agency Velnet, quoting President Tomas Reyk, said: "Velden will never seek to rule the region."`)).toEqual([
      ['Velden will never seek to rule the region.', 'Tomas Reyk'],
    ]);
  });
  it('a two-letter name word before a hyphen or another capitalised word ("Wu Chi Minh City", "Wu-Velden") begins another name', () => {
    const d = parseExplainer(
      `${HEAD}Deputy Prime Minister Wu Tanrei visited the flooded provinces on Monday.\n\nWu Chi Minh City welcomed the emergency funds and urged faster delivery.`,
      ref,
    );
    expect(d.sections.flatMap((s) => s.reactions.map((r) => r.actor))).not.toContain('Wu Tanrei');
  });
});

describe('quote speakers: the rules of 2026-12-06', () => {
  it('a clergy\'s or a member\'s style before a name ("Most Rev", "The Rt Rev", "Rt Hon", "Rev") is no part of it', () => {
    expect(persons('Most Rev Tomas Reyk has described him as a prophet.')).toEqual(['Tomas Reyk']);
    expect(persons('The Rt Rev Ann Velden said the church would pray.')).toEqual(['Ann Velden']);
    expect(persons('The Very Rev Mpilo Dakwe, Dean of Ostland, said it was over.')).toEqual(['Mpilo Dakwe']);
    expect(persons('The Rt Hon Tomas Reyk said the bill would pass.')).toEqual(['Tomas Reyk']);
    expect(persons('Malam Mpilo Dakwe said the village head came out.')).toEqual(['Mpilo Dakwe']);
  });
  it('"X, from the <body>, said: “…”": the person speaks, not the body they are from', () => {
    expect(speakers(`${HEAD}Tomas Reyk, from the Halvor Institute, said: “The militants have proven they do not care who you are.”`)).toEqual([
      ['The militants have proven they do not care who you are.', 'Tomas Reyk'],
    ]);
  });
  it('"<Body> of <Place> Governor X called for caution. He said: “…”": the governor is the subject "he" refers to', () => {
    const text = `${HEAD}Ann Lee, chief executive at Velcorp Holdings, said: “Investor confidence is returning to the harbour markets.”\n\nDespite that, outgoing Bank of Ostland Governor Tomas Reyk called for caution.\n\nHe said: “Although the economy looks to be recovering, caution is warranted.”`;
    expect(speakers(text)).toEqual([
      ['Investor confidence is returning to the harbour markets.', 'Ann Lee'],
      ['Although the economy looks to be recovering, caution is warranted.', 'Tomas Reyk'],
    ]);
  });
  it("under a heading that names one person, the next entry's name line is no sign-off of the quote above it", () => {
    const text =
      'Tributes pour in for the archbishop\n\nWhen the archbishop announced he was stepping down, tributes quickly poured in.\n\n\n' +
      'Archbishop Tomas Reyk\nPrimate of the Church of Ostland\n“He has brought to that office the great gift of his intellect and his passion.”\n\n' +
      'Presiding Bishop Sarah Holm\nThe Halvor Episcopal Church\n“We can all give thanks for his patience and his long work for peace.”\n\n' +
      'Mark Tennet\nPrime Minister of Ostland\n“He guided the church through times of challenge and change.”';
    // (the quote under "Presiding Bishop Sarah Holm" and its role line is left without a speaker, rather than given
    // to the next entry's name)
    expect(speakers(text)[1]).toEqual(['We can all give thanks for his patience and his long work for peace.', null]);
  });
  it('"“…,” Velcorp said in its release": a one-word company the sentence cites speaks right after the quote it closes', () => {
    const text = `${HEAD}Velcorp announced on Wednesday that it is cutting 15% of its workforce.\n\n"Proposed reductions will be subject to formal consultation with works councils," Velcorp said in its media release.`;
    expect(speakers(text)).toEqual([['Proposed reductions will be subject to formal consultation with works councils', 'Velcorp']]);
  });
  it('"X meanwhile said, “…”", "X meanwhile denounced ... and called on them to “…”": "meanwhile" stands between a subject and its verb', () => {
    expect(speakers(`${HEAD}Velden Prime Minister Tomas Reyk meanwhile said, “The cowardly attack in the harbour does not stop us.”`)).toEqual([
      ['The cowardly attack in the harbour does not stop us.', 'Tomas Reyk'],
    ]);
    expect(
      speakers(
        `${HEAD}Ostland President Ann Velden meanwhile denounced the incident and called on the nation to unite and “not give in to the spirit of division”.`,
      ),
    ).toEqual([['not give in to the spirit of division', 'Ann Velden']]);
  });
  it('"“…,” X, director of <a long name>, also told <outlet>": an apposition the name took in leaves its closing comma before the verb', () => {
    const text = `${HEAD}“It could have been people who fought with the militants or were inspired by them,” Tomas Reyk, director of International Security Studies at the Royal Halvor Services Institute, also told the Associated Press.`;
    expect(speakers(text)).toEqual([['It could have been people who fought with the militants or were inspired by them', 'Tomas Reyk']]);
  });
  it('"“…” in the state, he said, calling on …": a participle\'s clause after the pronoun\'s verb', () => {
    const text = `${HEAD}Police spokesman Tomas Reyk confirmed the attack.\n\nThe police had “zero tolerance for criminal groups threatening the peace of innocent people” in the state, he said, calling on local people to supply the police with information.`;
    expect(speakers(text)).toEqual([['zero tolerance for criminal groups threatening the peace of innocent people', 'Tomas Reyk']]);
  });
});

describe('quote speakers: given names and agencies (2026-12-06)', () => {
  it('"Christian Berle" is a person ("Christian Aid", "Christian Democrats" are not), and "Berle said" is he', () => {
    expect(persons('Christian Berle, executive director of the Halvor group, applauded the ruling.')).toEqual(['Christian Berle']);
    expect(persons('Christian Aid said the money was needed.')).toEqual([]);
    expect(persons('Christian Democrats said the money was needed.')).toEqual([]);
    const text = `${HEAD}Christian Berle, executive director of the Halvor group, applauded the ruling.\n\n"Lifting the ban will make the harbour stronger," Berle said.`;
    expect(speakers(text)).toEqual([['Lifting the ban will make the harbour stronger', 'Christian Berle']]);
  });
  it('"“…,” the Geneva-based agency said": a UN agency, not a news agency, referred back to', () => {
    const text = `${HEAD}The Halvor Refugee Agency said on Tuesday that 500 people were feared dead.\n\n"The accident could be one of the worst tragedies involving migrants," the Geneva-based agency said in a statement.`;
    expect(speakers(text)).toEqual([['The accident could be one of the worst tragedies involving migrants', 'Halvor Refugee Agency']]);
    // (a news agency's report is no body's words)
    expect(speakers(text.replace(/Halvor Refugee Agency/, 'Halvor News Agency'))).toEqual([
      ['The accident could be one of the worst tragedies involving migrants', null],
    ]);
  });
});

describe('quote speakers: more reporting verbs after the quote (2026-12-06)', () => {
  it('"“…,” X crowed online", "“…,” X contended", "“…,” X countered"', () => {
    for (const verb of ['crowed online after the result', 'contended', 'countered', 'testified']) {
      expect(speakers(`${HEAD}Tomas Reyk won the vote.\n\n“This will not stand, and the harbour will remain closed,” Reyk ${verb}.`)).toEqual([
        ['This will not stand, and the harbour will remain closed', 'Tomas Reyk'],
      ]);
    }
  });
});

describe('quote speakers: the review of 2026-12-06', () => {
  it('an object verb before "Bank of Ostland Governor X" keeps X an object; ", from Ostland President X, who said" keeps X the speaker', () => {
    expect(
      speakers(
        `${HEAD}Tomas Reyk criticised Bank of Ostland Governor Mark Holm on Monday.\n\nHe said: “The rate rises have hurt every family in the harbour.”`,
      ),
    ).toEqual([['The rate rises have hurt every family in the harbour.', 'Tomas Reyk']]);
    expect(speakers(`${HEAD}Support came quickly, from Ostland President Ann Velden, who said: “We stand with the harbour and its workers today.”`)).toEqual([
      ['We stand with the harbour and its workers today.', 'Ann Velden'],
    ]);
  });
  it('"Christian Copts", "Christian Militia" are no persons; "Dr El Haddad" keeps the article of his surname', () => {
    expect(persons('Christian Copts condemned the attack on the church.')).toEqual([]);
    expect(persons('Christian Militia condemned the attack on the church.')).toEqual([]);
    expect(persons('Dr El Haddad said the harbour was closed.')).toEqual(['El Haddad']);
  });
  it('"the London-listed company said", "the Halvor-headquartered company said" refer back as "the Halvor-based company" does', () => {
    for (const described of ['London-listed', 'Halvor-headquartered', 'Halvor-based']) {
      const text = `${HEAD}Velcorp Holdings said on Monday that it would cut 300 jobs at the harbour.\n\n"The cuts will be subject to consultation with the unions," the ${described} company said.`;
      expect(speakers(text)).toEqual([['The cuts will be subject to consultation with the unions', 'Velcorp Holdings']]);
    }
  });
});

describe('quote speakers: 2026-12-06, afternoon', () => {
  it('a given name before a word that names places too ("Hall", "West", "Church") is a person, not after "in" or "the", nor after a country', () => {
    expect(persons('Ann Hall commended the harbour crews on Monday.')).toEqual(['Ann Hall']);
    expect(persons('Tomas West said the harbour was closed.')).toEqual(['Tomas West']);
    expect(persons('Crowds gathered in Victoria Park on Monday.')).toEqual([]);
    expect(persons('The concert at the Albert Hall was cancelled.')).toEqual([]);
    expect(persons('Jordan Lake flooded the road on Monday.')).toEqual([]);
    expect(
      speakers(`${HEAD}Ann Hall commended the harbour crews.\n\nIn a statement, Hall said: “They worked through the night to keep the port open.”`),
    ).toEqual([['They worked through the night to keep the port open.', 'Ann Hall']]);
  });
  it('"London-based Amnesty said" names a body, not a person; "Emergency Relief Coordinator" is an office, its holder named after it', () => {
    expect(persons('London-based Halvorwatch said on Friday that the harbour was closed.')).toEqual([]);
    expect(speakers(`${HEAD}“We stand at a critical point for the harbour,” the UN Emergency Relief Coordinator, Tomas Reyk, told the council.`)).toEqual([
      ['We stand at a critical point for the harbour', 'Tomas Reyk'],
    ]);
  });
  it('"He said Reyk deserved it": the people a sentence opening with "he" names after it are not whom a later "he said" stands for', () => {
    expect(
      speakers(
        `${HEAD}Tomas Halvor said Mark Reyk had used the harbour to smuggle goods. He said Reyk deserved the fine because he ignored every warning.\n\n“The fine upholds the law of the harbour,” he said.`,
      ),
    ).toEqual([['The fine upholds the law of the harbour', 'Tomas Halvor']]);
    expect(
      speakers(
        `${HEAD}Tomas Halvor praised the crews on Monday. He also hinted there would be rewards for the players and coach Mark Reyk.\n\n“Our work at the harbour has been hard this week,” he said.`,
      ),
    ).toEqual([['Our work at the harbour has been hard this week', 'Tomas Halvor']]);
    // ("He was joined by X": the agent of a passive, and a person with a speech verb of their own, stay candidates)
    expect(
      speakers(
        `${HEAD}Tomas Halvor criticised the ruling on Monday.\n\nHe was joined by Senator Mark Reyk, who also criticised it. “This is a dark day for the harbour and all of its workers.”`,
      ),
    ).toEqual([['This is a dark day for the harbour and all of its workers.', 'Mark Reyk']]);
  });
  it('the review of 2026-12-06, afternoon: a place named with a given name is no person; a pronoun of the other gender, or a person handed over to, keeps its speaker', () => {
    // (a given name before "Park", "Church": a person only with a title before it, or an apposition or a speech verb after it)
    expect(persons('Albert Park was flooded last week but has since dried out.')).toEqual([]);
    expect(
      speakers(
        `${HEAD}Hundreds attended a vigil on Sunday.\n\nGrace Church pastor Tomas Halvor led the prayers. “Our community is grieving tonight,” he said.`,
      ),
    ).toEqual([['Our community is grieving tonight', 'Tomas Halvor']]);
    // ("He said his deputy Ana Reyk would lead": she stays whom a later "she" stands for)
    expect(
      speakers(
        `${HEAD}Opposition leader Maria Lind criticised the budget on Sunday.\n\nFinance Minister Tomas Halvor defended it on Monday. He said his deputy Ana Reyk would lead the talks with the unions. “We are ready to listen to everyone,” she said.`,
      ),
    ).toEqual([['We are ready to listen to everyone', 'Ana Reyk']]);
    // ("He then handed over to X": no verb of speech, the one handed over to speaks next)
    expect(
      speakers(
        `${HEAD}Club chairman Tomas Halvor spoke first on Monday. He then handed over to new coach Mark Reyk. “I am delighted to be here and I cannot wait to start,” he said.`,
      ),
    ).toEqual([['I am delighted to be here and I cannot wait to start', 'Mark Reyk']]);
  });
  it('"a farmer from Madhya Pradesh" is no speaker: an Indian state is no person', () => {
    expect(persons('“We are just ordinary farmers,” said a farmer from Madhya Pradesh.')).toEqual([]);
  });
});

describe('quote speakers: 2026-12-06, evening', () => {
  it('"said Actors Guild of Ostland President Tomas Reyk": a guild is no person, and a body\'s "of" stops before a title and its holder', () => {
    expect(speakers(`${HEAD}“We are deeply shocked by the news,” said Actors Guild of Ostland President Tomas Reyk on Saturday.`)).toEqual([
      ['We are deeply shocked by the news', 'Tomas Reyk'],
    ]);
    expect(speakers(`${HEAD}“We will not sign this,” said Velmark Association of Ostland Chairman Ann Velden.`)).toEqual([
      ['We will not sign this', 'Ann Velden'],
    ]);
    // (alone, "Guild" is a surname too)
    expect(persons('Tomas Guild said the port would reopen on Monday.')).toEqual(['Tomas Guild']);
    // (a body's own name with "of" still runs on: "Association of Ostland Ports")
    expect(parseExplainer(`${HEAD}The Association of Ostland Ports said the harbour would reopen on Monday.`, ref).sources.map((s) => s.name)).toEqual([
      'Association of Ostland Ports',
    ]);
  });
  it('"Ann Velden, Ostland Director of Criminal Investigation: “…”": the name opening the line, its office in apposition before the colon', () => {
    expect(
      speakers(`${HEAD}Ann Velden, Ostland Director of Criminal Investigation: “Whether you call it soccer or football, the fans should not worry.”`),
    ).toEqual([['Whether you call it soccer or football, the fans should not worry.', 'Ann Velden']]);
    expect(speakers(`${HEAD}Tomas Reyk, chairman of the Halvor Ports Authority: “We will reopen the harbour on Monday morning.”`)).toEqual([
      ['We will reopen the harbour on Monday morning.', 'Tomas Reyk'],
    ]);
    // (a name read in the middle of a sentence, before a participle and a colon, holds no office: "General Election")
    // (another person named before the colon speaks: "Tomas Reyk, whose wife Ann Velden explained: “…”")
    expect(speakers(`${HEAD}Tomas Reyk, whose wife Ann Velden explained: “We cannot go on like this any longer.”`)).toEqual([
      ['We cannot go on like this any longer.', 'Ann Velden'],
    ]);
    const [[, speaker]] = speakers(`${HEAD}Tomas Reyk however called for a General Election, saying: “The last thing the country needs is more infighting.”`);
    expect(speaker).not.toBe('Election');
  });
  it('a plural possessive in the apposition ("chief executive of the Ostland manufacturers’ organisation, said:") and a possessive before a title with "of" ("the UAE’s minister of State for Foreign Affairs X said")', () => {
    expect(
      speakers(`${HEAD}Tomas Reyk, chief executive of the Ostland manufacturers’ organisation, said: “The deal gets three cheers from manufacturers.”`),
    ).toEqual([['The deal gets three cheers from manufacturers.', 'Tomas Reyk']]);
    expect(
      speakers(
        `${HEAD}“It seems to me that backtracking on what was agreed is due to pressure,” the UAE’s minister of State for Foreign Affairs Tomas Reyk said.`,
      ),
    ).toEqual([['It seems to me that backtracking on what was agreed is due to pressure', 'Tomas Reyk']]);
    const minister = findMentions('the UAE’s minister of State for Foreign Affairs Tomas Reyk said', {
      people: new Map(),
      acronyms: new Map(),
      home: null,
    }).find((m) => m.kind === 'PERSON');
    expect([minister?.text, minister?.start]).toEqual(['minister of State for Foreign Affairs Tomas Reyk', 10]);
  });
  it('"Chile’s Ministry of Commerce" is a state body like "the Chilean Commerce Ministry": "the ministry said" is its words', () => {
    expect(
      findMentions('Chile’s Ministry of Commerce issued a statement.', { people: new Map(), acronyms: new Map(), home: null }).map((m) => [m.kind, m.name]),
    ).toEqual([['BODY', 'Chile Ministry of Commerce']]);
    expect(
      speakers(`${HEAD}Chile’s Ministry of Commerce issued a statement on Monday.\n\n“We firmly oppose the decision and will respond,” the ministry said.`),
    ).toEqual([['We firmly oppose the decision and will respond', 'Chile Ministry of Commerce']]);
  });
  it('"the spokesperson told AFP" with no spokesperson named before: the one body named just before speaks, as for "it said"', () => {
    expect(
      speakers(
        `${HEAD}Velmark Football League rejected the offer on Monday.\n\n“The clause cannot be paid by a club from another country,” the spokesperson told AFP.`,
      ),
    ).toEqual([['The clause cannot be paid by a club from another country', 'Velmark Football League']]);
    // (two bodies named just before: no telling whose spokesperson it is)
    expect(
      speakers(
        `${HEAD}Velmark Football League and the Ostland Players Union met on Monday.\n\n“The clause cannot be paid by a club from another country,” the spokesperson told AFP.`,
      ),
    ).toEqual([['The clause cannot be paid by a club from another country', null]]);
  });
  it('"said the Commission" after "the Ostland Harbour Commission": a body\'s noun with its capital refers back, as "said the commission" does', () => {
    expect(
      speakers(`${HEAD}The Ostland Harbour Commission has also criticised the decision. “Now more than ever the port needs the accord,” said the Commission.`),
    ).toEqual([['Now more than ever the port needs the accord', 'Ostland Harbour Commission']]);
  });
});

describe('quote speakers: 2026-12-06, night', () => {
  it('"the academy said" five sentences after "the Royal Ostland Academy of Sciences": the one body of the section whose name holds the word', () => {
    const text = `${HEAD}The prize was awarded by the Royal Ostland Academy of Sciences on Tuesday. The winners were in Velmark at the time. Both had worked on the problem for decades. Their work began in 1990. It was published in 2004. “Their discovery changed how we read the sky,” the academy said.`;
    expect(speakers(text)).toEqual([['Their discovery changed how we read the sky', 'Royal Ostland Academy of Sciences']]);
    // (two academies named: no telling which)
    expect(speakers(text.replace('at the time.', 'at the time, guests of the Velmark Academy of Arts.'))).toEqual([
      ['Their discovery changed how we read the sky', null],
    ]);
  });
  it('"the army said", "the academy said": more nouns a body is referred back to by', () => {
    expect(speakers(`${HEAD}The Chilean army halted the talks on Monday. “The rebels have not left the homes they seized,” the army said.`)).toEqual([
      ['The rebels have not left the homes they seized', 'Chilean Army'],
    ]);
    expect(speakers(`${HEAD}The Ostland Academy of Sciences gave its prize to a debut. “A work of rare courage and rigour,” the academy said.`)).toEqual([
      ['A work of rare courage and rigour', 'Ostland Academy of Sciences'],
    ]);
  });
  it('"a TikTok representative said", "a Velmark Rail official added": the body an unnamed representative or official speaks for', () => {
    expect(speakers(`${HEAD}“We disagree with the decision and will appeal it,” a Velmark Rail representative said in a statement.`)).toEqual([
      ['We disagree with the decision and will appeal it', 'Velmark Rail'],
    ]);
    expect(speakers(`${HEAD}“The trains will run again from Monday morning,” a Velmark Rail official added.`)).toEqual([
      ['The trains will run again from Monday morning', 'Velmark Rail'],
    ]);
  });
  it('"In a statement on Tuesday Labour leader Tomas Reyk said": a day after "on" is a time, no title of an object', () => {
    expect(speakers(`${HEAD}In a statement on Tuesday Labour leader Tomas Reyk said “it was a chance for the country to choose a new path”.`)).toEqual([
      ['it was a chance for the country to choose a new path', 'Tomas Reyk'],
    ]);
  });
  it('"Bill" opens a name where only a person stands ("NASA Administrator Bill Halvor", "Bill Halvor, the head of X, said"), not a law\'s', () => {
    const names = (t: string) => findMentions(t, { people: new Map(), acronyms: new Map(), home: null }).map((m) => [m.kind, m.name]);
    expect(names('Velmark Administrator Bill Halvor said it.')).toContainEqual(['PERSON', 'Bill Halvor']);
    expect(speakers(`${HEAD}Bill Halvor, head of the Velmark space agency, said: “Congratulations on your landing on the Moon.”`)).toEqual([
      ['Congratulations on your landing on the Moon.', 'Bill Halvor'],
    ]);
    expect(names('The Finance Bill Committee met on Monday.').filter(([k]) => k === 'PERSON')).toEqual([]);
    expect(names('The Ostland Bill, passed in May, said nothing of it.').filter(([k]) => k === 'PERSON')).toEqual([]);
  });
  it('"Ministry of Health spokesman Tomas Reyk said ...", then "he said": a spokesperson after a body\'s "of" is no object of it', () => {
    expect(
      speakers(
        `${HEAD}Ministry of Health spokesman Tomas Reyk said the number of cases had risen to 527.\n\n“It is mainly due to water from shallow wells,” he said.`,
      ),
    ).toEqual([['It is mainly due to water from shallow wells', 'Tomas Reyk']]);
  });
  it('"the Chilean premier said" refers back to the Chilean prime minister', () => {
    expect(
      speakers(`${HEAD}Chilean Prime Minister Tomas Reyk congratulated the winner on Monday. “We look forward to working together,” the Chilean premier said.`),
    ).toEqual([['We look forward to working together', 'Tomas Reyk']]);
  });
  it('the review of 2026-12-06 night: a noun that may stand for an unnamed body keeps its window; a party\'s representative; "premier" by title; a day only after "on"', () => {
    const far = (noun: string, body: string) =>
      `${HEAD}The ${body} criticised the cuts on Monday. A man was stabbed in Halvor at night. Two suspects fled on foot. One was caught later. The other is still at large. “Our thoughts are with the family,” the ${noun} said.`;
    expect(speakers(far('police', 'Ostland Police Federation'))).toEqual([['Our thoughts are with the family', null]]);
    expect(speakers(far('bank', 'Ostland Bankers Association'))).toEqual([['Our thoughts are with the family', null]]);
    expect(speakers(far('court', 'Ostland Criminal Court'))).toEqual([['Our thoughts are with the family', null]]);
    expect(speakers(`${HEAD}“We will not allow this bill to pass,” a Republican representative said.`)).toEqual([
      ['We will not allow this bill to pass', null],
    ]);
    expect(
      speakers(
        `${HEAD}Australian Prime Minister Tomas Reyk met New South Wales Premier Ann Velden in Sydney on Monday. They discussed housing. “We will build more homes,” the premier said.`,
      ),
    ).toEqual([['We will build more homes', 'Ann Velden']]);
    expect(speakers(`${HEAD}Prime Minister Jan Berg met Monday Club chairman Tomas Reyk on Friday. “We disagreed on much,” he said.`)).toEqual([
      ['We disagreed on much', 'Jan Berg'],
    ]);
    expect(persons('Lawmakers backed the Finance Bill Amendment, the ministry said.')).toEqual([]);
    expect(persons('MPs rejected the Health Bill Amendments on Monday, and the minister said so.')).toEqual([]);
  });
  it('a body\'s name after its "of" keeps no full stop that ends the sentence ("the Ostland Academy of Arts."), only an abbreviation\'s', () => {
    expect(mentionNames('It was given by the Velmark Academy of Arts. Then the winners spoke.')).toEqual(['Velmark Academy of Arts']);
    expect(mentionNames('He studied at the Ostland Institute of Music.')).toEqual(['Ostland Institute of Music']);
    expect(mentionNames('A letter came from the Council of the U.S. Navy on Monday.')).toEqual(['Council of the U.S. Navy']);
  });
});

describe('quote speakers: 2026-12-06, late', () => {
  it('"the senator said" when the text names two senators: the one whose quote came just before, in the same paragraph', () => {
    const two = `${HEAD}Sen. Tomas Reyk said the ruling was wrong.\n\n“It is a sad day for all of us here,” said Sen. Ann Velden. “The court has surrendered its independence,” the senator said.`;
    expect(speakers(two)).toEqual([
      ['It is a sad day for all of us here', 'Ann Velden'],
      ['The court has surrendered its independence', 'Ann Velden'],
    ]);
    // (the quote before in another paragraph, or only named there, leaves the senator unsure)
    const apart = `${HEAD}Sen. Tomas Reyk said the ruling was wrong.\n\n“It is a sad day for all of us here,” said Sen. Ann Velden.\n\n“The court has surrendered its independence,” the senator said.`;
    expect(speakers(apart)[1]).toEqual(['The court has surrendered its independence', null]);
    const named = `${HEAD}Sen. Tomas Reyk said the ruling was wrong.\n\nAlong with Sen. Ann Velden, he met the press. “The court has surrendered its independence,” the senator said.`;
    expect(speakers(named)).toEqual([['The court has surrendered its independence', null]]);
  });

  it('a regional bloc by its full name or its acronym is one actor ("Economic Community of West African States", "ECOWAS"), and by its other spelling', () => {
    const text = `${HEAD}The Economic Community of West African States met in Abuja on Monday.\n\n“We condemn the seizure of power in the strongest terms,” ECOWAS said in a statement.`;
    const d = parseExplainer(text, ref);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual(['Economic Community of West African States']);
    expect(mentionNames('The Southern African Development Community and CARICOM sent observers, as did the Organisation of American States.')).toEqual([
      'Southern African Development Community',
      'CARICOM',
      'Organization of American States',
    ]);
  });
  it('"said Indian delegate X": a delegate or a frontman is named by the job word before the name, whatever the given name', () => {
    expect(speakers(`${HEAD}“It is a paltry sum for the poorest,” said Indian delegate Tchandi Velkar.`)).toEqual([
      ['It is a paltry sum for the poorest', 'Tchandi Velkar'],
    ]);
    expect(speakers(`${HEAD}“We will play on through the winter,” said Halvor frontman Tchandi Velkar.`)).toEqual([
      ['We will play on through the winter', 'Tchandi Velkar'],
    ]);
  });
  it('"Grand Ayatollah X", "Protestor X", "Astronomer X": the title or the job before the name is no part of it', () => {
    expect(persons('Grand Ayatollah Tomas Reyk said it was a sad day.')).toEqual(['Tomas Reyk']);
    expect(persons('Protestor Ann Velden said the rents were too high.')).toEqual(['Ann Velden']);
    expect(persons('Astronomer Halvor Dorsk said the comet was bright.')).toEqual(['Halvor Dorsk']);
  });
  it('a closing mark after a space and before a word opens words another closes, where the text mixes its marks', () => {
    const text = `${HEAD}Ostland calls the plan “indispensable." Ostland aims to achieve capabilities ”to disrupt and defeat invasions much earlier” within ten years, Tomas Reyk said.`;
    expect(speakers(text).map(([q]) => q)).toEqual(['to disrupt and defeat invasions much earlier']);
    // (a closing mark after a space before no word, "“We are here ” he said", opens nothing)
    expect(speakers(`${HEAD}“We are here to stay for good ” he said on Monday.`).map(([q]) => q)).toEqual(['We are here to stay for good']);
  });
  it('the review of 2026-12-06, late: another holder named after the last quote leaves "the senator" unsure; "Ayatollah X" keeps its one name; "OIC" alone is no bloc', () => {
    const both = 'Sen. Tomas Reyk and Sen. Ann Velden spoke on Monday.\n\n';
    expect(speakers(`${HEAD}${both}“It is a sad day,” said Sen. Ann Velden. Sen. Tomas Reyk disagreed. “The court did its job,” the senator said.`)).toEqual([
      ['It is a sad day', 'Ann Velden'],
      ['The court did its job', null],
    ]);
    expect(
      speakers(
        `${HEAD}${both}“Tomas Reyk has misled the voters for years,” said Sen. Ann Velden. In response, the senator said: “These are lies from a rival.”`,
      )[1],
    ).toEqual(['These are lies from a rival.', null]);
    expect(speakers(`${HEAD}“We will not negotiate under threat,” Ayatollah Velden said in a speech.`)).toEqual([
      ['We will not negotiate under threat', 'Ayatollah Velden'],
    ]);
    expect(mentionNames('The OIC of Kilimani police station said so.')).toEqual(['OIC']);
  });
});

describe('speakers: 2026-12-07', () => {
  const HEAD = 'Reactions to the Halvor budget\n\nThe budget was presented in Halvor on Monday.\n\n';
  it('"X, general secretary of the GMB, said: “…”": the person speaks, not the body in the apposition', () => {
    expect(speakers(`${HEAD}Tomas Reyk, general secretary of the GMB, said: “This budget does nothing for working people.”`)).toEqual([
      ['This budget does nothing for working people.', 'Tomas Reyk'],
    ]);
    expect(speakers(`${HEAD}Ann Velden, a spokeswoman for the Velden Union, told reporters: “This budget does nothing for working people.”`)).toEqual([
      ['This budget does nothing for working people.', 'Ann Velden'],
    ]);
  });
  it('"he and X, head of the Y, issued a statement saying they “…”": a pair speaks, neither alone', () => {
    expect(
      speakers(
        `${HEAD}Tomas Reyk met the union on Monday, and he and Ann Velden, head of the Velden Union, issued a statement saying they “will keep talking about the budget.”`,
      ),
    ).toEqual([['will keep talking about the budget.', null]]);
  });
  it('the review of 2026-12-07: a later body outside the apposition speaks; a spokesman reporting words gives them to no one; a possessive only before the person', () => {
    expect(
      speakers(
        `${HEAD}Following the arrest of Tomas Reyk, editor of the Velmark Gazette, the Committee to Protect Journalists, in a statement, said: “This is a clear attempt to silence him.”`,
      ),
    ).toEqual([['This is a clear attempt to silence him.', 'Committee to Protect Journalists']]);
    expect(speakers(`${HEAD}A Home Office spokesman said the gunman had shouted: “Nobody leaves this building alive.”`)).toEqual([
      ['Nobody leaves this building alive.', null],
    ]);
    expect(speakers(`${HEAD}A Home Office spokesman told the BBC: “We will not tolerate this budget.”`)).toEqual([
      ['We will not tolerate this budget.', 'Home Office'],
    ]);
    expect(persons("President Tomas Reyk and Peru's Machu Picchu featured in the film.")).toEqual(['Tomas Reyk']);
  });
  it('"A Home Office spokesman said: “…”": the body whose spokesperson speaks, named before the quote', () => {
    expect(speakers(`${HEAD}A Home Office spokesman said: “We will not tolerate this budget.” The spokesman later added: “We will look at it again.”`)).toEqual(
      [
        ['We will not tolerate this budget.', 'Home Office'],
        ['We will look at it again.', 'Home Office'],
      ],
    );
    // (a spokesperson named after a body the sentence only mentions: no article before the body, no one it speaks for)
    expect(speakers(`${HEAD}After talks with the Home Office, spokesman Tomas Reyk said: “We will not tolerate this budget.”`)[0][1]).not.toBe('Home Office');
  });
});
describe('speakers: 2026-12-07, inverted titles', () => {
  const HEAD = 'Reactions to the Halvor budget\n\nThe budget was presented in Halvor on Monday.\n\n';
  it('"“…,” said UN Resident Coordinator in Velmark City Tomas Reyk.": a title with its place or body after "in", "to" or "of" before the name', () => {
    expect(speakers(`${HEAD}“Impunity will only lead to more of this,” said UN Resident Coordinator in Velmark City Tomas Reyk.`)).toEqual([
      ['Impunity will only lead to more of this', 'Tomas Reyk'],
    ]);
    expect(speakers(`${HEAD}“The budget cannot hope to pass as it stands,” said Velmark Deputy Ambassador to the UN Ann Velden.`)).toEqual([
      ['The budget cannot hope to pass as it stands', 'Ann Velden'],
    ]);
  });
  it('"“…,” Velmark Secretary of the Interior Ann Velden said.": the same title before the name and its verb', () => {
    expect(speakers(`${HEAD}“The budget cannot hope to pass as it stands,” Velmark Secretary of the Interior Ann Velden said.`)).toEqual([
      ['The budget cannot hope to pass as it stands', 'Ann Velden'],
    ]);
  });
  it('"“…,” said Rep. Ann Velden (D-Halvor), who …": a bracket after the name', () => {
    expect(speakers(`${HEAD}“This budget is historic,” said Rep. Ann Velden (D-Halvor), who chairs the budget caucus.`)).toEqual([
      ['This budget is historic', 'Ann Velden'],
    ]);
    expect(speakers(`${HEAD}“This budget is a disgrace,” said Tomas Reyk (pictured), the union’s leader.`)).toEqual([
      ['This budget is a disgrace', 'Tomas Reyk'],
    ]);
  });
});
describe('speakers: 2026-12-07, inverted titles (review)', () => {
  const HEAD = 'Reactions to the Halvor budget\n\nThe budget was presented in Halvor on Monday.\n\n';
  const Q = '“This budget is a disgrace,”';
  it('a title before a place gives the quote to no one addressed after the speaker: a second person, a body', () => {
    for (const s of [`${Q} said Mayor Tomas Reyk to Velmark Governor Ann Velden.`, `${Q} said Mayor Tomas Reyk for Velmark Finance Minister Ann Velden.`])
      expect(speakers(`${HEAD}${s}`)[0][1]).not.toBe('Ann Velden');
    expect(speakers(`${HEAD}${Q} said Tomas Reyk to the UN Security Council.`)[0][1]).not.toBe('UN Security Council');
  });
  it('a bracket after the name is passed over only when it names no one else and ends no list, and never after "a friend of"', () => {
    for (const s of [
      `${Q} said Tomas Reyk (Velmark), Ann Velden (Halvor) and Kofi Marrow (Ostland).`,
      `${Q} said Tomas Reyk (with Ann Velden), in a joint statement.`,
      `${Q} said Tomas Reyk (and Ann Velden).`,
      `${Q} said Tomas Reyk (quoting Ann Velden).`,
      `${Q} said a friend of Tomas Reyk (pictured).`,
      `${Q} said a lawyer for Tomas Reyk (pictured).`,
    ])
      expect(speakers(`${HEAD}${s}`)[0][1]).toBeNull();
  });
});
describe('speakers: 2026-12-07, a text cut off after a name', () => {
  const HEAD = 'Reactions to the Halvor budget\n\nThe budget was presented in Halvor on Monday.\n\n';
  it('the last line cut off after its subject\'s verb ("Tomas Reyk even offered a suggest") signs no quote above it; a name line there does', () => {
    expect(speakers(`${HEAD}“The popular vote does not decide the budget by itself.”\n\nTomas Reyk even offered a suggest`)).toEqual([
      ['The popular vote does not decide the budget by itself.', null],
    ]);
    expect(speakers(`${HEAD}“The popular vote does not decide the budget by itself.”\n\nUnion leader Tomas Reyk`)).toEqual([
      ['The popular vote does not decide the budget by itself.', 'Tomas Reyk'],
    ]);
  });
});
describe('names: 2026-12-07', () => {
  it('"Ursula Von der Leyen": a particle before another may take a capital', () => {
    expect(persons('EU President Ann Von der Velden described the budget as a milestone.')).toEqual(['Ann Von der Velden']);
  });
  it('"Md. X": the abbreviated Muhammad ends no sentence and opens the name; "Baltimore, Md." after a town may end one', () => {
    expect(splitSentences('Attorney General Md. Asaduzzaman said the court would rule. It did.').map((s) => s.text)).toEqual([
      'Attorney General Md. Asaduzzaman said the court would rule.',
      'It did.',
    ]);
    expect(persons('Attorney General Md. Asaduzzaman said the court would rule.')).toEqual(['Md. Asaduzzaman']);
    expect(splitSentences('ROCKVILLE, Md. The agency approved the drug.').map((s) => s.text)).toEqual(['ROCKVILLE, Md.', 'The agency approved the drug.']);
  });
});
describe('speakers and names: the review of 2026-12-07, later', () => {
  const HEAD = 'Reactions to the Halvor budget\n\nThe budget was presented in Halvor on Monday.\n\n';
  const Q = '“We cannot keep borrowing money at this rate,”';
  const speaker = (t: string) => speakers(`${HEAD}${t}`)[0][1];
  it('"Md." ends a sentence after a lower-case word, a comma or as "MD"; it is a name\'s only after a title', () => {
    for (const t of [
      'The clinic hired Ann Velden, MD. She starts Monday.',
      'Their offices are in Baltimore, MD. The firm has grown.',
      'He lives in Md. The rest of his family lives in Ostland.',
    ])
      expect(splitSentences(t)).toHaveLength(2);
    expect(speaker('The family later moved to Md. Tomas Reyk, the father, said: “We have lost everything. The river came up in an hour.”')).toBe('Tomas Reyk');
  });
  it('a title about someone else gives the quote to no one: a relation before "of", "for" or "to", a fate or a title after it', () => {
    for (const t of [
      `${Q} said Lawyer for the Slain Journalist Tomas Reyk.`,
      `${Q} Lawyer for the Slain Journalist Tomas Reyk said.`,
      `${Q} said Daughter of the Jailed Activist Tomas Reyk.`,
    ])
      expect(speaker(t)).toBeNull();
    expect(speaker(`${Q} said Former Aide to the Late President Tomas Reyk, Ann Velden.`)).not.toBe('Tomas Reyk');
  });
  it('a bracket after the first of a list, or after "a doctor who treated" or "an official under", gives the quote to no one', () => {
    for (const t of [
      `${Q} said Tomas Reyk (R-Halvor), Ann Velden, and Ivo Marsh (D-Ostland).`,
      `${Q} said Tomas Reyk (R-Halvor), Ann Velden and Ivo Marsh.`,
      `${Q} said a doctor who treated Tomas Reyk (pictured).`,
      `${Q} said an official under Tomas Reyk (R-Halvor).`,
    ])
      expect(speaker(t)).toBeNull();
    expect(speaker(`${Q} said Tomas Reyk (pictured), the union’s leader and chief.`)).toBe('Tomas Reyk');
  });
  it('a sign-off ending the text keeps its speaker after the name: "via Twitter", "pictured in Halvor", after a dash', () => {
    for (const line of ['Mayor Tomas Reyk via Twitter', 'Mayor Tomas Reyk pictured in Halvor', '— Tomas Reyk during the debate'])
      expect(speaker(`“We have lost everything. The river came up in an hour.”\n\n${line}`)).toBe('Tomas Reyk');
  });
});

describe('quotes: single marks paired for double ones (2026-12-07, midday)', () => {
  it('"‘’ On behalf of …,’‘" is a quote, an exact slice of the input without the spaces inside the marks', () => {
    const quote = 'On behalf of the people of Chile, I express our condolences to the people of Peru upon this loss';
    const draft = parseExplainer(`${HEAD}Leaders sent messages.\n\n‘’ ${quote},’‘ read part of Ann Velden’s message.`, ref);
    expect(draft.sections.flatMap((s) => s.quotes).map((q) => q.text)).toEqual([quote]);
  });
});

/** Each quote's text, the resolver step that named its speaker and the speaker, for a body under the test headline. */
function stepsOf(body: string): [string, string, string | null][] {
  const steps: [string, string, string | null][] = [];
  parseExplainer(`${HEAD}${body}`, { ...ref, onSpeaker: (q, step, speaker) => steps.push([q, step, speaker]) });
  return steps;
}

describe('speakers: the subject a sentence opens with (2026-12-07, midday)', () => {
  it('a quote inside a sentence no speech verb attributes is the words of the subject that opens it and acts on them', () => {
    expect(stepsOf('Peru President Tomas Reyk has compared the jump in prices to ‘everybody boiling the kettle at once’.')).toEqual([
      ['everybody boiling the kettle at once', 'subject', 'Tomas Reyk'],
    ]);
    expect(stepsOf('Senator Ann Velden, who leads the talks, challenged the board to publish ‘proper and verified results’ by Friday.')).toEqual([
      ['proper and verified results', 'subject', 'Ann Velden'],
    ]);
    // (after a phrase that sets the scene, and with the day between the subject and its verb)
    expect(stepsOf('In a letter of condolence to Tomas Reyk, Chancellor Ann Velden regretted the “tragic loss of so many lives”.')).toEqual([
      ['tragic loss of so many lives', 'subject', 'Ann Velden'],
    ]);
    expect(stepsOf('Prime Minister Ann Velden on Thursday, 29 October, regretted the “tragic loss of so many lives”.')).toEqual([
      ['tragic loss of so many lives', 'subject', 'Ann Velden'],
    ]);
  });

  it('a gerund after another subject gives its quote to no pronoun ("He faced protesters accusing him of “…”")', () => {
    expect(stepsOf('Tomas Reyk arrived in Lima on Monday. He faced protesters accusing him of “betraying the nation for money”.')).toEqual([
      ['betraying the nation for money', 'none', null],
    ]);
  });

  it('a surname that is also an outlet’s word still names a person ("Maria Weekly told reporters")', () => {
    expect(stepsOf('Maria Weekly told reporters: “We will not leave our homes before the water goes down”.').map(([, , sp]) => sp)).toEqual(['Maria Weekly']);
    expect(stepsOf('Ann Weekly, a farmer in Lima, said: “We will not leave our homes before the water goes down”.').map(([, , sp]) => sp)).toEqual([
      'Ann Weekly',
    ]);
  });

  it('not after a passive, a source cited, another subject’s clause, a charge or a prize, a bare "is", for a work’s title, nor with another name between', () => {
    for (const body of [
      'Tomas Reyk was condemned by rights groups as “a danger to the free press of Peru”.',
      'Tomas Reyk has been given the longest ban, 43 weeks, for “physical abuse of a match official”.',
      'Tomas Reyk cited “multiple sources close to the family” on Friday.',
      'Tomas Reyk called him the greatest, and Halvor paid tribute to “my brother, my friend, my teammate”.',
      'Tomas Reyk is “providing legal support to the players” this week.',
      'Ann Velden used the river as the setting of her 1931 novel, “The River of Chile and Peru”.',
      'Ann Velden visited Tomas Reyk and backed the accord as “a fair deal for the people of Peru”.',
      // (the review of 2026-12-07, midday: a subordinate clause first, a plural noun for a verb, another subject's
      // clause, a charge, a nickname, a prize, a show)
      'When Tomas Reyk arrived, crowds chanted “resign now, you coward” outside the palace.',
      'Unlike Tomas Reyk, voters flocked to “the biggest rally of the year”.',
      'Tomas Reyk supporters chanted “four more years, four more years” outside the court.',
      'Ann Velden rejected what critics called “a betrayal of the people of Peru”.',
      'Tomas Reyk ignored the protesters, who chanted “go home, go home, go home”.',
      'Tomas Reyk remained silent as the crowd booed “go home, go home, go home”.',
      'Ann Velden received a petition demanding “the immediate release of all prisoners”.',
      'Tomas Reyk faces accusations of “genocide and war crimes” in The Hague.',
      'Tomas Reyk pleaded guilty to “reckless endangerment of human life” on Monday.',
      'Tomas Reyk received a “long and thunderous standing ovation” at the congress.',
      'Tomas Reyk earned the nickname “the Iron Fist of Lima” in the 1990s.',
      'Ann Velden appeared on “Dancing with the Stars” in 2010.',
      'Ann Velden regretted the vote while, at the other end of the continent, the victory “carries the hope of a people”.',
    ])
      expect(stepsOf(body).map(([q, , speaker]) => [q, speaker])).toEqual([[expect.any(String), null]]);
  });
});

describe('speakers: one word no lexicon reads, right after the quote (2026-12-07, afternoon)', () => {
  const Q = 'We are with the families of all those affected tonight';

  it('a surname one letter off the name the text gives is that person ("Natanyahu said" after Benjamin Netanyahu)', () => {
    expect(stepsOf(`Prime Minister Tomas Velmarkson spoke on Monday.\n\n“${Q},” Velmarksen said in a statement.`)).toEqual([
      [Q, 'lone-word', 'Tomas Velmarkson'],
    ]);
  });

  it('a given name right before the word elsewhere in the text names the person ("The Ann Halvorsen led party …")', () => {
    expect(stepsOf(`The Ann Halvorsen led Velmark Labour Party swept all 30 seats.\n\n“${Q},” Halvorsen stated.`)).toEqual([[Q, 'lone-word', 'Ann Halvorsen']]);
  });

  it('a company by its shape or by what the text says of it; a word that may be a surname alone, a title or a plural noun is no one', () => {
    expect(stepsOf(`The outage hit millions.\n\n“${Q},” said VelTel in an update.`)).toEqual([[Q, 'lone-word', 'VelTel']]);
    expect(stepsOf(`The outage hit Halvorix customers across the country.\n\n“${Q},” Halvorix said.`)).toEqual([[Q, 'lone-word', 'Halvorix']]);
    for (const body of [
      `The outage hit millions.\n\n“${Q},” Halvorix said.`,
      `The outage hit millions.\n\n“${Q},” said Mr. Halvorix, speaking in Lima.`,
      `The outage hit millions.\n\n“${Q},” Officials said.`,
    ])
      expect(stepsOf(body)).toEqual([[Q, 'none', null]]);
  });
});

describe('quotes: two grave accents closed by a double prime (2026-12-07, afternoon)', () => {
  it('"``More than 10,000 …,″ X said" (an archive page of old wire copy) is a quote, and its speaker is read', () => {
    const quote = 'More than 10,000 bodies have been pulled out of the rubble';
    const draft = parseExplainer(`${HEAD}Rescuers worked through the night.\n\n\`\`${quote},″ Brig. Gen. Tomas Reyk said Sunday.`, ref);
    expect(draft.sections.flatMap((s) => s.quotes).map((q) => [q.text.replace(/,$/, ''), q.speaker])).toEqual([[quote, 'Tomas Reyk']]);
  });
});

describe("speakers: the lone word, the review's shapes (2026-12-07, afternoon)", () => {
  const Q = 'We are with the families of all those affected tonight';

  it('another first letter, a given name one letter off, a plural, a family, a country before the word: no one', () => {
    for (const body of [
      `Prime Minister Tomas Karlsen spoke.\n\n“${Q},” Carlsen said.`,
      `Prime Minister Daniel Reyk spoke.\n\n“${Q},” Daniela said.`,
      `Minister Ann Velden spoke.\n\n“${Q},” Veldens said.`,
      `The Ann Halvorsen led Velmark Party swept all seats.\n\n“${Q},” Halvorsen family said.`,
      `In Chad Velmark employs 2,000 people.\n\n“${Q},” Velmark said.`,
    ])
      expect(stepsOf(body).map(([, , speaker]) => speaker)).toEqual([null]);
  });

  it('a name as the text spells it wins over one a letter off', () => {
    const body = `The Grace Halvorsen led Velmark Party swept all seats. Prime Minister Ann Halvorson conceded.\n\n“${Q},” Halvorsen stated.`;
    expect(stepsOf(body)).toEqual([[Q, 'lone-word', 'Grace Halvorsen']]);
  });

  it('"``… 5′10″ and quick …,\'\' X said": a double prime after a digit is a measure inside the quote', () => {
    const quote = 'Our new striker from Velmark, who is 5′10″ and quick, will start on Sunday';
    const draft = parseExplainer(`${HEAD}The club signed a striker.\n\n\`\`${quote},'' Tomas Reyk said.`, ref);
    expect(draft.sections.flatMap((s) => s.quotes).map((q) => [q.text.replace(/,$/, ''), q.speaker])).toEqual([[quote, 'Tomas Reyk']]);
  });
});

describe('quotes: a single mark before a lone "n" is the "and" of a name, no quote (2026-12-07, evening)', () => {
  it('"Rock ‘n Play", "rock \'n\' roll" open no quote, and a body named after them is no quoted word: "the commission said" is it', () => {
    const quote = 'Over 30 fatalities were reported to have occurred in the sleepers';
    const body = `Velmark recalled its Rock ‘n Play Sleepers on Monday, according to the Halvor Product Safety Commission. The rock 'n' roll band’s ‘best years’ are gone.\n\n“${quote},” the commission said in a statement.`;
    const quotes = parseExplainer(`${HEAD}${body}`, ref).sections.flatMap((s) => s.quotes);
    expect(quotes.map((q) => [q.text.replace(/,$/, ''), q.speaker])).toEqual([[quote, 'Halvor Product Safety Commission']]);
  });

  it('a paragraph with "Rock ‘n Play" or "rock \'n roll" and a closing mark after it holds no quote', () => {
    const body =
      "Velmark recalled its Rock ‘n Play Sleepers after more deaths in the region.\n\nThe rock 'n roll and blues stars' fans gathered outside the hall.";
    expect(parseExplainer(`${HEAD}${body}`, ref).sections.flatMap((s) => s.quotes)).toEqual([]);
  });
});

describe('speakers: a name line after a run a named speaker left open heads the next entry (2026-12-07, evening)', () => {
  it('"X said: “…. / “…” / Ann Velden, President of Chile / Velden said: “…”": the run keeps its speaker, the name line signs nothing', () => {
    const a = 'It is an actual mistake both for Peru and for our planet';
    const b = 'Wherever we live, we all share the same responsibility for it';
    const c = 'Chile maintains its support and commitment for the accord';
    const body = `Tomas Reyk, President of Peru\n\nReyk said: “${a}.\n\n“${b}.”\n\nAnn Velden, President of Chile\n\nVelden said: “${c}.”`;
    expect(stepsOf(body).map(([q, , speaker]) => [q.replace(/\.$/, ''), speaker])).toEqual([
      [a, 'Tomas Reyk'],
      [b, 'Tomas Reyk'],
      [c, 'Ann Velden'],
    ]);
  });

  it('the last quote of a run no named speaker opened still takes the sign-off after it: "“…. / “…” / — Ann Velden"', () => {
    const a = 'It is an actual mistake both for Peru and for our planet';
    const b = 'Wherever we live, we all share the same responsibility for it';
    const body = `The reactions came quickly.\n\n“${a}.\n\n“${b}.”\n\n— Ann Velden, President of Chile`;
    expect(stepsOf(body).at(-1)).toEqual([`${b}.`, 'sign-off', 'Ann Velden']);
  });
});

describe('speakers: a sentence adverb opens no name (2026-12-07, evening)', () => {
  it('"Additionally Ann Velden said", "Thus Tomas Reyk, leader of the party, said": the name without the adverb', () => {
    const q = 'We are with the families of all those affected tonight';
    for (const [body, who] of [
      [`Additionally Ann Velden said: “${q}.”`, 'Ann Velden'],
      [`Thus Tomas Reyk, leader of the party, said: “${q}.”`, 'Tomas Reyk'],
      [`Instead Ann Velden told reporters: “${q}.”`, 'Ann Velden'],
    ])
      expect(stepsOf(body).map(([, , speaker]) => speaker)).toEqual([who]);
  });
});

describe('speakers: an auxiliary before the reporting verb after a quote (2026-12-07, evening)', () => {
  it('"“…,” Chilean President Tomas Reyk has said", "“…,” Ann Velden had told reporters": the name after the quote', () => {
    const q = 'We are in a perpetual cycle of trying to pull ourselves up again';
    for (const [body, who] of [
      [`The storm hit the country.\n\n“${q},” Chilean President Tomas Reyk has said.`, 'Tomas Reyk'],
      [`The storm hit the country.\n\n“${q},” Ann Velden had told reporters on Friday.`, 'Ann Velden'],
    ])
      expect(stepsOf(body).map(([, , speaker]) => speaker)).toEqual([who]);
  });
});

describe('sentences: a list item on a line of its own starts a sentence (2026-12-07, evening)', () => {
  const paragraph =
    'Tributes are flooding in for him, who has died at 60\n- "What sad news," said Peru icon Tomas Reyk. "One day, I hope we can play ball together in the sky."\n- FIFA said: "What words can we use for this pain.\n2. Chile president Ann Velden has announced three days of mourning.';

  it('splits before each item, whatever quote the line before left open, without the marker', () => {
    const sentences = splitSentences(paragraph);
    expect(sentences.map((s) => s.text)).toEqual([
      'Tributes are flooding in for him, who has died at 60',
      '"What sad news," said Peru icon Tomas Reyk.',
      '"One day, I hope we can play ball together in the sky."',
      'FIFA said: "What words can we use for this pain.',
      'Chile president Ann Velden has announced three days of mourning.',
    ]);
    for (const s of sentences) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });

  it("a wrapped line that opens with a number or a bullet before a small letter goes on with its sentence (the review's shapes)", () => {
    for (const paragraph of [
      'Tomas Reyk, the mayor, said the bridge would reopen to traffic on May\n5. The repairs cost 2 million euros.',
      'Tomas Reyk, the mayor of Velmark\n- a town of 40,000 people - said the bridge would reopen.',
    ])
      expect(splitSentences(paragraph)[0].text).toContain('\n');
  });
});

describe("the review's shapes of the evening's rules (2026-12-07, evening)", () => {
  it('a quote after a run left open is still signed by a sentence, a dashed line or a last line after it', () => {
    const a = 'We will rebuild every street in this town';
    const b = 'The state has failed us and it keeps failing us';
    for (const body of [
      `Ann Velden, the mayor, said: “${a}."\n\n“${b}.” Tomas Reyk said.\n\nThe water receded on Monday.`,
      `Ann Velden, the mayor, said: “${a}.\n\n“${b}.”\n\n— Tomas Reyk, opposition leader\n\nThe water receded on Monday.`,
      `Ann Velden, the mayor, said: “${a}.\n\n“${b}.”\n\nTomas Reyk, opposition leader`,
    ])
      expect(stepsOf(body).find(([q]) => q.startsWith(b))?.[2]).toBe('Tomas Reyk');
  });

  it('"‘We play rock ‘n’ roll every single night,’ said X": the inner marks close nothing, the quote is X\'s', () => {
    const body =
      "Velmark's festival opened on Friday.\n\n‘We play rock ‘n’ roll every single night,’ said Tomas Reyk, the festival's director. Ann Velden, a fan, agreed.";
    expect(stepsOf(body).map(([q, , speaker]) => [q.replace(/,$/, ''), speaker])).toEqual([['We play rock ‘n’ roll every single night', 'Tomas Reyk']]);
  });
});

describe('quotes: a curly double mark closed by a straight single one after a stop, in copy that mixes its marks (2026-12-07, evening)', () => {
  it('"thanked the diplomats “for defending our embassy in Lima at great risk.\' Police broke in": a quote; "Ministers\' feet" closes none', () => {
    const body =
      "The minister thanked the diplomats “for defending our embassy in Lima at great risk.' Police broke in.\n\n“We will hold the Velmark leadership and Government Ministers' feet to the fire,” said Tomas Reyk.";
    expect(
      parseExplainer(`${HEAD}${body}`, ref)
        .sections.flatMap((s) => s.quotes)
        .map((q) => q.text.replace(/[.,]$/, '')),
    ).toEqual(['for defending our embassy in Lima at great risk', "We will hold the Velmark leadership and Government Ministers' feet to the fire"]);
  });
});

describe('speakers: a quote its attribution splits in two (2026-12-07, night)', () => {
  it('"“…,” said X, “…”": the second part is the same speaker’s, whoever the clause names', () => {
    const text = `${HEAD}“Failures happen in every programme we run here,” said Tomas Reyk, the agency head, “and we will fly again this year.”\n\n“We regret the delay to every customer this week,” the company said in a statement, “but the service is safe.”`;
    expect(speakers(text)).toEqual([
      ['Failures happen in every programme we run here', 'Tomas Reyk'],
      ['and we will fly again this year.', 'Tomas Reyk'],
      ['We regret the delay to every customer this week', null],
      ['but the service is safe.', null],
    ]);
    expect(speakers(`${HEAD}“Aboard the station the crew are all well,” says Halvor Space Administrator Ann Velden, “and ready to come home.”`)).toEqual([
      ['Aboard the station the crew are all well', 'Ann Velden'],
      ['and ready to come home.', 'Ann Velden'],
    ]);
  });

  it('not after a stop, nor across a clause of another subject', () => {
    // The first part ends in a stop: the clause does not split one quote.
    expect(speakers(`${HEAD}“Nobody saw it coming at all.” said Tomas Reyk, “We had no warning whatsoever.”`)[1][1]).toBeNull();
    // "while Ann Velden, “…,” wept": the quote in the other subject's clause is nobody's words here.
    expect(speakers(`${HEAD}“Nobody here saw it coming at all,” said Tomas Reyk, while Ann Velden, “a friend of the family for years,” wept.`)).toEqual([
      ['Nobody here saw it coming at all', 'Tomas Reyk'],
      ['a friend of the family for years', null],
    ]);
  });
});

describe('speakers: the person a sentence’s quote went to speaks on (2026-12-07, night)', () => {
  it('"“…,” Cal Fire spokesman X said. “…”": the next quote is X’s, not the words of the name read before him', () => {
    const text = `${HEAD}"The blaze is being driven by fairly strong winds," Cal Fire spokesman Tomas Reyk said. "It is really dry and we have low humidity today."`;
    expect(speakers(text)).toEqual([
      ['The blaze is being driven by fairly strong winds', 'Tomas Reyk'],
      ['It is really dry and we have low humidity today.', 'Tomas Reyk'],
    ]);
  });
});

describe('names: a body’s acronym after a full name ends it (2026-12-07, night)', () => {
  it('"Jean-Claude Velden / EU - Jean-Claude Velden, European Commission president" names him, so "President Velden" is he in full', () => {
    expect(persons('Jean-Claude Velden EU - Jean-Claude Velden, European Commission president')).toEqual(['Jean-Claude Velden', 'Jean-Claude Velden']);
    const text =
      'World leaders react to the election result\n\nLeaders around the world reacted on Friday to the result of the vote.\n\nJean-Claude Velden\nEU - Jean-Claude Velden, European Commission president\n\nPresident Velden has repeatedly said that he wants a ‘fair deal with Britain and its people’ soon.\n';
    expect(speakers(text)).toEqual([['fair deal with Britain and its people', 'Jean-Claude Velden']]);
    // Letters no body's acronym go on with the run ("Ann Velden XQ" is not cut to "Ann Velden").
    expect(persons('Ann Velden XQ met the minister.')).not.toContain('Ann Velden');
  });
});

describe('names: an institution’s word alone is no body (2026-12-07, night)', () => {
  it('"Service was restored", "High School exams": no body the sentence names, and no speaker for "it said" after', () => {
    expect(mentionNames('Service was restored at 5 p.m. on Wednesday')).toEqual([]);
    expect(mentionNames('High School exams were cancelled across the state today')).toEqual([]);
    // A name with the word is a body still.
    expect(mentionNames('The Halvor Fire Service said the blaze was out')).toEqual(['Halvor Fire Service']);
    const text = `${HEAD}Service was restored at 5 p.m. on Wednesday.\n\nOn Monday, it said it was using “a phased approach to reopening the whole pipeline”.`;
    expect(speakers(text)).toEqual([['a phased approach to reopening the whole pipeline', null]]);
  });
});

describe('speakers: "quoted X as saying:" before the quote (2026-12-07, night)', () => {
  it('"State TV quoted X, the agency chief, as saying: “…”": X speaks, with or without the apposition', () => {
    const text = `${HEAD}State TV earlier quoted Tomas Reyk as saying: "There is no hope of finding survivors among the crew."\n\nState TV earlier quoted Ann Velden, the chief of the maritime agency, as saying: "We see no hope of finding survivors among the crew."`;
    expect(speakers(text)).toEqual([
      ['There is no hope of finding survivors among the crew.', 'Tomas Reyk'],
      ['We see no hope of finding survivors among the crew.', 'Ann Velden'],
    ]);
    // Quoted, but not as saying: the quote is not his.
    expect(speakers(`${HEAD}State TV quoted Tomas Reyk at length, then added: "There is no hope of finding survivors among the crew."`)[0][1]).toBeNull();
  });
});

describe('speakers: "the secretary of state said", "the attorney general said" (2026-12-07, night)', () => {
  it('the role of three words is the one who holds the title', () => {
    const text = `${HEAD}U.S. Secretary of State Tomas Reyk called the incident a violation.\n\nEurope is committed “to deny Velmark the capacity to violate the law,” the secretary of state said.\n\nAttorney General Ann Velden filed the case on Monday.\n\n“We will see them in court very soon,” the attorney general said.`;
    expect(speakers(text)).toEqual([
      ['to deny Velmark the capacity to violate the law', 'Tomas Reyk'],
      ['We will see them in court very soon', 'Ann Velden'],
    ]);
  });
});

describe('speakers: a list of names under a quote signs nothing (2026-12-07, night)', () => {
  it('"…we will have to…… / Penny S. Tee / Gideon Levy / Sabine Sterk": a page’s staff, one a line, is no signature', () => {
    const quote = '“We will have to pay all of that money back to them,”';
    expect(speakers(`${HEAD}The court ruled on Friday.\n\n${quote}\n\n\n\nPenny S. Tee\nGideon Levy\nSabine Sterk\n`)).toEqual([
      ['We will have to pay all of that money back to them', null],
    ]);
    // One name line alone under the quote still signs it.
    expect(speakers(`${HEAD}The court ruled on Friday.\n\n${quote}\nPenny S. Tee\n`)).toEqual([
      ['We will have to pay all of that money back to them', 'Penny S. Tee'],
    ]);
  });
});

describe('speakers: a role under a heading that names one person (2026-12-07, night)', () => {
  it('"Ann Velden: Promises broken …" over "The Scottish first minister said: “…”": hers, while the section names no one else', () => {
    const head =
      'Leaders react to the trade deal\n\nThe deal has divided opinion across the region.\n\nTomas Reyk: Thin agreement is not what was promised\n\nThe opposition leader said his party would back the deal in the vote on Wednesday.\n\nAnn Velden: Promises broken should give Halvor a fresh chance\n\n';
    const quote = 'The Scottish first minister said: “It beggars belief that the region has been forced out of the market.”';
    expect(speakers(`${head}${quote}`)).toEqual([['It beggars belief that the region has been forced out of the market.', 'Ann Velden']]);
    // Someone else named in the section first: the role may be theirs, so no one.
    expect(speakers(`${head}She spoke after Jonas Brekke had left the hall.\n\n${quote}`)).toEqual([
      ['It beggars belief that the region has been forced out of the market.', null],
    ]);
  });
});

describe("speakers: the review's shapes of the night's rules (2026-12-07, night)", () => {
  const H = 'Harbour fraud trial ends\n\nThe harbour authority said the trial was over.\n\n';
  it('a heading that is no entry ("Tomas Reyk jailed for fraud"), or a role beside the person ("the judge"), gives the role to no one', () => {
    const jailed = `${H}Tomas Reyk jailed for fraud\n\nReyk was sentenced to six years on Friday for taking bribes over the harbour contract.\n\nThe judge said: “You betrayed the trust of the whole town.”`;
    expect(speakers(jailed)).toEqual([['You betrayed the trust of the whole town.', null]]);
  });
  it('"quoted a spokesman for X as saying": not X\'s words; "said X, before Ann Velden interrupted, “…”": not X\'s second part', () => {
    expect(speakers(`${H}State TV quoted a spokesman for Tomas Reyk as saying: “There is no hope of finding survivors among the crew.”`)).toEqual([
      ['There is no hope of finding survivors among the crew.', null],
    ]);
    expect(
      speakers(`${H}“The harbour is closed for the whole winter season,” said Tomas Reyk, before Ann Velden interrupted, “that is not true at all.”`),
    ).toEqual([
      ['The harbour is closed for the whole winter season', 'Tomas Reyk'],
      ['that is not true at all.', null],
    ]);
  });
  it('a person whose words a sentence reports before its quote does not speak on; "the deputy attorney general" is not the attorney general', () => {
    const rebutted = `${H}Ann Velden said on Monday that Tomas Reyk had called the harbour “a death trap for every sailor in this town”.\n\n“That is simply untrue. Every pier was checked last week by the inspectors.”`;
    expect(speakers(rebutted)[1]).toEqual(['That is simply untrue. Every pier was checked last week by the inspectors.', null]);
    const deputy = `${H}Attorney General Ann Velden filed the case on Monday.\n\n“We will see them in court very soon,” the deputy attorney general said.`;
    expect(speakers(deputy)).toEqual([['We will see them in court very soon', null]]);
  });
  it('"Former Navy SEAL Tomas Reyk said: “…”": a person, no body', () => {
    const d = parseExplainer(`${H}Former Navy SEAL Tomas Reyk said: “The drill was routine and planned for months.”`, ref);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).not.toContain('Navy SEAL Tomas Reyk');
    expect(d.sections.flatMap((s) => s.citations.map((c) => c.source))).toEqual([]);
  });
});

describe("speakers: a named subject's reported words (2026-12-08)", () => {
  const H = 'Talks end without a deal\n\nThe talks ended on Friday after ten days.\n\n';
  it('"Tomas Reyk said Halvor Brandt had …, “…,” he added": he is the one who said it, not the one he spoke of', () => {
    expect(
      speakers(
        `${H}Tomas Reyk said Halvor Brandt had “done everything possible” to bring the sides closer. “Unfortunately an agreement was not possible,” he added.`,
      ),
    ).toEqual([['Unfortunately an agreement was not possible', 'Tomas Reyk']]);
  });
  it('a clause of its own after the reported words ("…, while Halvor Brandt sent letters") leaves its subject a candidate: no one', () => {
    expect(
      speakers(
        `${H}Tomas Reyk said he was “deeply saddened”, while Chancellor Halvor Brandt sent letters to both leaders. “Our thoughts go to the victims,” he wrote to the president.`,
      ),
    ).toEqual([['Our thoughts go to the victims', null]]);
  });
  it('only for the very next sentence of the paragraph: after a break, or a sentence between, either may be meant', () => {
    const said = 'Tomas Reyk said Halvor Brandt, his deputy, would take over the port on Monday.';
    const quote = '“I am ready to serve the people of this town with all my strength,” he said.';
    expect(speakers(`${H}${said}\n\n${quote}`)).toEqual([['I am ready to serve the people of this town with all my strength', null]]);
    expect(speakers(`${H}${said} He has run the port of Ostland before. ${quote}`)).toEqual([
      ['I am ready to serve the people of this town with all my strength', null],
    ]);
  });
  it('a subject whose gender nothing tells sets no one aside', () => {
    expect(speakers(`${H}Robin Velden said Halvor Brandt had “done everything possible”. “Unfortunately an agreement was not possible,” he added.`)).toEqual([
      ['Unfortunately an agreement was not possible', null],
    ]);
  });
});

describe('speakers: how it was said, between the name and the verb (2026-12-08)', () => {
  const H = 'Talks end without a deal\n\nThe talks ended on Friday after ten days.\n\n';
  const q = 'We must always remain in that position as the leaders of this country';
  it('"“…” Tomas Reyk forcefully said", "“…,” Tomas Reyk hinted": the name\'s', () => {
    expect(speakers(`${H}“${q}” Tomas Reyk forcefully said.`)).toEqual([[q, 'Tomas Reyk']]);
    expect(speakers(`${H}“${q},” Tomas Reyk hinted.`)).toEqual([[q, 'Tomas Reyk']]);
  });
});

describe('speakers: a picture credit, "Even", and "slain" a death (2026-12-08)', () => {
  it('"Picture: Tomas Reyk addresses the crowd" names the one pictured, who may speak next', () => {
    const text =
      'Flood plan\n\nHalvor Brandt, the opposition leader, criticised the plan last week. Picture: Tomas Reyk addresses the crowd in Velmark.\n\n“We will rebuild every house that the flood destroyed,” he said.';
    expect(speakers(text)).toEqual([['We will rebuild every house that the flood destroyed', 'Tomas Reyk']]);
  });
  it('"REUTERS/Tomas Reyk" under a picture is the photographer: no "he" of the next quote', () => {
    const text =
      'Leaders pledge aid\n\nUN chief Halvor Brandt opened the pledging conference on Monday.\n\nThe UN headquarters building is pictured in New York, March 1, 2022. REUTERS/Tomas Reyk\n\n“Crisis atop of crisis is threatening the lives of millions across the region,” he said.';
    expect(speakers(text)).toEqual([['Crisis atop of crisis is threatening the lives of millions across the region', 'Halvor Brandt']]);
  });
  it('"Even Velmark’s own status page failed": no name "Even Velmark" for the one that spoke', () => {
    const text =
      'Outage\n\nVelmark said it was investigating a problem “potentially impacting multiple customers across the world today,” with disruptions rippling across services. Even Velmark’s own status page struggled to load at one point.';
    expect(speakers(text)).toEqual([['potentially impacting multiple customers across the world today', 'Velmark']]);
  });
  it('"slain", "the murder of" tell a death: no inferred quote for the dead; not "slain by", not "the attempted murder of"', () => {
    const q = '“We accept the ruling of the court and we will not appeal it,” he said.';
    const said = 'We accept the ruling of the court and we will not appeal it';
    expect(speakers(`Verdict\n\nA billboard shows slain Prime Minister Tomas Halvor on a street in Sidon.\n\n${q}`)).toEqual([[said, null]]);
    expect(speakers(`Verdict\n\nThe court ruled on the murder of Tomas Halvor on Monday.\n\n${q}`)).toEqual([[said, null]]);
    expect(speakers(`Verdict\n\nA protester was slain by police officer Tomas Halvor last year.\n\n${q}`)).toEqual([[said, 'Tomas Halvor']]);
    expect(speakers(`Verdict\n\nA man went on trial for the attempted murder of Tomas Halvor.\n\nHalvor told the court he forgave him. ${q}`)).toEqual([
      [said, 'Tomas Halvor'],
    ]);
  });
});

describe("quote speakers: the lead-in's verbs of comment (2026-12-08, small hours)", () => {
  it('"echoed", "stressed", "issued a scathing critique": the one person before a paragraph that is only a quote', () => {
    const q = 'Our thoughts are with everyone who lost a loved one today.';
    for (const lead of [
      'echoed the concerns of the crews who had stayed at sea',
      'stressed the need for calm in the harbour',
      'issued a scathing critique of the rescue',
    ])
      expect(speakers(`${HEAD}Halvor mayor Tomas Reyk ${lead}.\n\n“${q}”`)).toEqual([[q, 'Tomas Reyk']]);
    // Still acts, not words, nor the subject's own: "issued a ban", "issued a flood warning", "defended the title",
    // "blasted the ball", "was criticised by", "whom the families criticised" (the review's probes).
    for (const act of [
      'issued a ban on fishing in the harbour',
      'issued a flood warning for the harbour on Friday',
      'defended the title he won last year in the harbour race',
      'blasted the ball into the net in the final minute',
      'called for a taxi after the meeting at the harbour',
      'was criticised by the Halvor Port Authority for the delays in the rescue',
    ])
      expect(speakers(`${HEAD}Halvor mayor Tomas Reyk ${act}.\n\n“${q}”`)).toEqual([[q, null]]);
    expect(speakers(`${HEAD}Halvor mayor Tomas Reyk, whom the families praised, arrived at the harbour.\n\n“${q}”`)).toEqual([[q, null]]);
    // Another's verb in a clause of its own, or an adjective (the second review's probes).
    for (const lead of [
      'met the fishermen who stressed the need for new quotas',
      'read the report that emphasised the decline of cod stocks',
      'looked stressed as he left the harbour office on Monday',
      'walked out as the boos echoed around the hall',
    ])
      expect(speakers(`${HEAD}Tomas Reyk ${lead}.\n\n“${q}”`)).toEqual([[q, null]]);
  });
});

describe('quotes: a straight double mark closed by a straight single one (2026-12-08, small hours)', () => {
  it('"… gas and inundation,\' explains Tomas Reyk": the quote ends at the single mark after its comma, and is his', () => {
    const text = `${HEAD}"The valley has the largest number of flooded mines in the region. Many of them lie where the water rises every spring,' explains Tomas Reyk, a research fellow at Halvor University. In fact, there are more mines in the valley than anywhere else.`;
    expect(speakers(text)).toEqual([
      ['The valley has the largest number of flooded mines in the region. Many of them lie where the water rises every spring', 'Tomas Reyk'],
    ]);
    // A quote inside it opened with a curly single mark and closed with a straight one ends nothing; an inch mark opens
    // nothing (the second review's probes).
    const nested = `${HEAD}"The owners told us the port was ‘closed for good.' We did not believe them for a second," Tomas Reyk said on Monday.`;
    expect(speakers(nested)).toEqual([["The owners told us the port was ‘closed for good.' We did not believe them for a second", 'Tomas Reyk']]);
    expect(speakers(`${HEAD}The crane lifted a 40" container onto the ship at dawn. Then it stopped, the operator said.' Tomas Reyk watched.`)).toEqual([]);
    // Two apostrophes still close it as wire copy writes them, and an apostrophe inside a word closes nothing.
    expect(speakers(`${HEAD}"The harbour will stay closed to all ships until Monday,'' the port's director said on Friday.`).map(([q]) => q)).toEqual([
      'The harbour will stay closed to all ships until Monday',
    ]);
  });
});

describe('speakers: a military rank is no part of the name (2026-12-08, third stop)', () => {
  it('"Maj Gen", "Vice-Admiral", "Lieutenant-Colonel", "Cmdr.": the person after the rank speaks', () => {
    const body = (lead: string) =>
      `${HEAD}The ferry ran aground off Ostland on Monday.\n\n“We have brought every passenger ashore safely tonight,” said ${lead}, the officer in charge.`;
    for (const rank of ['Maj Gen', 'Vice-Admiral', 'Lieutenant-Colonel', 'Rear Adm.', 'Cmdr.', 'Commodore'])
      expect(speakers(body(`${rank} Tomas Reyk`)).map(([, who]) => who)).toEqual(['Tomas Reyk']);
  });
});

describe('speakers: a credit line and a name line that opens its own quote sign off no quote (2026-12-08, third stop)', () => {
  it('"Jane Doe | Getty Images Entertainme" (cut off) under a quote is a picture credit, no speaker', () => {
    const body = `${HEAD}    Mike Lund | Getty Images\n  • Ann Velden, president of Friends of the Ostland Coast\n\n    "The port is going rogue on the coast. The world must treat it as a warning to us all."\n\n    Tomas Reyk | Getty Images Entertainme`;
    expect(speakers(body).map(([, who]) => who)).not.toContain('Tomas Reyk');
  });

  it('"Jim Velden, union officer: “These have …" after a quote leads into its own quote: the quote above stays its speaker\'s', () => {
    const body = `${HEAD}Ann Velden, Ostland union general secretary:  “Unions have long warned of the dangers of selling the port. Companies like Brandt have grown too quickly on public money.”\n\n“It is essential that the administrators do not now strip the port of its assets and hand it back to the public instead.”\n\nTomas Reyk, Unite national officer for ports: “These hav`;
    expect(speakers(body).map(([, who]) => who)).not.toContain('Tomas Reyk');
  });
});

describe('speakers: a title is no name, and the name set off after it speaks (2026-12-08, third stop)', () => {
  it('"Ostland’s Foreign Affairs Minister, Tomas Reyk, said": the name after the title', () => {
    const who = (s: string) => speakers(`${HEAD}The deal was signed on Monday.\n\n${s}`).map(([, w]) => w);
    expect(who('“We welcome the agreement,” Ostland’s Foreign Affairs Minister, Tomas Reyk, said in a statement.')).toEqual(['Tomas Reyk']);
    expect(who('“We welcome the agreement,” Ostland Foreign Affairs Minister, Tomas Reyk, said in a statement.')).toEqual(['Tomas Reyk']);
  });

  it('"the former United States Secretary of State added", "the two Prime Ministers said": words that end with a title speak for no one', () => {
    const who = (s: string) => speakers(`${HEAD}The deal was signed on Monday.\n\n${s}`).map(([, w]) => w);
    expect(who('“She has shown the world a new model of leadership,” the former United States Secretary of State added.')).toEqual([null]);
    expect(who('"The operations we have made public today show the port is unsafe", the two Prime Ministers said in their joint statement.')).toEqual([null]);
    expect(who('“The situation is under control at the port,” Additional Director General of Police T. Reyk told IANS.')).not.toContain(
      'Additional Director General',
    );
  });
});

describe("speakers: the third stop's review (2026-12-08)", () => {
  it('"Ann Constable said": a surname that is a title word is still a name, with a given name before it', () => {
    const who = (s: string) => speakers(`${HEAD}The port reopened on Monday in Oslo.\n\n${s}`).map(([, w]) => w);
    expect(who('"We will stay open all year," Ann Constable said on Monday.')).toEqual(['Ann Constable']);
    expect(who('"Nothing will stop us now," said Tomas Admiral.')).toEqual(['Tomas Admiral']);
  });

  it('a page title "… | AP News" is the headline, no picture credit', () => {
    const d = parseExplainer(
      'Port strike ends in Velmark | AP News\n\nThe port reopened on Monday in Oslo after a week.\n\n"We will stay open all year," said Tomas Reyk.',
      ref,
    );
    expect(d.headline).toBe('Port strike ends in Velmark | AP News');
  });
});

describe('quotes: marks set the wrong way round (2026-12-08, third stop)', () => {
  it('"hailed on X ” A giant step forward … “." reads the words between the swapped marks', () => {
    const body = `${HEAD}The deal was signed on Monday in Oslo.\n\nTomas Reyk hailed on X ” A giant step forward for the port of Ostland “. He was glad.\n\nAnn Velden said “ We are ready for the talks tonight ” on Monday.`;
    expect(speakers(body)).toEqual([
      ['A giant step forward for the port of Ostland', 'Tomas Reyk'],
      ['We are ready for the talks tonight', 'Ann Velden'],
    ]);
  });
});

describe("speakers and quotes: the third stop's second review (2026-12-08)", () => {
  const FILLER = 'The strike ended on Monday in Oslo.';
  const quotes = (body: string) => speakers(`${HEAD}${FILLER}\n\n${body}`);

  it('marks are swapped only where every curly double mark stands the wrong way round', () => {
    // A quote closed at a paragraph's start, then French spacing set the right way round.
    expect(
      quotes(
        '“We are ready for the talks tonight and we will stay as long as it takes,\n\n” Ann Velden said. Tomas Reyk said “ We want a deal before Friday ” .',
      ),
    ).toContainEqual(['We want a deal before Friday', 'Tomas Reyk']);
    // An inch mark, and a straight mark closed by a curly one.
    expect(quotes('The 32 ” screen on the bridge showed the storm. Tomas Reyk said “ We are ready for the talks ” on Monday.')).toEqual([
      ['We are ready for the talks', 'Tomas Reyk'],
    ]);
    expect(
      quotes('Ann Velden said "We are ready for the talks tonight ” and Tomas Reyk said “ We want a deal before Friday ” on Monday.').map(([, w]) => w),
    ).toEqual(['Ann Velden', 'Tomas Reyk']);
  });

  it('"Sigrid Chancellor said": a given name the name model does not know still makes a name of two words', () => {
    expect(quotes('"We welcome the agreement," Sigrid Chancellor said on Monday.').map(([, w]) => w)).toEqual(['Sigrid Chancellor']);
  });

  it('a title quoted after a colon on a name line is no quote of its own: the line signs off the quote above', () => {
    expect(quotes('“Ports are the lifeblood of Ostland and always will be.”\n\nAnn Velden, author of Harbours: "The Ostland Story"').map(([, w]) => w)).toEqual(
      ['Ann Velden'],
    );
  });

  it('"Velmark coal rules | EPA": the US agency\'s name after a bar is no picture credit', () => {
    const d = parseExplainer('Velmark coal rules | EPA\n\nThe rules were published on Monday in Velmark.\n\n"We will enforce them," said Tomas Reyk.', ref);
    expect(d.headline).toBe('Velmark coal rules | EPA');
  });
});
